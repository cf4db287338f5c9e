import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { findRepositoryRoot } from '../discovery/repository-root.js';
import { ConfigError, defaultConfig, defaultConfigPath, parseConfig, type Config } from './config.js';

/**
 * The config file that applies to a scanned path: `.github/ses-credential-hygiene.yml` at the root of
 * the repository the path is in (so `path: infra` still finds the repository's file), else under the
 * path itself.
 */
export function defaultConfigLocation(scanned: string): string {
  return join(findRepositoryRoot(scanned) ?? resolve(scanned), defaultConfigPath);
}

/**
 * Loads the config: the file named explicitly (which must exist), else the default file of the scanned
 * path's repository when present, else the defaults.
 */
export async function loadConfig(root: string, explicitPath?: string): Promise<Config> {
  const path = explicitPath ?? defaultConfigLocation(root);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (!explicitPath && (code === 'ENOENT' || code === 'ENOTDIR')) return defaultConfig();
    throw new ConfigError(path, [`cannot read the file (${code ?? String(error)})`]);
  }
  return parseConfig(text, path);
}

/** Adds include/exclude globs given as action inputs or CLI flags to the config's own. */
export function withGlobs(config: Config, include: readonly string[], exclude: readonly string[]): Config {
  return { ...config, include: [...config.include, ...include], exclude: [...config.exclude, ...exclude] };
}
