import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  chmodSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { safeWriteFile } from '../../src/discovery/safe-write.js';

let dir: string;
let outside: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sch-write-'));
  outside = mkdtempSync(join(tmpdir(), 'sch-victim-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

describe('safeWriteFile', () => {
  it('creates the file and its missing parent folders', () => {
    const path = join(dir, 'new/deeper/out.sarif');
    safeWriteFile(path, 'one', { untrustedRoot: dir });
    expect(readFileSync(path, 'utf8')).toBe('one');
  });

  it('truncates an existing regular file, or appends to it', () => {
    const path = join(dir, 'existing.json');
    writeFileSync(path, 'a much longer old content');
    safeWriteFile(path, 'new');
    expect(readFileSync(path, 'utf8')).toBe('new');
    safeWriteFile(path, '+more', { append: true });
    expect(readFileSync(path, 'utf8')).toBe('new+more');
  });

  it('refuses a symbolic link and leaves its target untouched, execute bit and all', () => {
    const victim = join(outside, 'victim.sh');
    writeFileSync(victim, '#!/bin/sh\necho safe\n');
    chmodSync(victim, 0o755);
    const link = join(dir, 'ses-credential-hygiene.sarif');
    symlinkSync(victim, link);
    expect(() => safeWriteFile(link, 'pwned')).toThrow(/symbolic link/);
    expect(readFileSync(victim, 'utf8')).toBe('#!/bin/sh\necho safe\n');
    expect(statSync(victim).mode & 0o777).toBe(0o755);
  });

  it('refuses a dangling link instead of creating its target', () => {
    const link = join(dir, 'dangling.json');
    symlinkSync(join(outside, 'created-by-link'), link);
    expect(() => safeWriteFile(link, 'x')).toThrow(/symbolic link/);
    expect(() => statSync(join(outside, 'created-by-link'))).toThrow();
  });

  it('refuses a linked folder inside the checkout', () => {
    symlinkSync(outside, join(dir, 'reports'));
    expect(() => safeWriteFile(join(dir, 'reports/out.sarif'), 'x', { untrustedRoot: dir })).toThrow(
      /reports is a symbolic link/,
    );
    expect(() => statSync(join(outside, 'out.sarif'))).toThrow();
  });

  it('refuses a hard link, a folder and a FIFO', () => {
    const victim = join(outside, 'hard.txt');
    writeFileSync(victim, 'keep');
    linkSync(victim, join(dir, 'hard.sarif'));
    expect(() => safeWriteFile(join(dir, 'hard.sarif'), 'x')).toThrow(/hard links/);
    expect(readFileSync(victim, 'utf8')).toBe('keep');
    mkdirSync(join(dir, 'folder.sarif'));
    expect(() => safeWriteFile(join(dir, 'folder.sarif'), 'x')).toThrow(/cannot write/);
    execFileSync('mkfifo', [join(dir, 'fifo.sarif')]);
    expect(() => safeWriteFile(join(dir, 'fifo.sarif'), 'x')).toThrow(/not a regular file/);
  });
});
