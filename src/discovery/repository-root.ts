import { lstatSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/** Never through a link: a linked `.github` or `.git` in a checkout does not make a repository root. */
function entryOf(path: string): ReturnType<typeof lstatSync> | undefined {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}

function isStartFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/**
 * The repository a scanned path belongs to: the nearest folder, from the path itself (its folder for a
 * file) upwards, that holds `.git` (a folder, or a file in a worktree or submodule) or a `.github/`
 * folder, neither of them a link. Undefined when there is none up to the file-system root. For the
 * CLI only: the action never searches its checkout for a root (see `configCandidates`).
 */
export function findRepositoryRoot(path: string): string | undefined {
  let folder = resolve(path);
  if (!isStartFolder(folder)) folder = dirname(folder);
  for (;;) {
    const git = entryOf(resolve(folder, '.git'));
    const github = entryOf(resolve(folder, '.github'));
    if ((git && !git.isSymbolicLink()) || github?.isDirectory()) return folder;
    const parent = dirname(folder);
    if (parent === folder) return undefined;
    folder = parent;
  }
}
