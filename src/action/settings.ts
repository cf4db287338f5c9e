import * as core from '@actions/core';
import { join } from 'node:path';
import type { ActionInputs } from './inputs.js';
import { defaultConfigPath, type Config } from '../config/config.js';
import { configCandidates, withGlobs } from '../config/load.js';
import { configFromBase, pullRequestEvent, type PullRequestEvent } from './github/base-config.js';
import { baseSettings, workspaceSettings, type RunSettings, type SettingsPaths } from './github/pull-request-config.js';
import { configChangeNotice } from '../report/config-change.js';
import type { Verdict } from '../report/exit-decision.js';

export interface ActionSettings extends Omit<RunSettings, 'config'> {
  /** The config with the include and exclude inputs added. */
  config: Config;
  /** The pull request of this run, when the event is one. */
  pull: PullRequestEvent | undefined;
}

/**
 * The config files that may apply, nearest first, from the inputs alone: the default file in the scanned
 * folder and in each folder above it up to the checkout's root (so `path: infra` finds the repository's
 * file). The checkout is never searched for a repository root, so a pull request that adds `.github/` or
 * `.git` somewhere cannot move the lookup. A folder above the workspace is not the checkout's to
 * configure, so then the scanned folder's own file counts.
 */
function configFiles(inputs: ActionInputs): string[] {
  if (inputs.configPath) return [inputs.configPath];
  if (inputs.folder.startsWith('..')) return [join(inputs.root, defaultConfigPath)];
  return configCandidates(inputs.folder).map((path) => join(inputs.workspace, path));
}

/**
 * The config and baseline this run applies. On pull requests (with `config-from: auto` or `base`) they
 * come from the base commit, so the checkout cannot choose its own rules; a change the pull request
 * makes to them is described, not applied; when the base cannot be read, the built-in defaults apply and
 * `failure` says why. Elsewhere they are the workspace's, read without links.
 */
export async function loadActionSettings(inputs: ActionInputs, env: NodeJS.ProcessEnv): Promise<ActionSettings> {
  const pull = pullRequestEvent(env);
  const paths: SettingsPaths = {
    workspace: inputs.workspace,
    config: { candidates: configFiles(inputs), explicit: inputs.configPath !== undefined },
    ...(inputs.baselinePath ? { baseline: inputs.baselinePath } : {}),
  };
  let settings: RunSettings;
  if (configFromBase(inputs.configFrom, pull) && pull) {
    settings = await baseSettings(paths, pull, {
      token: inputs.githubToken,
      repository: env.GITHUB_REPOSITORY ?? '',
      ...(env.GITHUB_API_URL ? { apiUrl: env.GITHUB_API_URL } : {}),
    });
    if (settings.change) core.notice(configChangeNotice(settings.change));
  } else settings = workspaceSettings(paths);
  return { ...settings, config: withGlobs(settings.config, inputs.include, inputs.exclude), pull };
}

/**
 * The verdict with the settings' failure put first: when the base commit's settings could not be read,
 * the step fails with that reason, whatever the findings, and the findings' own failure follows it.
 */
export function withSettingsFailure(verdict: Verdict, settings: Pick<RunSettings, 'failure'>): Verdict {
  if (settings.failure === undefined) return verdict;
  const { failOn, failScope } = verdict;
  return {
    failOn,
    failScope,
    failed: true,
    cause: { kind: 'settings-unread', reason: settings.failure, then: verdict },
  };
}
