import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultConfig } from '../../src/config/config.js';
import { globCheck } from '../../src/scan/glob-check.js';
import { walk } from '../../src/discovery/walk.js';
import { anyGlob } from '../../src/discovery/glob.js';
import { scan } from '../../src/scan/scan.js';

/** The globs that match nothing, found on one scan's own walk, with the globs applied as a scan applies them. */
async function unmatchedGlobs(
  folder: string,
  include: string[],
  exclude: string[],
  naming?: string,
): Promise<string[]> {
  const check = globCheck(include, exclude, naming);
  await scan({
    root: folder,
    config: { ...defaultConfig(), include, exclude },
    ...(check.watch ? { watch: check.watch } : {}),
  });
  return check.unmatched();
}

let root: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'sch-globs-'));
  mkdirSync(join(root, '.github/workflows'), { recursive: true });
  mkdirSync(join(root, 'infra/deep/er'), { recursive: true });
  writeFileSync(join(root, '.github/workflows/ci.yml'), 'on: push\n');
  writeFileSync(join(root, 'infra/deep/er/main.tf'), '');
  writeFileSync(join(root, 'README.md'), '# not scanned\n');
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('unmatchedGlobs', () => {
  it('names only the globs that match no scannable file, in the order given', async () => {
    expect(await unmatchedGlobs(root, ['infra/**', 'nope/**'], ['*.tf', 'README.md', '.github/'])).toEqual([
      '--include nope/**',
      '--exclude README.md',
    ]);
  });

  it('finds a match however deep, when every glob matches', async () => {
    expect(await unmatchedGlobs(root, ['**/er/main.tf'], ['ci.yml'], 'input ')).toEqual([]);
  });

  it('sees the files of a folder the excludes prune, without reading them', async () => {
    expect(await unmatchedGlobs(root, [], ['infra/', 'infra/deep/er/main.tf', '**/*.md'])).toEqual([
      '--exclude **/*.md',
    ]);
    const seen: string[] = [];
    const { candidates } = walk(root, {
      wanted: () => true,
      excluded: anyGlob(['infra/']),
      watch: { readable: (path) => path.endsWith('.tf'), see: (path) => seen.push(path) > 0 },
    });
    expect(seen).toEqual(['infra/deep/er/main.tf']);
    expect(candidates.map((candidate) => candidate.path)).not.toContain('infra/deep/er/main.tf');
  });
});

describe('walk watch', () => {
  it('stops watching once it has seen enough, and the walk goes on', () => {
    const seen: string[] = [];
    const everything = walk(root, { wanted: () => true, excluded: () => false }).candidates;
    const watched = walk(root, {
      wanted: () => true,
      excluded: () => false,
      watch: { readable: () => true, see: (path) => seen.push(path) < 1 },
    }).candidates;
    expect(everything).toHaveLength(3);
    expect(watched).toEqual(everything);
    expect(seen).toHaveLength(1);
  });
});
