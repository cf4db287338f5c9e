import { afterAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const scratch = mkdtempSync(join(tmpdir(), 'layers-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const table = [
  '| layer | owns | may import |',
  '| --- | --- | --- |',
  '| `index.ts` | entry | all below |',
  '| `action/` · `cli/` | peers | all below |',
  '| `model/` | types | nothing |',
  '',
].join('\n');

/** A src/ tree of its own: README.md with the table above, and the given files. */
function tree(name: string, files: Record<string, string>): string {
  const root = join(scratch, name);
  for (const [path, text] of Object.entries({ 'README.md': table, ...files })) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

function check(root: string): { status: number | null; stderr: string } {
  const run = spawnSync(process.execPath, ['scripts/check-layers.mjs', root], { encoding: 'utf8' });
  return { status: run.status, stderr: run.stderr };
}

describe('scripts/check-layers.mjs', () => {
  it('passes the real src/', () => {
    expect(check('src')).toEqual({ status: 0, stderr: '' });
  });

  it('passes imports that run down, and within a folder', () => {
    const root = tree('down', {
      'index.ts': "import { run } from './action/run.js';\n",
      'action/run.ts': "import type { Kind } from '../model/kind.js';\nimport { x } from './x.js';\n",
      'action/x.ts': 'export const x = 1;\n',
      'model/kind.ts': 'export type Kind = string;\n',
    });
    expect(check(root).status).toBe(0);
  });

  it('fails an import up a layer, a type-only one included', () => {
    const root = tree('up', {
      'action/run.ts': 'export const run = 1;\n',
      'model/kind.ts': "import type { run } from '../action/run.js';\n",
    });
    expect(check(root)).toEqual({ status: 1, stderr: expect.stringContaining('action is a layer above model') });
  });

  it('fails an import between peers of one row', () => {
    const root = tree('peers', {
      'action/run.ts': "export { main } from '../cli/main.js';\n",
      'cli/main.ts': 'export const main = 1;\n',
    });
    expect(check(root).stderr).toContain('cli and action are peers');
  });

  it('fails a cycle inside one folder', () => {
    const root = tree('cycle', {
      'model/a.ts': "import { b } from './b.js';\nexport const a = b;\n",
      'model/b.ts': "import { a } from './a.js';\nexport const b = a;\n",
    });
    expect(check(root)).toEqual({
      status: 1,
      stderr: expect.stringMatching(/import cycle: model\/[ab]\.ts → model\/[ab]\.ts/),
    });
  });

  it('fails a folder the table does not name', () => {
    const root = tree('unnamed', { 'extra/x.ts': 'export const x = 1;\n' });
    expect(check(root).stderr).toContain('extra is in no row');
  });
});
