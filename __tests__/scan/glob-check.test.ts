import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unmatchedGlobs } from '../../src/scan/glob-check.js';
import { walk } from '../../src/discovery/walk.js';

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
  it('names only the globs that match no scannable file, in the order given', () => {
    expect(unmatchedGlobs(root, ['infra/**', 'nope/**'], ['*.tf', 'README.md', '.github/'])).toEqual([
      '--include nope/**',
      '--exclude README.md',
    ]);
  });

  it('finds a match however deep, when every glob matches', () => {
    expect(unmatchedGlobs(root, ['**/er/main.tf'], ['ci.yml'], 'input ')).toEqual([]);
  });
});

describe('walk stopAt', () => {
  it('ends the walk at the first candidate it is true for', () => {
    const everything = walk(root, { wanted: () => true, excluded: () => false }).candidates;
    const stopped = walk(root, { wanted: () => true, excluded: () => false, stopAt: () => true }).candidates;
    expect(everything).toHaveLength(3);
    expect(stopped).toHaveLength(1);
  });
});
