import { isAbsolute, relative, sep } from 'node:path';

/**
 * Trailing slashes removed by a loop: a regex anchored at the end (`/\/+$/`) restarts at every slash of
 * a long run that is not at the end, which is quadratic on a crafted path.
 */
export function withoutTrailingSlashes(path: string): string {
  let end = path.length;
  while (end > 0 && path[end - 1] === '/') end--;
  return path.slice(0, end);
}

/** A folder as given by a user or a workflow (`.\\infra\\`, `./infra/`) as a POSIX path without `./` or trailing slashes. */
export function cleanFolder(folder: string): string {
  return withoutTrailingSlashes(folder.replace(/\\/g, '/').replace(/^\.\//, ''));
}

/**
 * The folders from below `root` down to the folder that holds `path`, outermost first: the ones a
 * reader or writer of `path` must check are real folders, not links out of the checkout. Undefined
 * when `path` is not below `root`.
 */
export function foldersBetween(root: string, path: string): string[] | undefined {
  const below = relative(root, path);
  if (below.startsWith('..') || isAbsolute(below)) return undefined;
  const folders: string[] = [];
  let folder = root;
  for (const part of below
    .split(sep)
    .slice(0, -1)
    .filter((name) => name !== '')) {
    folder = `${folder}${sep}${part}`;
    folders.push(folder);
  }
  return folders;
}
