/**
 * The pull request's changed files (paths from the repository root) as paths from the scanned folder,
 * which is where findings are placed until they are rebased for the reports. `folder` is the scanned
 * folder's place in the repository ('' or '.' for the root).
 */
export function changedUnderFolder(changed: Iterable<string>, folder: string): Set<string> {
  const clean = withoutTrailingSlashes(folder.replace(/\\/g, '/').replace(/^\.\//, ''));
  if (clean === '' || clean === '.') return new Set(changed);
  const prefix = `${clean}/`;
  const under = new Set<string>();
  for (const path of changed) if (path.startsWith(prefix)) under.add(path.slice(prefix.length));
  return under;
}

/** Trailing slashes removed by a loop: a regex anchored at the end rescans every run of slashes. */
function withoutTrailingSlashes(path: string): string {
  let end = path.length;
  while (end > 0 && path[end - 1] === '/') end--;
  return path.slice(0, end);
}
