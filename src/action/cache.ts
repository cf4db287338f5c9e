import type * as actionsCache from '@actions/cache';
import * as core from '@actions/core';
import { existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toolName, toolVersion } from '../common/version.js';
import { errorText } from '../credentials/error-text.js';
import type { CacheOptions, CacheUse } from '../scan/cache.js';
import { inertLine } from '../output/log.js';

/**
 * The parse cache across runs, kept in GitHub's Actions cache (docs/action.md, "The parse cache"). Each
 * run restores the newest cache of its branch (a pull request: of its base branch) and, where that is
 * safe, saves the one its scan wrote. What comes back is input like any file: the scan's cache decodes,
 * verifies and checks every entry, and ignores what fails with a note.
 */
export type CacheService = Pick<typeof actionsCache, 'isFeatureAvailable' | 'restoreCache' | 'saveCache'>;

export interface CachePlan {
  /** The folder restored, written by the scan (`--cache DIR`) and saved. */
  dir: string;
  key: string;
  /** Prefixes tried in order when no cache has `key`: the newest match in the run's scopes wins. */
  restoreKeys: string[];
  /** Why this run does not save, or undefined when it does. */
  noSave?: string;
}

/**
 * Events whose caches only code of the scope's own ref can write. A `pull_request` run's cache is scoped by
 * GitHub to `refs/pull/N/merge`: only that pull request's later runs read it, never its base branch. A
 * `pull_request_target` or `workflow_run` run writes in the base branch's scope while it may have checked
 * out the pull request's code, so such runs restore and never save.
 */
const savingEvents = new Set(['push', 'pull_request', 'merge_group', 'schedule', 'workflow_dispatch']);

/** A branch name as a part of a key: GitHub refuses commas, and a key is at most 512 characters. */
function keyPart(text: string): string {
  return text.replace(/[^A-Za-z0-9._/-]/g, '_').slice(0, 200);
}

/** The `cache` input: on unless `false`; anything but true or false is an error naming the input. */
export function cacheWanted(input: string): boolean {
  const raw = input.trim().toLowerCase();
  if (raw === '' || ['true', 'yes', 'on', '1'].includes(raw)) return true;
  if (['false', 'no', 'off', '0'].includes(raw)) return false;
  throw new Error(`input cache must be true or false, not "${raw}"`);
}

/**
 * The keys of this run: `ses-credential-hygiene-v<version>-<os>-<branch>-<sha>`, the branch being a pull
 * request's base branch, so a pull request reads the cache its base branch saved; the restore key is the
 * same without the commit. Undefined, with the reason, when the run has no branch to key on.
 */
export function cachePlan(env: NodeJS.ProcessEnv, input = env.INPUT_CACHE ?? ''): CachePlan | { off: string } {
  if (!cacheWanted(input)) return { off: 'turned off (cache: false)' };
  const event = env.GITHUB_EVENT_NAME ?? '';
  const pull = event === 'pull_request' || event === 'pull_request_target';
  const branch = pull ? env.GITHUB_BASE_REF : env.GITHUB_REF_NAME;
  const sha = env.GITHUB_SHA;
  if (!branch || !sha || !/^[0-9a-f]{40,64}$/.test(sha))
    return { off: 'this run has no branch and commit to key it on' };
  const prefix = `${toolName}-v${toolVersion}-${keyPart(env.RUNNER_OS ?? process.platform)}-${keyPart(branch)}-`;
  return {
    dir: join(env.RUNNER_TEMP || tmpdir(), `${toolName}-cache`),
    key: `${prefix}${sha}`,
    restoreKeys: [prefix],
    ...(savingEvents.has(event)
      ? {}
      : { noSave: `a ${event || 'local'} run does not save (its cache could be read by the base branch)` }),
  };
}

/** One run's use of the cache: the options the scan takes, then the save and the summary's line. */
export interface CacheRun {
  scan?: CacheOptions;
  save(): Promise<void>;
  /** The summary's line: how many files came from the cache; undefined when the cache was not used. */
  summaryLine(): string | undefined;
}

/**
 * A note in the log. Notes quote what was restored (its key, a cache file's reason for being ignored), which
 * anything able to write to the branch's cache scope chose: each is one inert line (output/log.ts).
 */
const tell = (note: string) => core.info(inertLine(`${toolName}: cache: ${note}`));
/** Why the cache is not used, in the debug log only: a run outside GitHub's cache service stays as quiet as before. */
const tellDebug = (note: string) => core.debug(inertLine(`${toolName}: cache: ${note}`));

/** Restores the cache before the scan; a cache that cannot be restored leaves a cold scan and a note. */
export async function restoreParseCache(
  env: NodeJS.ProcessEnv,
  input: string,
  given?: CacheService,
): Promise<CacheRun> {
  const plan = cachePlan(env, input);
  const unused: CacheRun = { save: async () => {}, summaryLine: () => undefined };
  if ('off' in plan) {
    tellDebug(`not used: ${plan.off}`);
    return unused;
  }
  // Evaluated only when used (the client and its Azure storage code are 2.5 MB of the bundle); kept in the
  // action's one file (`eager`), as scripts/postbuild.mjs leaves no room for action chunks beside the CLI's.
  const service = given ?? (await import(/* webpackMode: "eager" */ '@actions/cache'));
  if (!service.isFeatureAvailable()) {
    tellDebug('not used: the Actions cache service is not available to this run');
    return unused;
  }
  let matched: string | undefined;
  try {
    matched = await service.restoreCache([plan.dir], plan.key, plan.restoreKeys);
    tell(matched ? `restored ${matched}` : 'none saved yet for this branch: a cold scan');
  } catch (error) {
    tell(`could not be restored (${errorText(error)}): a cold scan`);
  }
  let use: CacheUse | undefined;
  return {
    scan: { dir: plan.dir, tell, counted: (counted) => (use = counted) },
    save: () => saveParseCache(plan, matched, service),
    summaryLine: () => use && summaryLineOf(use),
  };
}

async function saveParseCache(plan: CachePlan, matched: string | undefined, service: CacheService): Promise<void> {
  if (plan.noSave) return tell(`not saved: ${plan.noSave}`);
  // GitHub's caches are immutable: a key restored exactly is already saved.
  if (matched === plan.key) return tell(`not saved: ${plan.key} is already saved`);
  if (!existsSync(plan.dir) || readdirSync(plan.dir).length === 0) return tell('not saved: the scan wrote none');
  try {
    const id = await service.saveCache([plan.dir], plan.key);
    tell(id === -1 ? `could not save ${plan.key} (see the warning above)` : `saved ${plan.key}`);
  } catch (error) {
    tell(`could not save ${plan.key} (${errorText(error)})`);
  }
}

/** Plain counts, no file's name or content: safe in the job summary's Markdown. */
export function summaryLineOf(use: CacheUse): string {
  const parsed = use.misses + use.uncached + use.rejoined;
  const files = use.hits + parsed;
  const index = use.fromIndex > 0 ? ` (${use.fromIndex} known from the git index without being read)` : '';
  return `Parse cache: ${use.hits} of ${files} files came from the cache${index}; ${parsed} were read and parsed${use.notes.length > 0 ? `; ${use.notes.length} cache note(s) in the log` : ''}.`;
}
