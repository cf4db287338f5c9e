import { globMatcher } from '../discovery/glob.js';
import { walk } from '../discovery/walk.js';
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
  const globs = [
    ...include.map((glob) => ({
      flag: `${naming}include ${glob}`,
      matches: globMatcher(glob.trim().replace(/^!/, '')),
    })),
    ...exclude.map((glob) => ({
      flag: `${naming}exclude ${glob}`,
      matches: globMatcher(glob.trim().replace(/^!/, '')),
    })),
  ];
  const unmatched = new Set(globs);
  // The walk ends as soon as every glob has matched a file: usually long before the whole tree is listed.
  walk(root, {
    wanted: (path) => adapterFor(path) !== undefined,
    excluded: () => false,
    stopAt: (candidate) => {
      for (const glob of unmatched) if (glob.matches(candidate.path)) unmatched.delete(glob);
      return unmatched.size === 0;
    },
  });
  return globs.filter((glob) => unmatched.has(glob)).map((glob) => glob.flag);
}
