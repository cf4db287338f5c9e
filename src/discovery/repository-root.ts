import { statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function exists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * The repository a scanned path belongs to: the nearest folder, from the path itself (its folder for a
 * file) upwards, that holds `.git` (a folder, or a file in a worktree or submodule) or a `.github/`
 * folder. Undefined when there is none up to the file-system root.
 */
export function findRepositoryRoot(path: string): string | undefined {
  let folder = resolve(path);
  if (!isDirectory(folder)) folder = dirname(folder);
  for (;;) {
    if (exists(resolve(folder, '.git')) || isDirectory(resolve(folder, '.github'))) return folder;
    const parent = dirname(folder);
    if (parent === folder) return undefined;
    folder = parent;
  }
}
