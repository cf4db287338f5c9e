import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { anyGlob, globMatcher } from '../../src/discovery/glob.js';
import { decode } from '../../src/discovery/read.js';
import { walk } from '../../src/discovery/walk.js';
import { scan } from '../../src/scan/scan.js';

let root: string;
let outside: string;
const rootKey = '${{ secrets.ROOT_AWS_ACCESS_KEY_ID }}';
const flow = `on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: echo\n        env:\n          AWS_ACCESS_KEY_ID: ${rootKey}\n`;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'sch-walk-'));
  outside = mkdtempSync(join(tmpdir(), 'sch-outside-'));
  mkdirSync(join(root, '.github/workflows'), { recursive: true });
  mkdirSync(join(root, 'node_modules/pkg/.github/workflows'), { recursive: true });
  mkdirSync(join(root, 'tools/notify'), { recursive: true });
  writeFileSync(join(root, '.github/workflows/ci.yml'), flow);
  writeFileSync(join(root, 'node_modules/pkg/.github/workflows/ci.yml'), flow);
  writeFileSync(join(root, 'tools/notify/action.yml'), 'runs:\n  using: composite\n  steps: []\n');
  writeFileSync(join(root, 'README.md'), 'not scanned');
  writeFileSync(join(outside, 'ci.yml'), flow);
  symlinkSync(join(outside, 'ci.yml'), join(root, '.github/workflows/linked.yml'));
  symlinkSync(root, join(root, 'tools/loop'));
  writeFileSync(join(root, '.github/workflows/binary.yml'), Buffer.from([0x6f, 0x6e, 0x00, 0x01]));
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

describe('walk', () => {
  it('lists only files an adapter reads, skipping dependency folders and never following links', async () => {
    const { candidates, skipped } = walk(root, { wanted: (p) => p.endsWith('.yml'), excluded: () => false });
    expect(candidates.map((c) => c.path)).toEqual([
      '.github/workflows/binary.yml',
      '.github/workflows/ci.yml',
      'tools/notify/action.yml',
    ]);
    expect([...skipped].sort((a, b) => (a.path < b.path ? -1 : 1))).toEqual([
      { path: '.github/workflows/linked.yml', reason: 'symbolic link, not followed' },
      {
        path: 'node_modules',
        reason:
          'folder of dependencies or build output (node_modules), not entered, though it holds files a scan would read, such as node_modules/pkg/.github/workflows/ci.yml; exclude it in the config to skip it on purpose',
      },
    ]);
  });

  it('applies exclude globs to files and folders', async () => {
    const { candidates } = walk(root, { wanted: (p) => p.endsWith('.yml'), excluded: globMatcher('tools/') });
    expect(candidates.map((c) => c.path)).not.toContain('tools/notify/action.yml');
  });

  it('scans with a notice for each skipped file and finds what is inside the root only', async () => {
    const result = await scan({ root });
    expect(result.findings.map((f) => `${f.ruleId} ${f.file}:${f.span.startLine}`)).toEqual([
      'root-credentials .github/workflows/ci.yml:8',
      'incomplete-credential-pair .github/workflows/ci.yml:8',
    ]);
    expect(result.problems.map((p) => `${p.file}: ${p.message}`)).toEqual([
      '.github/workflows/binary.yml: skipped: binary file (NUL byte); read as text only: credential-shaped values were still looked for',
      '.github/workflows/linked.yml: skipped: symbolic link, not followed',
      'node_modules: skipped: folder of dependencies or build output (node_modules), not entered, though it holds files a scan would read, such as node_modules/pkg/.github/workflows/ci.yml; exclude it in the config to skip it on purpose',
    ]);
  });

  it('fails clearly on a root that does not exist', async () => {
    await expect(scan({ root: join(root, 'nope') })).rejects.toThrow(/cannot scan .*: no such folder/);
  });
});

describe('skipped folders', () => {
  function tree(files: Record<string, string>): string {
    const top = mkdtempSync(join(tmpdir(), 'sch-skipped-'));
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(join(top, path, '..'), { recursive: true });
      writeFileSync(join(top, path), text);
    }
    return top;
  }
  const yml = { wanted: (p: string) => /\.(?:yml|env|json)$/.test(p) || p.endsWith('/.env'), excluded: () => false };

  it('enters vendor and virtualenv folders below the top, and skips them at the top with a note', () => {
    const top = tree({
      'services/vendor/.env': 'A=1\n',
      'services/.venv/x.yml': 'a: 1\n',
      'vendor/lib/x.yml': 'a: 1\n',
      'venv/README': 'nothing a scan reads\n',
    });
    const { candidates, skipped } = walk(top, yml);
    expect(candidates.map((c) => c.path)).toEqual(['services/.venv/x.yml', 'services/vendor/.env']);
    expect(skipped.map((skip) => skip.path)).toEqual(['vendor']);
    expect(skipped[0]?.reason).toContain('such as vendor/lib/x.yml');
    rmSync(top, { recursive: true, force: true });
  });

  it('names a dependency folder at any depth only when it holds a file the scan would read', () => {
    const top = tree({
      'a/node_modules/x/package.json': '{}',
      'b/__pycache__/m.pyc': 'x',
      'c/bower_components/y/.env': 'A=1\n',
      'd/.git/config.yml': 'a: 1\n',
    });
    const { candidates, skipped } = walk(top, yml);
    expect(candidates).toEqual([]);
    expect(skipped.map((skip) => skip.path).sort()).toEqual(['a/node_modules', 'c/bower_components']);
    // Excluded by the config: skipped on purpose, in silence; and a file the include globs leave out is not counted.
    expect(walk(top, { ...yml, excluded: globMatcher('**/node_modules/') }).skipped.map((s) => s.path)).toEqual([
      'c/bower_components',
    ]);
    expect(walk(top, { ...yml, wanted: (p) => p.endsWith('.json') }).skipped.map((s) => s.path)).toEqual([
      'a/node_modules',
    ]);
    rmSync(top, { recursive: true, force: true });
  });
});

describe('decode', () => {
  it('accepts exactly what a strict UTF-8 decoder accepts, and gives the same text', () => {
    const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
    const cases = [
      [0x61, 0xc3, 0xa9], // é
      [0xf0, 0x9f, 0x94, 0x91], // an emoji, 4 bytes
      [0xf4, 0x8f, 0xbf, 0xbf], // U+10FFFF, the last code point
      [0xf4, 0x90, 0x80, 0x80], // past U+10FFFF
      [0xc0, 0xaf], // an overlong '/'
      [0xe0, 0x80, 0xaf], // an overlong '/' in 3 bytes
      [0xed, 0xa0, 0x80], // a surrogate (U+D800) written as UTF-8
      [0xe2, 0x82], // cut short
      [0x80], // a continuation byte alone
      [0x61, 0xef, 0xbb, 0xbf, 0x62], // a byte-order mark inside: kept as U+FEFF
    ];
    for (const bytes of cases) {
      const buffer = Buffer.from(bytes);
      let expected: string | undefined;
      try {
        expected = strict.decode(buffer);
      } catch {
        expected = undefined;
      }
      const decoded = decode(buffer);
      if (expected === undefined)
        expect(decoded).toMatchObject({ ok: true, warning: expect.stringContaining('not valid UTF-8') });
      else expect(decoded).toEqual({ ok: true, text: expected });
    }
  });

  it('strips a UTF-8 BOM, decodes UTF-16 and flags invalid UTF-8', () => {
    expect(decode(Buffer.from([0xef, 0xbb, 0xbf, 0x61]))).toEqual({ ok: true, text: 'a' });
    expect(decode(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('on: push', 'utf16le')]))).toMatchObject({
      ok: true,
      text: 'on: push',
    });
    expect(decode(Buffer.from([0x61, 0xff, 0x62]))).toMatchObject({
      ok: true,
      warning: expect.stringContaining('not valid UTF-8'),
    });
    // The refusal carries the bytes, so the text pass need not read the file again.
    expect(decode(Buffer.from([0x61, 0x00]))).toEqual({
      ok: false,
      reason: 'binary file (NUL byte)',
      binary: Buffer.from([0x61, 0x00]),
    });
  });
});

describe('globMatcher', () => {
  it.each([
    ['legacy/**', 'legacy/a/b.yml', true],
    ['legacy/**', 'src/legacy/a.yml', false],
    ['*.yml', 'deep/down/x.yml', true],
    ['.github/workflows/old-*.yml', '.github/workflows/old-mail.yml', true],
    ['.github/workflows/old-*.yml', '.github/workflows/sub/old-mail.yml', false],
    ['**/action.yml', 'action.yml', true],
    ['a?.yml', 'ab.yml', true],
    ['{infra,deploy}/**', 'deploy/k8s/mailer.yaml', true],
    ['{infra,deploy}/**', 'services/mailer/.env', false],
    ['[s]rc/**', 'src/main.tf', true],
    ['[s]rc/**', 'tsrc/main.tf', false],
    ['*.{yml,yaml}', 'a/b/c.yaml', true],
    ['!legacy/**', 'legacy/a.yml', false],
    ['!legacy/**', 'current/a.yml', true],
    ['.github/', '.github/workflows/ci.yml', true],
  ])('%s matches %s: %s', (glob, path, expected) => {
    expect(globMatcher(glob)(path)).toBe(expected);
  });
});

describe('anyGlob', () => {
  it('matches any positive pattern and no negated one', () => {
    const matches = anyGlob(['src/**', '!src/old/**']);
    expect(['src/a.yml', 'src/old/b.yml', 'lib/c.yml'].filter(matches)).toEqual(['src/a.yml']);
  });

  it('reads a list of only negations as "everything but"', () => {
    expect(['legacy/a.yml', 'current/b.yml'].filter(anyGlob(['!legacy/**']))).toEqual(['current/b.yml']);
  });

  it('matches nothing when the list is empty', () => {
    expect(anyGlob([])('a.yml')).toBe(false);
  });
});
