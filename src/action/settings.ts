import * as core from '@actions/core';
import { join, relative } from 'node:path';
import type { ActionInputs } from './inputs.js';
import { defaultConfigPath, type Config } from '../config/config.js';
import { defaultConfigLocation, withGlobs } from '../config/load.js';
import { errorText } from '../credentials/error-text.js';
import { configFromBase, pullRequestEvent, type PullRequestEvent } from './github/base-config.js';
import { baseSettings, workspaceSettings, type RunSettings, type SettingsPaths } from './github/pull-request-config.js';
import { configChangeNotice } from '../report/config-change.js';

export interface ActionSettings extends Omit<RunSettings, 'config'> {
  /** The config with the include and exclude inputs added. */
  config: Config;
  /** The pull request of this run, when the event is one. */
  pull: PullRequestEvent | undefined;
}

/**
 * The default config of the scanned folder's repository (so `path: infra` finds the repository's file),
 * as long as that repository is the checkout or inside it; a folder above the workspace is not the
 * checkout's to configure, so then the scanned folder's own file counts.
 */
function defaultConfigInWorkspace(inputs: ActionInputs): string {
  const location = defaultConfigLocation(inputs.root);
  return relative(inputs.workspace, location).startsWith('..') ? join(inputs.root, defaultConfigPath) : location;
}

/**
 * The config and baseline this run applies. On pull requests (with `config-from: auto` or `base`) they
 * come from the base commit, so the checkout cannot choose its own rules; a change the pull request
 * makes to them is described, not applied. Elsewhere they are the workspace's, read without links.
 */
export async function loadActionSettings(inputs: ActionInputs, env: NodeJS.ProcessEnv): Promise<ActionSettings> {
  const pull = pullRequestEvent(env);
  const paths: SettingsPaths = {
    workspace: inputs.workspace,
    config: inputs.configPath
      ? { path: inputs.configPath, explicit: true }
      : { path: defaultConfigInWorkspace(inputs), explicit: false },
    ...(inputs.baselinePath ? { baseline: inputs.baselinePath } : {}),
  };
  let settings: RunSettings;
  if (configFromBase(inputs.configFrom, pull) && pull) {
    try {
      settings = await baseSettings(paths, pull, {
        token: inputs.githubToken,
        repository: env.GITHUB_REPOSITORY ?? '',
        ...(env.GITHUB_API_URL ? { apiUrl: env.GITHUB_API_URL } : {}),
      });
    } catch (error) {
      throw new Error(
        `could not read the config and baseline of the pull request's base commit ${pull.baseSha} (${errorText(error)}); the token needs contents: read, or set config-from: workspace to trust the checkout's`,
      );
    }
    if (settings.change) core.notice(configChangeNotice(settings.change));
  } else settings = workspaceSettings(paths);
  return { ...settings, config: withGlobs(settings.config, inputs.include, inputs.exclude), pull };
}
