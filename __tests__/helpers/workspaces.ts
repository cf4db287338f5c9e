import { afterAll, beforeAll } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Scratch checkouts for one test file: a folder made before its tests and removed after them, and
 * `workspace(name, files)` to write one checkout in it (paths relative to the checkout, folders made).
 */
export function scratchWorkspaces(prefix: string): {
  workspace: (name: string, files: Record<string, string>) => string;
  scratch: () => string;
} {
  let scratch = '';
  beforeAll(() => {
    scratch = mkdtempSync(join(tmpdir(), prefix));
  });
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));
  const workspace = (name: string, files: Record<string, string>): string => {
    const root = join(scratch, name);
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(join(root, path, '..'), { recursive: true });
      writeFileSync(join(root, path), text);
    }
    return root;
  };
  return { workspace, scratch: () => scratch };
}
