import { globMatcher } from './glob.js';
import { walk } from './walk.js';
import { adapterFor } from '../formats/index.js';

/**
 * The include and exclude globs that match none of the files a scan could read under `root`: most
 * likely a typo, which would otherwise scan everything (an exclude) or nothing (an include) in silence.
 */
export function unmatchedGlobs(
  root: string,
  include: readonly string[],
  exclude: readonly string[],
  /** How the lists are named where they were given: `--` for the CLI's flags, `input ` for the action's. */
  naming = '--',
): string[] {
  if (include.length === 0 && exclude.length === 0) return [];
  const { candidates } = walk(root, { wanted: (path) => adapterFor(path) !== undefined, excluded: () => false });
  const paths = candidates.map((candidate) => candidate.path);
  const unmatched = (flag: string) => (glob: string) => {
    const matches = globMatcher(glob.trim().replace(/^!/, ''));
    return paths.some(matches) ? [] : [`${flag} ${glob}`];
  };
  return [...include.flatMap(unmatched(`${naming}include`)), ...exclude.flatMap(unmatched(`${naming}exclude`))];
}
