import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import {
  closeSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  rmSync,
  symlinkSync,
  unlinkSync,
  writeFileSync,
  writeSync,
  ftruncateSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultConfig } from '../../src/config/config.js';
import { walk } from '../../src/discovery/walk.js';
import { adapterFor } from '../../src/formats/index.js';
import { readAndParse } from '../../src/scan/parse-files.js';
import { scan } from '../../src/scan/scan.js';

let root: string;
const settings = () => {
  const config = defaultConfig();
  return { nameRules: config.nameRules, maxFileBytes: config.maxFileBytes, limits: config.limits };
};
const problemsFor = async (path: string) =>
  (await scan({ root })).problems.filter((p) => p.file === path).map((p) => p.message);

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'sch-resources-'));
  mkdirSync(join(root, 'deploy/k8s'), { recursive: true });
  mkdirSync(join(root, '.github/workflows'), { recursive: true });
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('resource attacks', () => {
  it('a billion-laughs alias bomb is refused cheaply: measured, never expanded', async () => {
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 10; i++)
      levels.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9)
          .fill(`*${String.fromCharCode(96 + i)}`)
          .join(',')}]`,
      );
    writeFileSync(join(root, 'deploy/k8s/bomb.yaml'), `${levels.join('\n')}\nSMTP_PASSWORD: *j\n`);
    const before = process.memoryUsage().rss;
    // Measured unexpanded, the bomb stands for 9^10 nodes: refused, read as text only.
    expect(await problemsFor('deploy/k8s/bomb.yaml')).toEqual([
      'skipped: YAML aliases that stand for more than 100000 nodes (raise max-aliases to read it); read as text only: credential-shaped values were still looked for',
    ]);
    // Expanded, the bomb is 9^10 strings; unexpanded it is a few hundred bytes.
    expect(process.memoryUsage().rss - before).toBeLessThan(64 * 1024 * 1024);
  });

  it('aliases are bounded by what they stand for, not by their number', async () => {
    // A thousand aliases of one scalar stand for a thousand nodes: read.
    writeFileSync(join(root, 'deploy/k8s/aliases.yaml'), `a: &a x\nlist: [${Array(1000).fill('*a').join(', ')}]\n`);
    expect(await problemsFor('deploy/k8s/aliases.yaml')).toEqual([]);
    // Twenty aliases of a list of 10 000 items stand for 200 000: refused.
    writeFileSync(
      join(root, 'deploy/k8s/wide-aliases.yaml'),
      `a: &a [${Array(10_000).fill('x').join(', ')}]\nlist: [${Array(20).fill('*a').join(', ')}]\n`,
    );
    expect(await problemsFor('deploy/k8s/wide-aliases.yaml')).toEqual([
      'skipped: YAML aliases that stand for more than 100000 nodes (raise max-aliases to read it); read as text only: credential-shaped values were still looked for',
    ]);
  });

  it('10,000 levels of nesting are refused before any recursive code runs', async () => {
    writeFileSync(join(root, 'deploy/k8s/deep-flow.yaml'), `password: ${'['.repeat(10000)}${']'.repeat(10000)}\n`);
    // Compact nested sequences: 10,000 levels on one line.
    writeFileSync(join(root, 'deploy/k8s/deep-block.yaml'), `password:\n  ${'- '.repeat(10000)}x\n`);
    // Explicit keys: `? ? ? …` opens a map each, composed by `yaml` one recursion apiece.
    writeFileSync(join(root, 'deploy/k8s/deep-keys.yaml'), `${'? '.repeat(3000)}x\npassword: hunter2\n`);
    writeFileSync(
      join(root, 'deploy/k8s/deep-indent.yaml'),
      Array.from({ length: 150 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n'),
    );
    writeFileSync(join(root, 'deep.tf'), `${'locals {\n'.repeat(10000)}${'}\n'.repeat(10000)}`);
    for (const file of [
      'deploy/k8s/deep-flow.yaml',
      'deploy/k8s/deep-block.yaml',
      'deploy/k8s/deep-keys.yaml',
      'deploy/k8s/deep-indent.yaml',
      'deep.tf',
    ]) {
      expect(await problemsFor(file)).toEqual([
        'skipped: nested deeper than 100 levels (raise max-depth to read it); read as text only: credential-shaped values were still looked for',
      ]);
    }
  });

  it('a flood of comment lines counts against max-nodes: a comment is a node of the parser too', async () => {
    // Comments at two indents, which neither reader merges into one run: 10 MB of them took 1 GB to parse.
    const keyId = 'AKIA' + 'QWER2345TYUZ6PLM';
    writeFileSync(
      join(root, 'deploy/k8s/comments.yaml'),
      `apiVersion: v1\nkind: Secret\nmetadata:\n  name:\n${'  #\n#\n'.repeat(150_000)}stringData:\n  AWS_ACCESS_KEY_ID: ${keyId}\n`,
    );
    const result = await scan({ root });
    expect(result.problems.filter((p) => p.file === 'deploy/k8s/comments.yaml').map((p) => p.message)).toEqual([
      'skipped: more than 250000 items (raise max-nodes to read it); read as text only: credential-shaped values were still looked for',
    ]);
    // Read as text, the key ID is still found at its line, and drawn a finding.
    expect(
      result.findings.some(
        (finding) => finding.file === 'deploy/k8s/comments.yaml' && finding.span.startLine === 300_006,
      ),
    ).toBe(true);
    // Under the limit, comments cost nothing: a file with a few of them is parsed.
    writeFileSync(join(root, 'deploy/k8s/few-comments.yaml'), `# a\nkey: value # b\n  # c\n`);
    expect(await problemsFor('deploy/k8s/few-comments.yaml')).toEqual([]);
  });

  it('a 200 MB file and a 50 MB single line are skipped by size without being read', async () => {
    for (const [name, size] of [
      ['deploy/k8s/huge.yaml', 200 * 1024 * 1024],
      ['.github/workflows/one-line.yml', 50 * 1024 * 1024],
    ] as const) {
      const fd = openSync(join(root, name), 'w');
      ftruncateSync(fd, size); // sparse: no disk is used, but the size is real
      closeSync(fd);
    }
    const before = process.memoryUsage().rss;
    expect(await problemsFor('deploy/k8s/huge.yaml')).toEqual([
      `skipped: larger than the limit (${200 * 1024 * 1024} bytes > ${10 * 1024 * 1024}; raise max-file-size to read it)`,
    ]);
    expect(await problemsFor('.github/workflows/one-line.yml')).toEqual([
      expect.stringMatching(/^skipped: larger than the limit/),
    ]);
    expect(process.memoryUsage().rss - before).toBeLessThan(64 * 1024 * 1024);
    unlinkSync(join(root, 'deploy/k8s/huge.yaml'));
    unlinkSync(join(root, '.github/workflows/one-line.yml'));
  });

  it('a file over the limit is still read as text, in chunks: a key past the first MiB is found at its line and column', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sch-large-'));
    const mib = 1024 * 1024;
    const filler = (bytes: number, from: number) =>
      Array.from(
        { length: Math.ceil(bytes / 32) },
        (_, i) => `PADDING_${String(from + i).padStart(8, '0')}=${'p'.repeat(14)}\n`,
      ).join('');
    const id = `AKIA${'CHUNKEDQ2R3S4T5U'}`;
    const secret = `wJ8rkTz9Qp2LmN4vB6xC1yD3eF5gH7iJ0kL2mN4o`;
    const head = `${filler(mib + 4096, 0)}AWS_SECRET_ACCESS_KEY=${secret}\n`;
    // The key ID straddles the end of the second 1 MiB chunk.
    const beforeId = `${head}${filler(mib - 16_384, 1e6)}`;
    const idLine = `${'x'.repeat(2 * mib - beforeId.length - 10 - 'OLD_KEY= '.length)} `;
    const text = `${beforeId}OLD_KEY=${idLine}${id}\n${filler(mib, 2e6)}`;
    expect(text.indexOf(id)).toBe(2 * mib - 10);
    writeFileSync(join(dir, '.env.large'), text);
    const placeOf = (needle: string) => {
      const offset = text.indexOf(needle);
      const lineStart = text.lastIndexOf('\n', offset) + 1;
      return `${text.slice(0, offset).split('\n').length}:${offset - lineStart + 1}`;
    };
    const result = await scan({ root: dir, config: { ...defaultConfig(), maxFileBytes: mib } });
    expect(result.findings.map((f) => `${f.ruleId}:${f.span.startLine}:${f.span.startColumn}`).sort()).toEqual(
      [`hardcoded-access-key:${placeOf(secret)}`, `hardcoded-access-key:${placeOf(id)}`].sort(),
    );
    expect(result.problems.map((p) => p.message)).toEqual([
      `skipped: larger than the limit (${text.length} bytes > ${mib}; raise max-file-size to read it); read as text only: credential-shaped values were still looked for`,
    ]);
    rmSync(dir, { recursive: true, force: true });
  });

  it('a file over the limit is read as text up to 64 MiB, and the note says where it stopped', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sch-capped-'));
    const mib = 1024 * 1024;
    const line = (key: string) => `AWS_SECRET_ACCESS_KEY=${key}\n`;
    const kept = 'wJ8rkTz9Qp2LmN4vB6xC1yD3eF5gH7iJ0kL2mN4o';
    const past = 'wJ8rPTz9Qp2LmN4vB6xC1yD3eF5gH7iJ0kL2mN4o';
    const filler = Buffer.from(`${'#'.repeat(mib - 1)}\n`);
    const fd = openSync(join(dir, '.env.huge'), 'w');
    writeSync(fd, line(kept));
    for (let i = 0; i < 64; i++) writeSync(fd, filler);
    writeSync(fd, line(past));
    closeSync(fd);
    const result = await scan({ root: dir, config: { ...defaultConfig(), maxFileBytes: mib } });
    expect(result.findings.map((f) => `${f.ruleId}:${f.span.startLine}:${f.span.startColumn}`)).toEqual([
      'hardcoded-access-key:1:23',
    ]);
    expect(result.problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/; read as text only: credential-shaped values were still looked for in its first 64 MiB$/),
    ]);
    rmSync(dir, { recursive: true, force: true });
  }, 60_000);

  it('a long single line under the limit is read, and what it holds is found', async () => {
    const key = `AKIA${'LONGLINE'}${'Q2R3S4T5'}`;
    writeFileSync(join(root, '.env.big'), `PADDING=${'x'.repeat(8 * 1024 * 1024)}\nAWS_ACCESS_KEY_ID=${key}\n`);
    const result = await scan({ root });
    expect(
      result.findings.filter((f) => f.file === '.env.big').map((f) => `${f.ruleId}:${f.span.startLine}`),
    ).toContain('hardcoded-access-key:2');
    unlinkSync(join(root, '.env.big'));
  });

  it('100,000 tiny files are walked and read', async () => {
    const many = join(root, 'many');
    for (let d = 0; d < 100; d++) {
      mkdirSync(join(many, `d${d}`), { recursive: true });
      for (let f = 0; f < 1000; f++) writeFileSync(join(many, `d${d}`, `.env.${f}`), 'A=1\n');
    }
    const { candidates } = walk(many, { wanted: (p) => adapterFor(p) !== undefined, excluded: () => false });
    expect(candidates).toHaveLength(100_000);
    const parsed = await readAndParse(candidates, settings());
    expect(parsed.filter((file) => file.model)).toHaveLength(100_000);
    rmSync(many, { recursive: true, force: true });
  }, 120_000);

  it('symbolic links are never followed: a loop, /etc, and a file outside the root', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'sch-outside-'));
    writeFileSync(join(outside, 'secrets.yml'), 'AWS_SECRET_ACCESS_KEY: x\n');
    symlinkSync(root, join(root, 'deploy/loop'));
    symlinkSync('/etc', join(root, 'deploy/etc'));
    symlinkSync(join(outside, 'secrets.yml'), join(root, 'deploy/k8s/outside.yaml'));
    const result = await scan({ root });
    expect(result.problems.filter((p) => p.file === 'deploy/k8s/outside.yaml').map((p) => p.message)).toEqual([
      'skipped: symbolic link, not followed',
    ]);
    expect(
      [...result.findings.map((f) => f.file), ...result.problems.map((p) => p.file)].some(
        (file) => file.startsWith('deploy/loop') || file.startsWith('deploy/etc'),
      ),
    ).toBe(false);
    rmSync(outside, { recursive: true, force: true });
  });

  it('a FIFO and a device node are skipped, never opened for a blocking read', async () => {
    execFileSync('mkfifo', [join(root, 'deploy/k8s/pipe.yaml')]);
    expect(await problemsFor('deploy/k8s/pipe.yaml')).toEqual(['skipped: not a regular file']);
    let device = false;
    try {
      execFileSync('mknod', [join(root, 'deploy/k8s/null.yaml'), 'c', '1', '3'], { stdio: 'ignore' });
      device = true;
    } catch {
      // No mknod permission here: the FIFO above covers the same code path.
    }
    if (device) expect(await problemsFor('deploy/k8s/null.yaml')).toEqual(['skipped: not a regular file']);
  });

  it('a file deleted, or swapped for a link, between listing and reading gets a notice', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sch-race-'));
    writeFileSync(join(dir, '.env'), 'A=1\n');
    writeFileSync(join(dir, '.env.swapped'), 'A=1\n');
    const { candidates } = walk(dir, { wanted: (p) => adapterFor(p) !== undefined, excluded: () => false });
    unlinkSync(join(dir, '.env'));
    unlinkSync(join(dir, '.env.swapped'));
    symlinkSync('/etc/passwd', join(dir, '.env.swapped'));
    const parsed = await readAndParse(candidates, settings());
    expect(parsed.map((file) => `${file.path}: ${file.problems.map((p) => p.message).join()}`)).toEqual([
      '.env: skipped: cannot open (ENOENT)',
      '.env.swapped: skipped: cannot open (ELOOP)',
    ]);
    rmSync(dir, { recursive: true, force: true });
  });

  it('an unreadable file gets a notice (root reads everything, so the check needs another user)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sch-perm-'));
    writeFileSync(join(dir, '.env'), 'A=1\n', { mode: 0o000 });
    const parsed = await readAndParse(walk(dir, { wanted: () => true, excluded: () => false }).candidates, settings());
    const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
    expect(parsed[0]?.problems.map((p) => p.message)).toEqual(isRoot ? [] : ['skipped: cannot open (EACCES)']);
    rmSync(dir, { recursive: true, force: true });
  });
});
