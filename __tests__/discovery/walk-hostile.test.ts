import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { chmodSync, constants, mkdirSync, mkdtempSync, openSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { displayName } from '../../src/discovery/names.js';
import { readCheckoutFile, readText } from '../../src/discovery/read.js';
import { walk } from '../../src/discovery/walk.js';
import { scan } from '../../src/scan/scan.js';

const key = `AKIA${'WALKWALK'}${'Q2R3S4T5'}`;
let root: string;
/** 20 folders of 250 bytes: over 5 000 bytes, past PATH_MAX. */
const longFolder = Array.from({ length: 20 }, (_, i) => `${String(i).padStart(2, '0')}${'d'.repeat(248)}`).join('/');

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'sch-walk-hostile-'));
  // The system refuses paths this long, so each folder is made relative to a handle on its parent.
  let parent = root;
  for (const name of longFolder.split('/')) {
    const fd = openSync(parent, constants.O_RDONLY | constants.O_DIRECTORY);
    parent = `/proc/self/fd/${fd}/${name}`;
    mkdirSync(parent);
  }
  writeFileSync(`${parent}/.env`, `AWS_ACCESS_KEY_ID=${key}\n`);
  mkdirSync(join(root, 'svc'));
  writeFileSync(
    Buffer.concat([Buffer.from(join(root, 'svc/')), Buffer.from([0x62, 0xff, 0x2e, 0x65, 0x6e, 0x76])]),
    '',
  );
  writeFileSync(
    Buffer.concat([Buffer.from(join(root, 'svc/')), Buffer.from('.env.'), Buffer.from([0xc3, 0x28])]),
    `AWS_ACCESS_KEY_ID=${key}\n`,
  );
});
// rm works through folder handles where Node's rmSync gives up on the length.
afterAll(() => {
  execFileSync('rm', ['-rf', root]);
});

describe('walk of names git can hold', () => {
  it('shows bytes that are not UTF-8 as \\xNN and keeps UTF-8 as it is', () => {
    expect(displayName(Buffer.from([0x61, 0xff, 0x62]))).toBe('a\\xffb');
    expect(displayName(Buffer.from('é😀', 'utf8'))).toBe('é😀');
    expect(displayName(Buffer.from([0xc3, 0x28, 0xe2, 0x82]))).toBe('\\xc3(\\xe2\\x82');
  });

  it('reads files below paths over 4 096 bytes and with names that are not UTF-8', async () => {
    const result = await scan({ root });
    const files = result.findings.filter((f) => f.ruleId === 'hardcoded-access-key').map((f) => f.file);
    expect(files.sort()).toEqual([`${longFolder}/.env`, 'svc/.env.\\xc3('].sort());
    expect(result.problems).toEqual([]);
  });

  it('names each file as its bytes say, whether its folder is listed as text or as bytes', () => {
    const mixed = join(root, 'mixed');
    const name = (...parts: Array<string | number[]>) =>
      Buffer.concat([Buffer.from(`${mixed}/`), ...parts.map((part) => Buffer.from(part as string))]);
    mkdirSync(join(mixed, 'é'), { recursive: true });
    mkdirSync(name([0xfe], '/'));
    try {
      const files = [
        name('é/', '\uFEFFbom.env'),
        name('é/', 'plain.env'),
        name('é/', '\uFFFD.env'),
        name([0xfe], '/inner.env'),
        name('\uFEFFtop.env'),
        name('top.env'),
      ];
      for (const file of files) writeFileSync(file, 'A=1\n');
      const { candidates, skipped } = walk(mixed, { wanted: () => true, excluded: () => false });
      expect(skipped).toEqual([]);
      // What `displayName` shows of each file's bytes below the root (it drops a byte-order mark the path starts with).
      const expected = files.map((file) => displayName(file.subarray(Buffer.from(`${mixed}/`).length))).sort();
      expect(candidates.map((candidate) => candidate.path)).toEqual(expected);
      expect(expected).toContain('\\xfe/inner.env');
      expect(expected).toContain('é/\uFEFFbom.env');
      // Each opens the file it names.
      for (const candidate of candidates) expect(readText(candidate.absolute, 100)).toMatchObject({ text: 'A=1\n' });
    } finally {
      rmSync(mixed, { recursive: true, force: true });
    }
  });

  it('lists a folder it cannot open; root opens it and reads what is inside', () => {
    const locked = join(root, 'locked');
    mkdirSync(locked);
    writeFileSync(join(locked, '.env'), 'A=1\n');
    chmodSync(locked, 0o000);
    try {
      const { candidates, skipped } = walk(root, { wanted: () => true, excluded: () => false });
      const lockedSeen = {
        skipped: skipped.filter((entry) => entry.path.startsWith('locked')),
        candidates: candidates.filter((candidate) => candidate.path.startsWith('locked')).map(({ path }) => path),
      };
      // Root bypasses the folder's mode (as in CI containers); any other user is refused.
      expect(lockedSeen).toEqual(
        process.getuid?.() === 0
          ? { skipped: [], candidates: ['locked/.env'] }
          : { skipped: [{ path: 'locked', reason: 'cannot open folder (EACCES)' }], candidates: [] },
      );
    } finally {
      chmodSync(locked, 0o700);
      rmSync(locked, { recursive: true, force: true });
    }
  });

  it('lists what it will not read whoever runs it: links, even dangling ones, and pipes', () => {
    const odd = join(root, 'odd');
    mkdirSync(odd);
    try {
      symlinkSync(join(odd, 'nowhere'), join(odd, '.env'));
      symlinkSync('/etc/passwd', join(odd, 'passwd.yml'));
      execFileSync('mkfifo', [join(odd, 'pipe.yml')]);
      const { candidates, skipped } = walk(odd, { wanted: () => true, excluded: () => false });
      expect(candidates).toEqual([]);
      expect(skipped.sort((a, b) => a.path.localeCompare(b.path))).toEqual([
        { path: '.env', reason: 'symbolic link, not followed' },
        { path: 'passwd.yml', reason: 'symbolic link, not followed' },
        { path: 'pipe.yml', reason: 'not a regular file' },
      ]);
    } finally {
      rmSync(odd, { recursive: true, force: true });
    }
  });
});

describe('readCheckoutFile', () => {
  it('reads a small regular file', () => {
    writeFileSync(join(root, 'config.yml'), 'rules: {}\n');
    expect(readCheckoutFile(join(root, 'config.yml'), 100)).toEqual({ ok: true, text: 'rules: {}\n' });
  });

  it('says when the file is missing', () => {
    expect(readCheckoutFile(join(root, 'absent.yml'), 100)).toEqual({
      ok: false,
      missing: true,
      reason: 'no such file',
    });
  });

  it('refuses links, linked folders, devices and files over the limit, counting what it reads', () => {
    symlinkSync('/dev/zero', join(root, 'zero.yml'));
    expect(readCheckoutFile(join(root, 'zero.yml'), 1000)).toMatchObject({
      ok: false,
      missing: false,
      reason: 'symbolic link, not followed',
    });
    expect(readCheckoutFile('/dev/zero', 1000)).toMatchObject({ ok: false, reason: 'not a regular file' });
    writeFileSync(join(root, 'big.yml'), 'x'.repeat(2000));
    expect(readCheckoutFile(join(root, 'big.yml'), 1000)).toMatchObject({
      ok: false,
      reason: 'larger than 1000 bytes',
    });
    mkdirSync(join(root, 'real'));
    writeFileSync(join(root, 'real/c.yml'), 'x');
    symlinkSync(join(root, 'real'), join(root, 'linked'));
    expect(readCheckoutFile(join(root, 'linked/c.yml'), 1000, { root })).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/linked is a symbolic link/),
    });
  });

  it('readText takes the bytes of a name', () => {
    const bytes = Buffer.concat([Buffer.from(join(root, 'svc/')), Buffer.from('.env.'), Buffer.from([0xc3, 0x28])]);
    expect(readText(bytes, 1000)).toEqual({ ok: true, text: `AWS_ACCESS_KEY_ID=${key}\n` });
  });
});
