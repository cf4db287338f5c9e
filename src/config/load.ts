import { join, resolve } from 'node:path';
import { globRefusal } from '../discovery/glob.js';
import { readCheckoutFile } from '../discovery/read.js';
import { findRepositoryRoot } from '../discovery/repository-root.js';
import { ConfigError, defaultConfig, defaultConfigPath, parseConfig, type Config } from './config.js';

/**
 * The config file that applies to a scanned path: `.github/ses-credential-hygiene.yml` at the root of
 * the repository the path is in (so `path: infra` still finds the repository's file), else under the
 * path itself.
 */
export function defaultConfigLocation(scanned: string): string {
  return join(repositoryOf(scanned), defaultConfigPath);
}

function repositoryOf(scanned: string): string {
  return findRepositoryRoot(scanned) ?? resolve(scanned);
}

/**
 * The config files that may apply to a scanned folder of a repository, nearest first: the default file in
 * the folder itself and in each folder above it, up to the repository root (`folder` is POSIX and
 * relative to that root, '' for the root). Decided from the path alone, never by looking at the checkout,
 * so a pull request that adds a `.github/` folder or a `.git` file cannot move the lookup; whichever of
 * these exists where the settings are read (the base commit, or a trusted workspace) applies.
 */
export function configCandidates(folder: string): string[] {
  const parts = folder.split('/').filter((part) => part !== '' && part !== '.');
  const candidates: string[] = [];
  for (let depth = parts.length; depth >= 0; depth--)
    candidates.push([...parts.slice(0, depth), defaultConfigPath].join('/'));
  return candidates;
}

/** Config and baseline files are small; anything larger is refused rather than read. */
export const maxSettingsBytes = 1024 * 1024;

/**
 * Loads the config: the file named explicitly (which must exist), else the default file of the scanned
 * path's repository when present, else the defaults. Either is read like a scanned file: never through a
 * symbolic link (for the default file, nor through a linked folder of the repository), never a device or
 * FIFO, at most `maxSettingsBytes` — a checkout may hold a config that is a link to `/dev/zero`.
 */
export async function loadConfig(root: string, explicitPath?: string): Promise<Config> {
  const path = explicitPath ?? defaultConfigLocation(root);
  const read = readCheckoutFile(path, maxSettingsBytes, explicitPath ? {} : { root: repositoryOf(root) });
  if (read.ok) return parseConfig(read.text, path);
  if (!explicitPath && read.missing) return defaultConfig();
  throw new ConfigError(path, [`cannot read the file (${read.missing ? 'ENOENT' : read.reason})`]);
}

/**
 * Adds include/exclude globs given as action inputs or CLI flags to the config's own; refuses one the config
 * file would refuse (`globRefusal`).
 */
export function withGlobs(config: Config, include: readonly string[], exclude: readonly string[]): Config {
  const problems = [
    ...include.map((glob) => ['include', glob] as const),
    ...exclude.map((glob) => ['exclude', glob] as const),
  ].flatMap(([list, glob]) => {
    const refused = globRefusal(glob);
    return refused ? [`${list} ${refused}`] : [];
  });
  if (problems.length > 0) throw new ConfigError('the include and exclude globs given', problems);
  return { ...config, include: [...config.include, ...include], exclude: [...config.exclude, ...exclude] };
}
