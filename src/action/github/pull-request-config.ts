import { relative, resolve, sep } from 'node:path';
import { ConfigError, defaultConfig, parseConfig, type Config } from '../../config/config.js';
import { readCheckoutFile } from '../../discovery/read.js';
import { maxSettingsBytes } from '../../config/load.js';
import type { SettingsUsed } from '../../config/source.js';
import { errorText } from '../../credentials/error-text.js';
import { BaselineError, parseBaseline } from '../../suppressions/baseline.js';
import { describeBaselineChange, describeConfigChange, type ConfigChange } from '../../report/config-change.js';
import { readBaseFiles, type BaseFile, type PullRequestEvent } from './base-config.js';

export interface SettingsPaths {
  workspace: string;
  /**
   * The config files that may apply, absolute, nearest first: the first one that exists is read. Chosen
   * from the inputs alone (`configCandidates`); `explicit` when the config input named the one file,
   * which must then exist.
   */
  config: { candidates: readonly string[]; explicit: boolean };
  /** Absolute path of the baseline, when the baseline input is set. */
  baseline?: string;
}

export interface RunSettings {
  config: Config;
  baseline: ReadonlySet<string>;
  /** What the pull request's own config or baseline would have turned off; undefined when it changes neither. */
  change?: ConfigChange;
  /** Where the settings were to come from, for the log. */
  source: 'workspace' | 'base';
  /** Which files applied, for the job summary. */
  used: SettingsUsed;
  /**
   * Why the base commit's settings could not be read: the built-in defaults were applied instead (never
   * the pull request's own), and the step must fail with this reason first.
   */
  failure?: string;
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

/** The first config file of the candidates that the workspace holds (read without links), if any. */
function firstInWorkspace(paths: SettingsPaths): { path: string; text: string } | undefined {
  for (const path of paths.config.candidates) {
    const text = readWorkspaceFile(path, paths.workspace, paths.config.explicit);
    if (text !== undefined) return { path, text };
  }
  return undefined;
}

/** A path relative to the repository root, or undefined when it lies outside the workspace (then it is the workflow's own file). */
function inRepository(path: string, workspace: string): string | undefined {
  const below = relative(resolve(workspace), path);
  if (below === '' || below.startsWith('..') || resolve(workspace, below) !== path) return undefined;
  return below.split(sep).join('/');
}

/** How a settings file is named in the summary: from the repository root, or absolute outside it. */
function shown(path: string, workspace: string): string {
  return inRepository(path, workspace) ?? path;
}

/** The workspace's config and baseline: on pushes, and wherever `config-from: workspace`. */
export function workspaceSettings(paths: SettingsPaths): RunSettings {
  const found = firstInWorkspace(paths);
  const baselineText = paths.baseline
    ? readWorkspaceFile(paths.baseline, paths.workspace, true, 'baseline')
    : undefined;
  return {
    config: found === undefined ? defaultConfig() : parseConfig(found.text, found.path),
    baseline: baselineText === undefined ? new Set() : parseBaseline(baselineText, paths.baseline ?? ''),
    source: 'workspace',
    used: {
      from: 'workspace',
      config: found && shown(found.path, paths.workspace),
      lookedFor: paths.config.candidates.map((path) => shown(path, paths.workspace)),
      baseline: paths.baseline ? { path: shown(paths.baseline, paths.workspace), found: true } : undefined,
    },
  };
}

/** A baseline outside the workspace is the workflow's own file, read from disk whatever the event. */
function outsideBaseline(paths: SettingsPaths): Set<string> {
  if (!paths.baseline || inRepository(paths.baseline, paths.workspace)) return new Set();
  return parseBaseline(readWorkspaceFile(paths.baseline, undefined, true, 'baseline') ?? '', paths.baseline);
}

/** The first candidate found: at the base commit when it is in the repository, else on disk (the workflow's own file). */
function firstAtBase(paths: SettingsPaths, remote: readonly BaseFile[]): { path: string; text: string } | undefined {
  for (const path of paths.config.candidates) {
    const inRepo = inRepository(path, paths.workspace);
    const text = inRepo
      ? remote.find((file) => file.path === inRepo)?.text
      : readWorkspaceFile(path, undefined, paths.config.explicit);
    if (text !== undefined) return { path: inRepo ?? path, text };
  }
  return undefined;
}

/**
 * The base commit's config and baseline, read through the API, so the pull request cannot choose the
 * rules it is checked by, nor, by adding or linking folders, which file holds them. The workspace's
 * versions are read only to say what they would have changed. When the base cannot be read (the API
 * fails, no network), the built-in defaults apply, never the pull request's own settings, and `failure`
 * says why.
 */
export async function baseSettings(
  paths: SettingsPaths,
  pull: PullRequestEvent,
  api: { token: string; repository: string; apiUrl?: string },
): Promise<RunSettings> {
  const candidatesInRepo = paths.config.candidates.flatMap((path) => inRepository(path, paths.workspace) ?? []);
  const baselinePath = paths.baseline ? inRepository(paths.baseline, paths.workspace) : undefined;
  const used = {
    from: { commit: pull.baseSha },
    lookedFor: paths.config.candidates.map((path) => shown(path, paths.workspace)),
  };
  let remote: BaseFile[];
  try {
    remote = await readBaseFiles({
      ...api,
      baseSha: pull.baseSha,
      paths: [...candidatesInRepo, ...(baselinePath ? [baselinePath] : [])],
      maxBytes: maxSettingsBytes,
    });
  } catch (error) {
    const reason = errorText(error);
    return {
      config: defaultConfig(),
      baseline: outsideBaseline(paths),
      source: 'base',
      used: {
        ...used,
        config: undefined,
        baseline: paths.baseline ? { path: shown(paths.baseline, paths.workspace), found: !baselinePath } : undefined,
        unreadable: reason,
      },
      failure: `could not read the config and baseline of the pull request's base commit ${pull.baseSha} (${reason}); the scan used the built-in defaults, not the pull request's own settings. The token needs contents: read, or set config-from: workspace to trust the checkout's`,
    };
  }
  const found = firstAtBase(paths, remote);
  const baseBaselineText = baselinePath ? remote.find((file) => file.path === baselinePath)?.text : undefined;
  const config = found === undefined ? defaultConfig() : parseConfig(found.text, `${found.path} at ${pull.baseSha}`);
  const baseline =
    baseBaselineText === undefined
      ? new Set<string>()
      : parseBaseline(baseBaselineText, `${baselinePath} at ${pull.baseSha}`);
  for (const fingerprint of outsideBaseline(paths)) baseline.add(fingerprint);
  const change = pullRequestChange(paths, { found, baselinePath, baseBaselineText, config, baseline });
  return {
    config,
    baseline,
    source: 'base',
    used: {
      ...used,
      config: found?.path,
      baseline: paths.baseline
        ? { path: shown(paths.baseline, paths.workspace), found: baseBaselineText !== undefined || !baselinePath }
        : undefined,
    },
    ...(change ? { change } : {}),
  };
}

/** What the pull request's own settings would have turned off: the config the workspace would apply, against the base's. */
function pullRequestChange(
  paths: SettingsPaths,
  base: {
    found: { path: string; text: string } | undefined;
    baselinePath: string | undefined;
    baseBaselineText: string | undefined;
    config: Config;
    baseline: ReadonlySet<string>;
  },
): ConfigChange | undefined {
  const files: string[] = [];
  const wouldTurnOff: string[] = [];
  const inRepo = paths.config.candidates.filter((path) => inRepository(path, paths.workspace) !== undefined);
  let head: { path: string; text: string } | undefined;
  let headRead = true;
  try {
    head = firstInWorkspace({ ...paths, config: { candidates: inRepo, explicit: false } });
  } catch (error) {
    // A config the pull request links or makes unreadable is not applied either way: it is only named.
    if (!(error instanceof ConfigError)) throw error;
    files.push(shown(error.source, paths.workspace));
    wouldTurnOff.push(`cannot be read (${error.problems.join('; ')}); the base commit’s settings are used`);
    headRead = false;
  }
  const headPath = head && shown(head.path, paths.workspace);
  if (headRead && inRepo.length > 0 && (headPath !== base.found?.path || head?.text !== base.found?.text)) {
    files.push(...new Set([headPath ?? base.found?.path ?? '', base.found?.path ?? headPath ?? '']));
    try {
      wouldTurnOff.push(
        ...describeConfigChange(
          base.config,
          head === undefined ? defaultConfig() : parseConfig(head.text, headPath ?? head.path),
        ),
      );
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      wouldTurnOff.push('is not a valid configuration (the base commit’s is used)');
    }
  }
  if (base.baselinePath && paths.baseline) {
    const headBaseline = readWorkspaceFile(paths.baseline, paths.workspace, false, 'baseline');
    if (headBaseline !== base.baseBaselineText) {
      files.push(base.baselinePath);
      try {
        wouldTurnOff.push(
          ...describeBaselineChange(
            base.baseline,
            parseBaseline(headBaseline ?? '{"version":1,"fingerprints":[]}', base.baselinePath),
          ),
        );
      } catch {
        wouldTurnOff.push('the pull request’s baseline is not a valid baseline');
      }
    }
  }
  return files.length > 0 ? { files, wouldTurnOff } : undefined;
}
