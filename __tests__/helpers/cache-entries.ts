import { readFileSync, writeFileSync } from 'node:fs';
import { decodeCache, encodeCache, settingsDigest } from '../../src/scan/cache.js';
import { defaultConfig } from '../../src/config/config.js';

/** The settings digest a scan with the default config keys its cache entries by. */
export function defaultSettingsDigest(): string {
  const config = defaultConfig();
  return settingsDigest({ nameRules: config.nameRules, maxFileBytes: config.maxFileBytes, limits: config.limits });
}

/** A cache file's entries as stored (key, encoded parse result); a file that fails to decode throws its reason. */
export function cacheEntriesOf(file: string): Array<[string, Uint8Array]> {
  const decoded = decodeCache(readFileSync(file), defaultSettingsDigest());
  if (!('entries' in decoded)) throw new Error(decoded.reason);
  return [...decoded.entries];
}

/** An entry stored as JSON (the others are V8-serialised). */
export const isJsonEntry = (bytes: Uint8Array): boolean => bytes[0] === 0x7b;

/**
 * Rewrites a cache file's JSON entries (each, or the first only) with `rewrite`, the others kept as they are;
 * gives how many it rewrote.
 */
export function rewriteJsonEntries(
  file: string,
  rewrite: (bytes: Uint8Array) => Uint8Array,
  which: 'each' | 'first' = 'each',
): number {
  let rewritten = 0;
  const entries = cacheEntriesOf(file).map(([key, bytes]): [string, Uint8Array] => {
    if (!isJsonEntry(bytes) || (which === 'first' && rewritten > 0)) return [key, bytes];
    rewritten += 1;
    return [key, rewrite(bytes)];
  });
  writeFileSync(file, encodeCache({ settings: defaultSettingsDigest(), entries }));
  return rewritten;
}
