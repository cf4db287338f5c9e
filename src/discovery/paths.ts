/**
 * Trailing slashes removed by a loop: a regex anchored at the end (`/\/+$/`) restarts at every slash of
 * a long run that is not at the end, which is quadratic on a crafted path.
 */
export function withoutTrailingSlashes(path: string): string {
  let end = path.length;
  while (end > 0 && path[end - 1] === '/') end--;
  return path.slice(0, end);
}
