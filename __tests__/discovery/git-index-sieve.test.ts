import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseGitIndex, PathSieve, readGitIndex, type IndexEntry } from '../../src/discovery/git-index.js';

let scratch: string;
beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'sch-git-index-sieve-'));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd, encoding: 'utf8' });

/** Files that share lengths and endings with the ones looked up, short names, and names beyond ASCII. */
const files = [
  'a.yml',
  'b.yml',
  'x',
  'xy',
  'app/main.ts',
  'app/main.tf',
  'app/mail.tf',
  'app/main.yml',
  'deploy/ci.yml',
  'deploy/cd.yml',
  'docs/é.yml',
  'docs/ü/e.yml',
  'z/readme.md',
];

function repository(version: number): string {
  const root = join(scratch, `v${version}`);
  for (const file of files) {
    mkdirSync(join(root, file, '..'), { recursive: true });
    writeFileSync(join(root, file), `${file}\n`);
  }
  // A name that is not UTF-8: the walk shows it as `bad\xff.yml`.
  writeFileSync(Buffer.concat([Buffer.from(join(root, 'bad')), Buffer.from([0xff]), Buffer.from('.yml')]), 'a: 1\n');
  git(root, 'init', '-q');
  git(root, 'add', '-A');
  git(root, 'update-index', '--index-version', String(version));
  return root;
}

const shown = (entry: IndexEntry | undefined) => entry && { blob: entry.blob, size: entry.size };

describe('an index read through a sieve of the paths looked up', () => {
  const lookedUp = ['a.yml', 'app/main.tf', 'deploy/ci.yml', 'docs/é.yml', 'bad\\xff.yml', 'x', 'missing.yml'];

  it.each([2, 3, 4])('answers for those paths as the whole index does (version %i)', (version) => {
    const root = repository(version);
    const whole = readGitIndex(root);
    const sieved = readGitIndex(root, new PathSieve(lookedUp));
    if (!('index' in whole) || !('index' in sieved)) throw new Error('no index');
    const expected = whole.index.entries.entriesFor(lookedUp).map(shown);
    // `bad\xff.yml` is listed by no index (a name with a backslash), `missing.yml` is not there.
    expect(expected.filter((entry) => entry !== undefined)).toHaveLength(5);
    expect(sieved.index.entries.entriesFor(lookedUp).map(shown)).toEqual(expected);
    // Any subset, in any order, alike.
    const some = [lookedUp[4]!, lookedUp[1]!, lookedUp[5]!];
    expect(sieved.index.entries.entriesFor(some).map(shown)).toEqual(whole.index.entries.entriesFor(some).map(shown));
  });

  it('makes no name for an ASCII path of another length or ending, and keeps every other', () => {
    const root = repository(2);
    const sieved = readGitIndex(root, new PathSieve(lookedUp));
    if (!('index' in sieved)) throw new Error('no index');
    const kept = [...sieved.index.entries.keys()];
    // `app/main.ts` and `z/readme.md` are as long as `app/main.tf`, `xy` as `x` is not: none is named.
    expect(kept).not.toContain('app/main.ts');
    expect(kept).not.toContain('z/readme.md');
    expect(kept).not.toContain('xy');
    expect(kept).not.toContain('app/main.yml');
    // Of the same length and last three characters (`deploy/cd.yml`, `b.yml`) they are kept: a sieve, not a set.
    expect(kept).toEqual(
      expect.arrayContaining(['a.yml', 'b.yml', 'app/main.tf', 'deploy/ci.yml', 'deploy/cd.yml', 'x']),
    );
    // Names beyond ASCII are always kept (only such a name can equal a path that is not ASCII), even one not looked up.
    expect(kept).toEqual(expect.arrayContaining(['docs/é.yml', 'docs/ü/e.yml']));
  });

  it('refuses a malformed entry it sieves out as it refuses any', () => {
    const entry = (path: string, flagsLength: number) => {
      const fixed = Buffer.alloc(62);
      fixed.writeUInt32BE(0o100644, 24);
      fixed.writeUInt16BE(flagsLength, 60);
      const length = Math.ceil((62 + path.length + 1) / 8) * 8;
      return Buffer.concat([fixed, Buffer.from(path), Buffer.alloc(length - 62 - path.length)]);
    };
    const body = Buffer.concat([Buffer.from('DIRC'), u32(2), u32(2), entry('a.yml', 5), entry('b.md', 7)]);
    const index = Buffer.concat([body, createHash('sha1').update(body).digest()]);
    const reason = { reason: 'an entry’s path length does not match its flags' };
    expect(parseGitIndex(index)).toEqual(reason);
    expect(parseGitIndex(index, new PathSieve(['a.yml']))).toEqual(reason);
  });
});

function u32(value: number): Buffer {
  const bytes = Buffer.alloc(4);
  bytes.writeUInt32BE(value);
  return bytes;
}
