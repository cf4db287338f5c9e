import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ConfigError, defaultConfig, defaultConfigPath, parseConfig, type Config } from './config.js';

/**
 * Loads the config: the file named explicitly (which must exist), else the default path under the
 * scanned root when present, else the defaults.
 */
export async function loadConfig(root: string, explicitPath?: string): Promise<Config> {
  const path = explicitPath ?? join(root, defaultConfigPath);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if (!explicitPath && (error as { code?: string }).code === 'ENOENT') return defaultConfig();
    throw new ConfigError(path, [`cannot read the file (${(error as { code?: string }).code ?? String(error)})`]);
  }
  return parseConfig(text, path);
}

/** Adds include/exclude globs given as action inputs or CLI flags to the config's own. */
export function withGlobs(config: Config, include: readonly string[], exclude: readonly string[]): Config {
  return { ...config, include: [...config.include, ...include], exclude: [...config.exclude, ...exclude] };
}
