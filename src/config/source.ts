/**
 * Which settings a run applied, for the job summary. Nothing in the checkout may choose them, so the
 * reader is told which file was read, where, and why the built-in defaults applied when they did.
 */
export interface SettingsUsed {
  /** Where they were read: the pull request's base commit, or the workspace. */
  from: { commit: string } | 'workspace';
  /** The config file applied (relative to the repository root, or absolute outside it); undefined: the built-in defaults. */
  config: string | undefined;
  /** The config files looked for, nearest first: what was missing when none applied. */
  lookedFor: readonly string[];
  /** The baseline the baseline input names, if any, and whether it was there to apply. */
  baseline: { path: string; found: boolean } | undefined;
  /** Why the base commit's settings could not be read, when the defaults replaced them for that reason. */
  unreadable?: string;
}
