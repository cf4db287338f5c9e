import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  gitBlobId,
  maxIndexPathBytes,
  parseGitIndex,
  readGitIndex,
  stillMatches,
  type GitIndex,
} from '../../src/discovery/git-index.js';

let scratch: string;
beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'sch-git-index-'));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd, encoding: 'utf8' });

/** A work tree with nested, long and prefix-sharing paths, one executable, one symlink and (from version 3) one intent-to-add file. */
function repository(name: string, version: number): string {
  const root = join(scratch, name);
  mkdirSync(join(root, '.github/workflows'), { recursive: true });
  mkdirSync(join(root, 'infra/modules/ses'), { recursive: true });
  writeFileSync(join(root, '.github/workflows/ci.yml'), 'on: push\n');
  writeFileSync(join(root, '.github/workflows/cd.yml'), 'on: release\n');
  writeFileSync(join(root, 'infra/modules/ses/main.tf'), 'resource "aws_iam_user" "smtp" {}\n');
  mkdirSync(join(root, `infra/${'x'.repeat(200)}`));
  writeFileSync(join(root, `infra/${'x'.repeat(200)}/${'y'.repeat(200)}.yml`), 'a: 1\n');
  writeFileSync(join(root, 'run.sh'), '#!/bin/sh\n', { mode: 0o755 });
  writeFileSync(join(root, 'empty.env'), '');
  symlinkSync('run.sh', join(root, 'link.sh'));
  git(root, 'init', '-q');
  git(root, 'add', '-A');
  writeFileSync(join(root, 'later.yml'), 'b: 2\n');
  // Intent-to-add is an extended flag, which version 2 cannot hold (git writes version 3 for it).
  if (version >= 3) git(root, 'add', '-N', 'later.yml');
  git(root, 'update-index', '--index-version', String(version));
  return root;
}

/** What git itself says: path → blob of each regular file at stage 0. */
function gitSays(root: string): Map<string, string> {
  const listed = new Map<string, string>();
  for (const line of git(root, 'ls-files', '-s').split('\n')) {
    const match = /^(100644|100755) ([0-9a-f]{40}) 0\t(.+)$/.exec(line);
    if (match) listed.set(match[3]!, match[2]!);
  }
  return listed;
}

function indexOf(root: string): GitIndex {
  const read = readGitIndex(root);
  if (!('index' in read)) throw new Error(JSON.stringify(read));
  return read.index;
}

describe.each([2, 3, 4])('a git index of version %i', (version) => {
  it('gives the blob of every tracked regular file, as git ls-files -s does; not links, not intent-to-add', () => {
    const root = repository(`v${version}`, version);
    expect(readFileSync(join(root, '.git/index')).readUInt32BE(4)).toBe(version);
    const index = indexOf(root);
    const listed = gitSays(root);
    listed.delete('later.yml'); // intent-to-add: no blob yet (its id is the empty blob's)
    expect(new Map([...index.entries].map(([path, entry]) => [path, entry.blob]))).toEqual(listed);
    expect(index.entries.has('link.sh')).toBe(false);
    expect(index.entries.get('empty.env')?.blob).toBe(gitBlobId(Buffer.alloc(0)));
  });
});

describe('whether a file still matches its entry', () => {
  it('matches an untouched file, not an edited one, nor one of the same size and another time', () => {
    const root = repository('stat', 2);
    const index = indexOf(root);
    const stat = (path: string) => lstatSync(join(root, path), { bigint: true });
    const entry = index.entries.get('.github/workflows/ci.yml')!;
    expect(stillMatches(entry, stat('.github/workflows/ci.yml'), index.writtenNs)).toBe(true);
    expect(entry.blob).toBe(gitBlobId(readFileSync(join(root, '.github/workflows/ci.yml'))));
    writeFileSync(join(root, '.github/workflows/ci.yml'), 'on: pull\n'); // same size, new time
    expect(stillMatches(entry, stat('.github/workflows/ci.yml'), index.writtenNs)).toBe(false);
  });

  it('matches no file given other bytes of the same size and its time set back, nor another file put in its place', () => {
    const root = repository('set-back', 2);
    const path = join(root, '.github/workflows/ci.yml');
    utimesSync(path, 1_700_000_000, 1_700_000_000);
    git(root, 'add', '-A');
    const index = indexOf(root);
    const entry = index.entries.get('.github/workflows/ci.yml')!;
    expect(stillMatches(entry, lstatSync(path, { bigint: true }), index.writtenNs)).toBe(true);
    writeFileSync(path, 'on: pull\n'); // same size
    utimesSync(path, 1_700_000_000, 1_700_000_000);
    const edited = lstatSync(path, { bigint: true });
    expect([edited.size, edited.mtimeNs]).toEqual([BigInt(entry.size), 1_700_000_000_000_000_000n]);
    expect(stillMatches(entry, edited, index.writtenNs)).toBe(false);
    // The entry's own size and times on another inode (as a checkout over a case-insensitive disk can leave them).
    const ns = (seconds: number, nanoseconds: number) => BigInt(seconds) * 1_000_000_000n + BigInt(nanoseconds);
    const recorded = {
      size: BigInt(entry.size),
      mtimeNs: ns(entry.mtimeSeconds, entry.mtimeNanoseconds),
      ctimeNs: ns(entry.ctimeSeconds, entry.ctimeNanoseconds),
      ino: BigInt(entry.ino),
    };
    expect(stillMatches(entry, recorded, index.writtenNs)).toBe(true);
    expect(stillMatches(entry, { ...recorded, ino: recorded.ino + 1n }, index.writtenNs)).toBe(false);
  });

  it('matches nothing written in the same instant as the index or after it (racily clean)', () => {
    const root = repository('racy', 2);
    const index = indexOf(root);
    const entry = index.entries.get('run.sh')!;
    const stat = lstatSync(join(root, 'run.sh'), { bigint: true });
    const entryNs = BigInt(entry.mtimeSeconds) * 1_000_000_000n + BigInt(entry.mtimeNanoseconds);
    expect(stillMatches(entry, stat, entryNs + 1n)).toBe(true);
    expect(stillMatches(entry, stat, entryNs)).toBe(false);
  });
});

describe('looking up the paths a scan reads', () => {
  it('finds for a sorted list of paths what looking each up finds, whatever the list holds', () => {
    const index = indexOf(repository('lookup', 2)).entries;
    const paths = [
      '.github/workflows/cd.yml',
      '.github/workflows/ci.yml',
      'a.yml',
      'empty.env',
      'empty.env',
      'link.sh',
    ];
    paths.push('run.sh', 'zzz.tf');
    const found = index.entriesFor(paths);
    expect(found.map((entry) => entry?.blob)).toEqual(paths.map((path) => index.get(path)?.blob));
    expect(found.filter((entry) => entry !== undefined)).toHaveLength(5); // empty.env twice; not a.yml, link.sh, zzz.tf
    // Unsorted, the same answers in the list's order.
    const reversed = [...paths].reverse();
    expect(index.entriesFor(reversed).map((entry) => entry?.blob)).toEqual(found.map((entry) => entry?.blob).reverse());
  });

  it('answers as the map does for a forged index out of order or naming a path twice (its last entry)', () => {
    const entry = (path: string, size: number) => {
      const fixed = Buffer.alloc(62);
      fixed.writeUInt32BE(0o100644, 24);
      fixed.writeUInt32BE(size, 36);
      fixed.writeUInt16BE(path.length, 60);
      const length = Math.ceil((62 + path.length + 1) / 8) * 8;
      return Buffer.concat([fixed, Buffer.from(path), Buffer.alloc(length - 62 - path.length)]);
    };
    const listed = [entry('b.yml', 1), entry('a.yml', 2), entry('c.yml', 3), entry('c.yml', 4)];
    const parsed = parseGitIndex(resealed(Buffer.concat([Buffer.from('DIRC'), u32(2), u32(4), ...listed])));
    if (!('entries' in parsed)) throw new Error(parsed.reason);
    const sizes = parsed.entries.entriesFor(['a.yml', 'b.yml', 'c.yml', 'd.yml']).map((found) => found?.size);
    expect(sizes).toEqual([2, 1, 4, undefined]);
    expect(parsed.entries.get('c.yml')?.size).toBe(4);
  });
});

describe('names the walk could show for two files', () => {
  it('lists no name with a backslash: a byte that is not UTF-8 shows as `\\xNN`, as a name spelled so does', () => {
    const root = join(scratch, 'backslash');
    mkdirSync(root);
    writeFileSync(join(root, 'a\\xff.yml'), 'on: push\n'); // the name spelled out
    writeFileSync(
      Buffer.concat([Buffer.from(join(root, 'a')), Buffer.from([0xff]), Buffer.from('.yml')]),
      'on: pull\n',
    );
    writeFileSync(join(root, 'b.yml'), 'on: push\n');
    git(root, 'init', '-q');
    git(root, 'add', '-A');
    const { entries } = indexOf(root);
    expect(git(root, 'ls-files', '-z').split('\0').filter(Boolean)).toHaveLength(3);
    // Both files show as `a\xff.yml`: neither entry may answer for that name.
    expect(entries.entriesFor(['a\\xff.yml', 'a\\xff.yml', 'b.yml']).map((entry) => entry !== undefined)).toEqual([
      false,
      false,
      true,
    ]);
    expect([...entries.keys()]).toEqual(['b.yml']);
  });
});

/** An index's entries with a new, correct checksum: what a hostile checkout can write. */
function resealed(body: Buffer): Buffer {
  return Buffer.concat([body, createHash('sha1').update(body).digest()]);
}

describe('a malformed or hostile index is refused with a reason, in bounded time', () => {
  let made = 0;
  const bytes = () => readFileSync(join(repository(`hostile-${(made += 1)}`, 4), '.git/index'));

  it('refuses a truncated, altered or unsealed index', () => {
    const good = bytes();
    expect(parseGitIndex(good.subarray(0, good.length - 7))).toEqual({
      reason: 'its checksum does not match (truncated, altered, or not SHA-1)',
    });
    const altered = Buffer.from(good);
    altered[40] = (altered[40] ?? 0) ^ 1;
    expect(parseGitIndex(altered)).toMatchObject({ reason: expect.stringMatching(/checksum does not match/) });
    const unsealed = Buffer.concat([good.subarray(0, good.length - 20), Buffer.alloc(20)]);
    expect(parseGitIndex(unsealed)).toMatchObject({ reason: expect.stringMatching(/not written/) });
    expect(parseGitIndex(Buffer.from('not an index at all, just text'))).toEqual({ reason: 'it is not a git index' });
  });

  it('refuses counts and lengths that run past the end, though sealed', () => {
    const good = bytes();
    const body = Buffer.from(good.subarray(0, good.length - 20));
    const claims = Buffer.from(body);
    claims.writeUInt32BE(0xffffffff, 8);
    expect(parseGitIndex(resealed(claims))).toMatchObject({ reason: expect.stringMatching(/more than fit/) });
    const version = Buffer.from(body);
    version.writeUInt32BE(9, 4);
    expect(parseGitIndex(resealed(version))).toEqual({ reason: 'its version 9 is not 2, 3 or 4' });
    // The entries cut short: the count says more than the bytes hold.
    const cut = Buffer.from(body.subarray(0, 12 + 62 + 10));
    cut.writeUInt32BE(1, 8);
    expect(parseGitIndex(resealed(cut))).toMatchObject({ reason: expect.stringMatching(/runs past|no end/) });
  });

  it('refuses a version 4 path that strips more than the path before it had', () => {
    const entry = Buffer.alloc(62);
    entry.writeUInt32BE(0o100644, 24);
    entry.writeUInt16BE(1, 60);
    const body = Buffer.concat([Buffer.from('DIRC'), u32(4), u32(1), entry, Buffer.from([5]), Buffer.from('a\0')]);
    expect(parseGitIndex(resealed(body))).toEqual({ reason: 'a path strips more than the path before it has' });
  });

  it('stops a version 4 path growing past its cap: prefix compression cannot make memory quadratic', () => {
    // Every entry keeps the whole path before it and adds 255 bytes: 300 entries would make 11 MB of paths.
    const entries: Buffer[] = [];
    for (let n = 0; n < 300; n++) {
      const entry = Buffer.alloc(62);
      entry.writeUInt32BE(0o100644, 24);
      entry.writeUInt16BE(0xfff, 60);
      entries.push(entry, Buffer.from([0]), Buffer.alloc(255, 0x61), Buffer.from([0]));
    }
    // An extension large enough that the bound on all paths together is not what stops it.
    const extension = [Buffer.from('ZZZZ'), u32(1_100_000), Buffer.alloc(1_100_000)];
    const body = Buffer.concat([Buffer.from('DIRC'), u32(4), u32(300), ...entries, ...extension]);
    expect(parseGitIndex(resealed(body))).toEqual({ reason: 'a path is too long' });
    expect(maxIndexPathBytes).toBeLessThan(300 * 255);
  });

  it('refuses a version 4 index whose paths decode to more than a few times its own size', () => {
    // One path near the cap, then entries that each strip two bytes and add two others: each entry is 66
    // bytes of index and a new 60 000-byte path, so 1 000 of them would decode to 60 MB from 126 kB.
    const long = 60_000;
    const entry = () => {
      const bytes = Buffer.alloc(62);
      bytes.writeUInt32BE(0o100644, 24);
      bytes.writeUInt16BE(0xfff, 60);
      return bytes;
    };
    const entries: Buffer[] = [entry(), Buffer.from([0]), Buffer.alloc(long, 0x61), Buffer.from([0])];
    const count = 1000;
    for (let n = 1; n < count; n++)
      entries.push(
        entry(),
        Buffer.from([2]),
        Buffer.from([0x21 + (n % 94), 0x21 + Math.floor(n / 94)]),
        Buffer.from([0]),
      );
    const index = resealed(Buffer.concat([Buffer.from('DIRC'), u32(4), u32(count), ...entries]));
    expect(index.length).toBeLessThan(130_000);
    expect(parseGitIndex(index)).toEqual({ reason: 'its paths decode to more than 8 times its size' });
    // Read from a checkout, it is named in a note and not used (the scan then reads every file).
    const root = join(scratch, 'expanding');
    mkdirSync(join(root, '.git'), { recursive: true });
    writeFileSync(join(root, '.git/index'), index);
    expect(readGitIndex(root)).toEqual({ note: 'its paths decode to more than 8 times its size' });
  });

  it('still reads a version 4 index of long, prefix-sharing paths within that bound', () => {
    // 200 files of 300-byte paths in one folder: each entry stores only its last bytes.
    const entries: Buffer[] = [];
    let previous = '';
    for (let n = 0; n < 200; n++) {
      const path = `${'d'.repeat(290)}/f${String(n).padStart(4, '0')}.yml`;
      const bytes = Buffer.alloc(62);
      bytes.writeUInt32BE(0o100644, 24);
      bytes.writeUInt16BE(path.length, 60);
      let shared = 0;
      while (shared < previous.length && previous[shared] === path[shared]) shared++;
      const strip = previous.length - shared;
      entries.push(bytes, Buffer.from(strip < 128 ? [strip] : [0x80 | ((strip >> 7) - 1), strip & 0x7f]));
      entries.push(Buffer.from(`${path.slice(shared)}\0`));
      previous = path;
    }
    const parsed = parseGitIndex(resealed(Buffer.concat([Buffer.from('DIRC'), u32(4), u32(200), ...entries])));
    expect('entries' in parsed && parsed.entries.size).toBe(200);
  });

  it('is not read through a linked .git, nor from a .git file naming another folder', () => {
    const real = repository('linked-real', 2);
    const linked = join(scratch, 'linked');
    mkdirSync(linked);
    symlinkSync(join(real, '.git'), join(linked, '.git'));
    expect(readGitIndex(linked)).toEqual({ absent: true });
    const pointer = join(scratch, 'pointer');
    mkdirSync(pointer);
    writeFileSync(join(pointer, '.git'), `gitdir: ${join(real, '.git')}\n`);
    expect(readGitIndex(pointer)).toEqual({ absent: true });
    const indexLink = join(scratch, 'index-link');
    mkdirSync(join(indexLink, '.git'), { recursive: true });
    symlinkSync(join(real, '.git/index'), join(indexLink, '.git/index'));
    expect(readGitIndex(indexLink)).toMatchObject({ note: expect.stringMatching(/cannot open it \(ELOOP\)/) });
  });
});

function u32(value: number): Buffer {
  const bytes = Buffer.alloc(4);
  bytes.writeUInt32BE(value);
  return bytes;
}

describe('extensions', () => {
  it('reads past the ones git writes, and refuses a split index, whose entries are in another file', () => {
    const root = repository('split', 2);
    git(root, 'update-index', '--split-index');
    expect(readGitIndex(root)).toEqual({ note: 'a split index: most entries are in another file' });
    git(root, 'update-index', '--no-split-index');
    git(root, 'write-tree'); // a TREE extension
    expect(readGitIndex(root)).toHaveProperty('index');
  });

  it('reads a sparse index (its sdir extension only marks the folder entries, which are left out)', () => {
    const root = repository('sparse', 2);
    git(root, 'commit', '-q', '-m', 'files');
    git(root, 'sparse-checkout', 'set', '--cone', '--sparse-index', '.github');
    const bytes = readFileSync(join(root, '.git/index'));
    expect(bytes.includes(Buffer.from('sdir'))).toBe(true);
    const parsed = parseGitIndex(bytes);
    expect('entries' in parsed && parsed.entries.has('.github/workflows/ci.yml')).toBe(true);
    expect('entries' in parsed && [...parsed.entries.keys()].some((path) => path.startsWith('infra'))).toBe(false);
  });

  it('refuses an index with a required extension it does not know, as git does, naming it safely', () => {
    const entry = Buffer.alloc(62);
    entry.writeUInt32BE(0o100644, 24);
    entry.writeUInt16BE(1, 60);
    const withExtension = (signature: Buffer) =>
      resealed(Buffer.concat([Buffer.from('DIRC'), u32(2), u32(1), entry, Buffer.from('a\0'), signature, u32(0)]));
    expect(parseGitIndex(withExtension(Buffer.from('ZZZZ')))).toHaveProperty('entries');
    expect(parseGitIndex(withExtension(Buffer.from('zzzz')))).toEqual({
      reason: 'an extension git requires readers to understand (zzzz)',
    });
    // The checkout's bytes never reach a note as they are: a newline or Markdown would.
    expect(parseGitIndex(withExtension(Buffer.from('\n*<a')))).toEqual({
      reason: 'an extension git requires readers to understand (0x0a2a3c61)',
    });
  });
});
