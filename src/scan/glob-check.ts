import { globMatcher } from '../discovery/glob.js';
import type { WalkWatch } from '../discovery/walk.js';
import { adapterFor } from '../formats/index.js';

/** Watches the scan's walk for the include and exclude globs that match no file it could read. */
export interface GlobCheck {
  /** Given to the scan's walk; undefined when there is no glob to check. */
  watch: WalkWatch | undefined;
  /** After the walk: the globs that matched no file, as they were given (`--include x`, `input exclude x`). */
  unmatched: () => string[];
}

/**
 * The include and exclude globs that match none of the files a scan could read under its root: most
 * likely a typo, which would otherwise scan everything (an exclude) or nothing (an include) in silence.
 * Checked on the scan's own walk, which shows the watch every file it could read (excluded ones too)
 * until every glob has matched one.
 */
export function globCheck(
  include: readonly string[],
  exclude: readonly string[],
  /** How the lists are named where they were given: `--` for the CLI's flags, `input ` for the action's. */
  naming = '--',
): GlobCheck {
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
  return {
    watch:
      globs.length === 0
        ? undefined
        : {
            readable: (path) => adapterFor(path) !== undefined,
            see: (path) => {
              for (const glob of unmatched) if (glob.matches(path)) unmatched.delete(glob);
              return unmatched.size > 0;
            },
          },
    unmatched: () => globs.filter((glob) => unmatched.has(glob)).map((glob) => glob.flag),
  };
}
