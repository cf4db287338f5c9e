import { relative, resolve, sep } from 'node:path';
import { ConfigError, defaultConfig, parseConfig, type Config } from '../../config/config.js';
import { readCheckoutFile } from '../../discovery/read.js';
import { maxSettingsBytes } from '../../config/load.js';
import { BaselineError, parseBaseline } from '../../suppressions/baseline.js';
import { describeBaselineChange, describeConfigChange, type ConfigChange } from '../../report/config-change.js';
import { readBaseFiles, type PullRequestEvent } from './base-config.js';

export interface SettingsPaths {
  workspace: string;
  /** Absolute path of the config file; `explicit` when an input named it (it must then exist). */
  config: { path: string; explicit: boolean };
  /** Absolute path of the baseline, when the baseline input is set. */
  baseline?: string;
}

export interface RunSettings {
  config: Config;
  baseline: ReadonlySet<string>;
  /** What the pull request's own config or baseline would have turned off; undefined when it changes neither. */
  change?: ConfigChange;
  /** Where the settings came from, for the log. */
  source: 'workspace' | 'base';
}

/**
 * Reads a settings file without following links (nor linked folders below `workspace`, when given);
 * undefined when missing and allowed to be.
 */
function readWorkspaceFile(
  path: string,
  workspace: string | undefined,
  mustExist: boolean,
  kind: 'config' | 'baseline' = 'config',
): string | undefined {
  const read = readCheckoutFile(path, maxSettingsBytes, workspace ? { root: workspace } : {});
  if (read.ok) return read.text;
  if (read.missing && !mustExist) return undefined;
  const reason = read.missing ? 'ENOENT' : read.reason;
  if (kind === 'baseline') throw new BaselineError(`cannot read the baseline ${path}: ${reason}`);
  throw new ConfigError(path, [`cannot read the file (${reason})`]);
}

/** The workspace's config and baseline: on pushes, and wherever `config-from: workspace`. */
export function workspaceSettings(paths: SettingsPaths): RunSettings {
  const configText = readWorkspaceFile(paths.config.path, paths.workspace, paths.config.explicit);
  const baselineText = paths.baseline
    ? readWorkspaceFile(paths.baseline, paths.workspace, true, 'baseline')
    : undefined;
  return {
    config: configText === undefined ? defaultConfig() : parseConfig(configText, paths.config.path),
    baseline: baselineText === undefined ? new Set() : parseBaseline(baselineText, paths.baseline ?? ''),
    source: 'workspace',
  };
}

/** A path relative to the repository root, or undefined when it lies outside the workspace (then it is the workflow's own file). */
function inRepository(path: string, workspace: string): string | undefined {
  const below = relative(resolve(workspace), path);
  if (below === '' || below.startsWith('..') || resolve(workspace, below) !== path) return undefined;
  return below.split(sep).join('/');
}

/**
 * The base commit's config and baseline, read through the API, so the pull request cannot choose the
 * rules it is checked by. The workspace's versions are read only to say what they would have changed.
 */
export async function baseSettings(
  paths: SettingsPaths,
  pull: PullRequestEvent,
  api: { token: string; repository: string; apiUrl?: string },
): Promise<RunSettings> {
  const configPath = inRepository(paths.config.path, paths.workspace);
  const baselinePath = paths.baseline ? inRepository(paths.baseline, paths.workspace) : undefined;
  const remote = await readBaseFiles({
    ...api,
    baseSha: pull.baseSha,
    paths: [configPath, baselinePath].filter((path): path is string => path !== undefined),
    maxBytes: maxSettingsBytes,
  });
  const atBase = (path: string | undefined) => remote.find((file) => file.path === path)?.text;
  const baseConfigText = configPath ? atBase(configPath) : readWorkspaceFile(paths.config.path, undefined, true);
  const baseBaselineText = baselinePath ? atBase(baselinePath) : undefined;
  const config =
    baseConfigText === undefined ? defaultConfig() : parseConfig(baseConfigText, `${configPath} at ${pull.baseSha}`);
  const baseline =
    baseBaselineText === undefined
      ? new Set<string>()
      : parseBaseline(baseBaselineText, `${baselinePath} at ${pull.baseSha}`);
  if (paths.baseline && !baselinePath) {
    const text = readWorkspaceFile(paths.baseline, undefined, true, 'baseline');
    for (const fingerprint of parseBaseline(text ?? '', paths.baseline)) baseline.add(fingerprint);
  }
  const change = pullRequestChange(paths, {
    configPath,
    baselinePath,
    baseConfigText,
    baseBaselineText,
    config,
    baseline,
  });
  return { config, baseline, source: 'base', ...(change ? { change } : {}) };
}

function pullRequestChange(
  paths: SettingsPaths,
  base: {
    configPath: string | undefined;
    baselinePath: string | undefined;
    baseConfigText: string | undefined;
    baseBaselineText: string | undefined;
    config: Config;
    baseline: ReadonlySet<string>;
  },
): ConfigChange | undefined {
  const files: string[] = [];
  const wouldTurnOff: string[] = [];
  if (base.configPath) {
    const head = readWorkspaceFile(paths.config.path, paths.workspace, false);
    if (head !== base.baseConfigText) {
      files.push(base.configPath);
      try {
        wouldTurnOff.push(
          ...describeConfigChange(
            base.config,
            head === undefined ? defaultConfig() : parseConfig(head, base.configPath),
          ),
        );
      } catch (error) {
        if (!(error instanceof ConfigError)) throw error;
        wouldTurnOff.push('is not a valid configuration (the base commit’s is used)');
      }
    }
  }
  if (base.baselinePath && paths.baseline) {
    const head = readWorkspaceFile(paths.baseline, paths.workspace, false, 'baseline');
    if (head !== base.baseBaselineText) {
      files.push(base.baselinePath);
      try {
        wouldTurnOff.push(
          ...describeBaselineChange(
            base.baseline,
            parseBaseline(head ?? '{"version":1,"fingerprints":[]}', base.baselinePath),
          ),
        );
      } catch {
        wouldTurnOff.push('the pull request’s baseline is not a valid baseline');
      }
    }
  }
  return files.length > 0 ? { files, wouldTurnOff } : undefined;
}
