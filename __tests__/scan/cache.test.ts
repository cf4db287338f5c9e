import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { scan } from '../../src/scan/scan.js';
import {
  cacheable,
  cacheFileFor,
  decodeCache,
  encodeCache,
  settingsDigest,
  type CacheUse,
} from '../../src/scan/cache.js';
import { walk } from '../../src/discovery/walk.js';
import { scanOutputs } from '../helpers/scan-outputs.js';
import { adapterFor } from '../../src/formats/index.js';
import { defaultConfig } from '../../src/config/config.js';
import { renderJson } from '../../src/report/json.js';
import { seeded } from '../helpers/seeded.js';

let scratch: string;
let cacheDir: string;
beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'sch-cache-'));
  cacheDir = join(scratch, 'cache');
  cpSync('__tests__/real-world/cases', join(scratch, 'cases'), { recursive: true });
  cpSync('examples', join(scratch, 'examples'), { recursive: true });
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const report = (root: string, cached: boolean) => scanOutputs(root, cached ? cacheDir : undefined);

/** Copies a random line of `count` random parsed files to another random place in them; gives their paths. */
function editSome(
  root: string,
  count: number,
  random: () => number,
  which: (path: string) => boolean = () => true,
): string[] {
  const { candidates } = walk(root, {
    wanted: (path) => adapterFor(path) !== undefined && which(path),
    excluded: () => false,
  });
  const edited = new Set<string>();
  while (edited.size < count) {
    const candidate = candidates[Math.floor(random() * candidates.length)];
    if (!candidate || edited.has(candidate.path)) continue;
    const file = join(root, candidate.path);
    const lines = readFileSync(file, 'utf8').split('\n');
    const line = lines[Math.floor(random() * lines.length)] ?? '';
    lines.splice(Math.floor(random() * lines.length), 0, `${line} `);
    writeFileSync(file, lines.join('\n'));
    edited.add(candidate.path);
  }
  return [...edited];
}

const terraform = (path: string) => adapterFor(path)?.id === 'terraform';

/**
 * The files a warm scan parses again though their entries are in the cache: when an edited file is
 * Terraform, every other Terraform file, since the configuration's join reads every file's tree.
 */
function rejoinedBy(root: string, edited: readonly string[]): number {
  if (!edited.some(terraform)) return 0;
  return terraformFiles(root) - edited.filter(terraform).length;
}

function terraformFiles(root: string): number {
  return walk(root, { wanted: terraform, excluded: () => false }).candidates.length;
}

describe.each(['cases', 'examples'])('the parse cache over a copy of %s', (name) => {
  const root = () => join(scratch, name);

  it('gives the cold scan byte for byte, and parses again only the files whose bytes changed', async () => {
    const cold = await report(root(), false);
    const first = await report(root(), true);
    expect(first.output).toEqual(cold.output);
    expect(first.use).toMatchObject({ hits: 0, notes: [] });
    const { misses: total, uncached } = first.use!;
    expect(total).toBeGreaterThan(10);

    const edited = editSome(root(), 6, seeded(name.length));
    const coldAfter = await report(root(), false);
    const warm = await report(root(), true);
    expect(warm.output).toEqual(coldAfter.output);
    const changed = edited.filter(cacheable).length;
    expect(changed).toBeGreaterThan(0);
    // The seeded edits reach a Terraform file: its configuration is parsed again whole.
    const rejoined = rejoinedBy(root(), edited);
    expect(rejoined).toBeGreaterThan(0);
    const hits = total - changed - rejoined;
    expect(warm.use).toEqual({ hits, misses: changed, fromIndex: 0, uncached, rejoined, notes: [] });
    expect(warm.notes.at(-1)).toMatch(
      new RegExp(`^${hits} of ${total + uncached} files from the cache, ${changed} parsed, ${rejoined} parsed again`),
    );
    // The edits changed something a scan shows, or the test would prove nothing of stale entries.
    expect(coldAfter.output).not.toEqual(cold.output);

    const again = await report(root(), true);
    expect(again.use).toMatchObject({ hits: total, misses: 0, rejoined: 0, notes: [] });
    expect(again.output).toEqual(coldAfter.output);
  });

  it('keeps what the Terraform join read while no Terraform file changed', async () => {
    const first = await report(root(), true);
    const edited = editSome(root(), 4, seeded(name.length + 1), (path) => !terraform(path));
    const coldAfter = await report(root(), false);
    const warm = await report(root(), true);
    expect(warm.output).toEqual(coldAfter.output);
    const total = first.use!.hits + first.use!.misses + first.use!.rejoined;
    expect(warm.use).toMatchObject({ hits: total - edited.length, misses: edited.length, rejoined: 0, notes: [] });
    expect(terraformFiles(root())).toBeGreaterThan(0);
  });

  it('ignores a truncated cache file with a note, and scans as cold', async () => {
    const cold = await report(root(), false);
    await report(root(), true);
    const file = cacheFileFor(cacheDir, root());
    const bytes = readFileSync(file);
    writeFileSync(file, bytes.subarray(0, Math.floor(bytes.length / 2)));
    const truncated = await report(root(), true);
    expect(truncated.output).toEqual(cold.output);
    expect(truncated.use?.hits).toBe(0);
    expect(truncated.notes[0]).toMatch(
      /^ignored the cache file .*: its checksum does not match \(truncated or altered\)$/,
    );
  });

  it('ignores a poisoned entry, one that answers for another file under this file’s key, with a note', async () => {
    const cold = await report(root(), false);
    const first = await report(root(), true);
    const file = cacheFileFor(cacheDir, root());
    const digest = settingsDigest({
      nameRules: defaultConfig().nameRules,
      maxFileBytes: defaultConfig().maxFileBytes,
      limits: defaultConfig().limits,
    });
    const decoded = decodeCache(readFileSync(file), digest);
    if (!('entries' in decoded)) throw new Error(decoded.reason);
    const entries = [...decoded.entries] as Array<[string, never]>;
    // Every entry's model moved to the next file's key: the keys still match the files' bytes.
    const poisoned = entries.map(([key], index) => [key, entries[(index + 1) % entries.length]![1]] as [string, never]);
    writeFileSync(file, encodeCache({ settings: digest, entries: poisoned }));
    const scanned = await report(root(), true);
    expect(scanned.output).toEqual(cold.output);
    expect(scanned.use?.hits).toBe(0);
    // The entry of the Terraform join too.
    const joins = terraformFiles(root()) > 0 ? 1 : 0;
    expect(scanned.notes[0]).toBe(
      `ignored ${first.use!.hits + first.use!.misses + joins} cache entries that did not match their file`,
    );
  });

  it('ignores a cache written with other name rules or limits', async () => {
    await report(root(), true);
    const config = defaultConfig();
    const notes: string[] = [];
    let hits: number | undefined;
    await scan({
      root: root(),
      threads: 'never',
      config: { ...config, limits: { ...config.limits, maxDepth: config.limits.maxDepth + 1 } },
      cache: { dir: cacheDir, tell: (note) => notes.push(note), counted: (use) => (hits = use.hits) },
    });
    expect(hits).toBe(0);
    expect(notes[0]).toMatch(/: it was written with other name rules or limits$/);
  });
});

/** The benchmark's corpus generator: beside the repository (as CI lays shared/), or where SES_BENCH_DIR says. */
const makeCorpus = resolve(process.env.SES_BENCH_DIR ?? '../shared/bench', 'make-corpus.mjs');

/** A copy of `source` made a git work tree: every file added to the index (no commit is needed for it). */
function gitTree(name: string, source: (to: string) => void): string {
  const root = join(scratch, name);
  source(root);
  execFileSync('git', ['init', '-q'], { cwd: root });
  execFileSync('git', ['add', '-A'], { cwd: root });
  return root;
}

const trees: Array<[string, (to: string) => void]> = [
  ['real-world cases', (to) => cpSync('__tests__/real-world/cases', to, { recursive: true })],
  [
    'bench corpus (scale 1)',
    (to) => {
      const made = spawnSync(process.execPath, [makeCorpus, to, '--scale', '1', '--force', '--quiet']);
      if (made.status !== 0) throw new Error(`make-corpus failed: ${made.stderr.toString()}`);
      rmSync(join(to, '.expected.json'), { force: true });
    },
  ],
];

describe.each(trees)('the parse cache in a git work tree: %s', (name, source) => {
  const run = name.startsWith('bench') && !existsSync(makeCorpus) ? it.skip : it;
  run(
    'looks tracked, unchanged files up by their blob without reading them, and gives the cold scan byte for byte after edits',
    async () => {
      const root = gitTree(name.replace(/\W+/g, '-'), source);
      const cold = await report(root, false);
      const first = await report(root, true);
      expect(first.output).toEqual(cold.output);
      const total = first.use!.misses;
      expect(first.use).toMatchObject({ hits: 0, fromIndex: total, notes: [] });
      expect(total).toBeGreaterThan(20);

      const again = await report(root, true);
      expect(again.output).toEqual(cold.output);
      expect(again.use).toMatchObject({ hits: total, misses: 0, fromIndex: total, notes: [] });

      // Tracked files edited (their stat no longer matches the index) and one untracked file added.
      const edited = editSome(root, 8, seeded(name.length)).filter(cacheable);
      const added = cacheable('.github/workflows/added.yml') ? 1 : 0;
      mkdirSync(join(root, '.github/workflows'), { recursive: true });
      writeFileSync(
        join(root, '.github/workflows/added.yml'),
        'on: push\njobs:\n  mail:\n    runs-on: ubuntu-latest\n    env:\n      SMTP_PASSWORD: ${{ secrets.AWS_SECRET_ACCESS_KEY }}\n    steps:\n      - run: ./send\n',
      );
      const coldAfter = await report(root, false);
      const warm = await report(root, true);
      expect(warm.output).toEqual(coldAfter.output);
      expect(coldAfter.output).not.toEqual(cold.output);
      const rejoined = rejoinedBy(root, edited);
      expect(warm.use).toMatchObject({
        hits: total - edited.length - rejoined,
        misses: edited.length + added,
        fromIndex: total - edited.length,
        rejoined,
        notes: [],
      });
      expect(warm.notes.at(-1)).toMatch(
        new RegExp(`; ${total - edited.length} known from .git/index without reading them$`),
      );
    },
    600_000,
  );
});

describe('two files the walk shows by one name', () => {
  it('takes neither from the cache nor from the index: a warm scan gives the cold one', async () => {
    // `a\xff.yml` spelled out, and `a` 0xFF `.yml` (not UTF-8, shown so): one size, one time, both tracked.
    const secret =
      'on: push\njobs:\n  mail:\n    runs-on: ubuntu-latest\n    env:\n      SMTP_PASSWORD: ${{ secrets.AWS_SECRET_ACCESS_KEY }}\n    steps:\n      - run: ./send\n';
    const plain = `on: push\n# ${'x'.repeat(secret.length - 12)}\n`;
    expect(plain).toHaveLength(secret.length);
    for (const [order, named] of [
      ['spelled', 0],
      ['bytes', 1],
    ] as const) {
      const root = gitTree(`shown-alike-${order}`, (to) => {
        mkdirSync(join(to, '.github/workflows'), { recursive: true });
        const spelled = join(to, '.github/workflows/a\\xff.yml');
        const bytes = Buffer.concat([
          Buffer.from(join(to, '.github/workflows/a')),
          Buffer.from([0xff, 0x2e, 0x79, 0x6d, 0x6c]),
        ]);
        writeFileSync(spelled, named === 0 ? secret : plain);
        writeFileSync(bytes, named === 0 ? plain : secret);
        for (const path of [spelled, bytes]) utimesSync(path, 1_700_000_000, 1_700_000_000);
      });
      const cold = await report(root, false);
      expect(JSON.stringify(cold.output)).toContain('AWS_SECRET_ACCESS_KEY');
      for (let run = 0; run < 3; run++) {
        const warm = await report(root, true);
        expect(warm.output).toEqual(cold.output);
        expect(warm.use).toMatchObject({ hits: 0, fromIndex: 0 });
      }
    }
  });
});

describe('an index that cannot be trusted', () => {
  it('is ignored with a note, and every file is read and hashed as outside git', async () => {
    const root = gitTree('altered-index', (to) => cpSync('examples', to, { recursive: true }));
    const cold = await report(root, false);
    const index = join(root, '.git/index');
    const bytes = readFileSync(index);
    bytes[bytes.length - 1] = (bytes[bytes.length - 1] ?? 0) ^ 0xff;
    writeFileSync(index, bytes);
    const cached = await report(root, true);
    expect(cached.output).toEqual(cold.output);
    expect(cached.use).toMatchObject({ fromIndex: 0, hits: 0 });
    expect(cached.notes[0]).toBe(
      'did not use .git/index (its checksum does not match (truncated, altered, or not SHA-1)): every file is read to be looked up',
    );
  });
});

describe('a cache folder inside the scanned folder', () => {
  /** A scan of `root` with the cache in `dir`: the notes, the counts and the findings. */
  async function cachedIn(root: string, dir: string) {
    const notes: string[] = [];
    let use: CacheUse | undefined;
    const result = await scan({
      root,
      threads: 'never',
      cache: { dir, tell: (note) => notes.push(note), counted: (u) => (use = u) },
    });
    return { notes, use, json: renderJson(result) };
  }

  // A pull request's checkout could ship a forged cache file there (its keys are computable) that hides findings.
  it('is neither read nor written, with a note; the scan is the cold one', async () => {
    const root = join(scratch, 'inside');
    cpSync('examples', root, { recursive: true });
    const cold = renderJson(await scan({ root, threads: 'never' }));
    const dir = join(root, '.cache/ses');
    for (let run = 0; run < 2; run++) {
      const cached = await cachedIn(root, dir);
      expect(cached.json).toEqual(cold);
      expect(cached.use).toMatchObject({ hits: 0 });
      expect(cached.notes[0]).toBe(
        `not used: the cache folder ${dir} is inside the scanned folder, whose files the checkout controls`,
      );
    }
    expect(existsSync(cacheFileFor(dir, root))).toBe(false);
  });

  it('is found inside through a link to a folder above, whichever of the two paths names the link', async () => {
    const parent = join(scratch, 'parent');
    const root = join(parent, 'inside-linked');
    cpSync('examples', root, { recursive: true });
    const link = join(scratch, 'link-to-parent');
    symlinkSync(parent, link);
    for (const [scanned, dir] of [
      [root, join(link, 'inside-linked/.cache')],
      [join(link, 'inside-linked'), join(root, '.cache')],
    ] as const) {
      const cached = await cachedIn(scanned, dir);
      expect(cached.use).toMatchObject({ hits: 0 });
      expect(cached.notes[0]).toMatch(/^not used: the cache folder .* is inside the scanned folder/);
      expect(existsSync(join(root, '.cache'))).toBe(false);
    }
  });

  it('is used when beside the scanned folder, even with a name that starts like it', async () => {
    const root = join(scratch, 'beside');
    cpSync('examples', root, { recursive: true });
    const dir = join(scratch, 'beside-cache');
    await cachedIn(root, dir);
    const warm = await cachedIn(root, dir);
    expect(warm.use?.hits).toBeGreaterThan(0);
    expect(warm.use?.notes).toEqual([]);
  });
});
