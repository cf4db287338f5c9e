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
