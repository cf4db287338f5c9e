import { cleanFolder } from '../discovery/paths.js';
/**
 * The pull request's changed files (paths from the repository root) as paths from the scanned folder,
 * which is where findings are placed until they are rebased for the reports. `folder` is the scanned
 * folder's place in the repository ('' or '.' for the root).
 */
export function changedUnderFolder(changed: Iterable<string>, folder: string): Set<string> {
  const clean = cleanFolder(folder);
  if (clean === '' || clean === '.') return new Set(changed);
  const prefix = `${clean}/`;
  const under = new Set<string>();
  for (const path of changed) if (path.startsWith(prefix)) under.add(path.slice(prefix.length));
  return under;
}
