import { createHash } from 'node:crypto';
import { lstatSync, readFileSync, readSync, realpathSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import { toolVersion } from '../common/version.js';
import { errorCode } from '../common/error-code.js';
import { countInTimings, parseStage, timed } from '../common/timings.js';
import { adapterFor } from '../formats/index.js';
import { readRegularFile } from '../discovery/read.js';
import { safeWriteFile } from '../discovery/safe-write.js';
import { relativeBelow } from '../discovery/paths.js';
import type { Candidate } from '../discovery/walk.js';
import { gitBlobId, readGitIndex, stillMatches, type GitIndex } from '../discovery/git-index.js';
import { errorText } from '../credentials/error-text.js';
import type { ParsedFile, ParseSettings } from './parse-files.js';
import { readAndParseAll, type ThreadChoice } from './parse-worker.js';

/**
 * A per-file cache of parse results, content-addressed: an entry's key is a SHA-256 of the tool's version
 * and build, the settings that change parsing, the file's path and its bytes. A file whose bytes changed
 * has another key, so no stale entry can answer for it, and no git is needed to know what changed.
 * One file per scan root holds the entries of the last scan; anything in it that fails to decode or
 * verify is ignored with a note and the files parsed anew.
 */
export interface CacheOptions {
  /**
   * The folder of cache files (trusted: the user's, like the config). One inside the scanned folder is
   * not: a pull request's checkout could put a cache file there whose entries (their keys are computable)
   * hide its findings, so such a folder is neither read nor written (`insideScannedFolder`).
   */
  dir: string;
  /** Notes for the person running the scan: how many files came from the cache, and what was ignored. */
  tell?: (note: string) => void;
  /** The scan's hits and misses, for a caller that counts them. */
  counted?: (use: CacheUse) => void;
}

/** Hits and misses of one scan; a file over the size limit or unreadable is a miss every time. */
export interface CacheUse {
  hits: number;
  misses: number;
  /** Files known by their git index entry (stat unchanged, so its blob names the bytes): not read to be looked up. */
  fromIndex: number;
  /** Files of a format whose model cannot be stored (Terraform's): parsed on every scan. */
  uncached: number;
  notes: string[];
}

/**
 * Whether a file's parse result can be stored: the models that cross to the parse worker are plain data,
 * but a Terraform model keeps its parsed tree (a class with lazy getters) for the configuration's join,
 * which serialization would lose; until the adapter gives plain data, Terraform files are parsed every scan.
 */
export function cacheable(path: string): boolean {
  const adapter = adapterFor(path);
  return adapter !== undefined && parseStage(adapter.id) !== 'hcl parse';
}

/** A cache file larger than this is neither read nor written: a scan's memory stays bounded. */
export const maxCacheBytes = 256 * 1024 * 1024;

const magic = Buffer.from('ses-credential-hygiene parse cache 1\n', 'utf8');
const digestBytes = 32;

interface CacheContents {
  version: string;
  build: string;
  settings: string;
  entries: Array<[key: string, parsed: ParsedFile]>;
}

const sha256 = (...parts: Array<string | Uint8Array>): string => {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex');
};

/**
 * The build's own fingerprint: the version alone does not change while parsers do between builds. In the
 * bundle this module is the whole program; compiled one file each, it is this file only.
 */
let buildDigest: string | undefined;
function build(): string {
  if (buildDigest === undefined) {
    try {
      buildDigest = sha256(readFileSync(fileURLToPath(import.meta.url)));
    } catch {
      buildDigest = 'unknown';
    }
  }
  return buildDigest;
}

/** The parts of the configuration that change what parsing gives: the name rows and the limits. */
export function settingsDigest(settings: ParseSettings): string {
  return sha256(
    JSON.stringify(settings, (_key, value: unknown) =>
      value instanceof RegExp ? `/${value.source}/${value.flags}` : value,
    ),
  );
}

/** The cache file of one scan root: named by the root's absolute path, so several roots never share one. */
export function cacheFileFor(dir: string, root: string): string {
  return join(dir, `parse-${sha256(resolve(root)).slice(0, 24)}.v8`);
}

/** An open file's bytes, up to the size it had when opened (a file that shrank meanwhile gives fewer). */
export function readAll(fd: number, size: number): Buffer {
  const buffer = Buffer.allocUnsafe(size);
  let filled = 0;
  while (filled < size) {
    const got = readSync(fd, buffer, filled, size - filled, filled);
    if (got === 0) break;
    filled += got;
  }
  return buffer.subarray(0, filled);
}

/** A file's bytes under the size limit, read without following a link; undefined when it cannot be cached. */
function bytesOf(candidate: Candidate, maxBytes: number): Buffer | undefined {
  const read = readRegularFile(candidate.absolute, (fd, size) => (size > maxBytes ? undefined : readAll(fd, size)));
  return read instanceof Buffer ? read : undefined;
}

/** A file's cache key, and the git blob it names when it came from the index (so the bytes were not read). */
interface Keyed {
  key: string;
  blob?: { id: string; size: number };
}

function keyOf(candidate: Candidate, settings: ParseSettings, digest: string, index?: GitIndex): Keyed | undefined {
  if (!cacheable(candidate.path)) return undefined;
  const known = index && keyFromIndex(candidate, settings, digest, index);
  if (known) return known;
  const bytes = bytesOf(candidate, settings.maxFileBytes);
  return bytes && { key: sha256(toolVersion, build(), digest, candidate.path, bytes) };
}

/**
 * The key of a tracked file whose stat still matches its index entry, from the blob's id without reading
 * the file. The size is part of the key: an entry is stored under it only when the bytes read were the
 * blob's, so a checkout that converts line ends or smudges (the size differs) never meets another's entry.
 */
function keyFromIndex(
  candidate: Candidate,
  settings: ParseSettings,
  digest: string,
  index: GitIndex,
): Keyed | undefined {
  const entry = index.entries.get(candidate.path);
  if (!entry) return undefined;
  let stat;
  try {
    stat = lstatSync(candidate.absolute, { bigint: true });
  } catch {
    return undefined;
  }
  if (!stat.isFile() || stat.size > BigInt(settings.maxFileBytes) || !stillMatches(entry, stat, index.writtenNs))
    return undefined;
  const size = Number(stat.size);
  return {
    key: sha256(toolVersion, build(), digest, candidate.path, 'git blob', entry.blob, String(size)),
    blob: { id: entry.blob, size },
  };
}

/** Whether the file still has the bytes its key names, read once more after parsing: only then is its entry stored. */
function stillKeyed(candidate: Candidate, keyed: Keyed, settings: ParseSettings, digest: string): boolean {
  if (!keyed.blob) return keyOf(candidate, settings, digest)?.key === keyed.key;
  const bytes = bytesOf(candidate, settings.maxFileBytes);
  return bytes !== undefined && bytes.length === keyed.blob.size && gitBlobId(bytes) === keyed.blob.id;
}

/** The git index of a scan root, or undefined with a note when one is there but cannot be trusted. */
function indexOf(root: string, notes: string[]): GitIndex | undefined {
  const read = readGitIndex(root);
  if ('note' in read) notes.push(`did not use .git/index (${read.note}): every file is read to be looked up`);
  return 'index' in read ? read.index : undefined;
}

/**
 * Whether a decoded value is plain data of the kinds a scan stores (primitives, dense arrays, plain objects,
 * Maps, Sets), with no `__proto__` key, within `budget` nodes counted as a tree (shared objects once per path to
 * them, a cycle until the budget runs out). The cache file is input: a sparse array of 2³² holes decodes
 * from 20 bytes, and one pass over it takes minutes, so every length is checked before anything iterates.
 */
export function plainData(value: unknown, budget: { left: number }): boolean {
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const next = pending.pop();
    if (--budget.left < 0) return false;
    if (typeof next === 'function' || typeof next === 'symbol') return false;
    if (next === null || typeof next !== 'object') continue;
    if (Array.isArray(next)) {
      if (next.length > budget.left) return false;
      for (let index = 0; index < next.length; index++) {
        if (!(index in next)) return false;
        pending.push(next[index]);
      }
      continue;
    }
    const tag = Object.prototype.toString.call(next);
    if (tag === '[object Map]' || tag === '[object Set]') {
      const collection = next as Map<unknown, unknown> | Set<unknown>;
      if (collection.size * 2 > budget.left) return false;
      for (const item of collection.values()) pending.push(item);
      if (tag === '[object Map]') for (const key of (collection as Map<unknown, unknown>).keys()) pending.push(key);
      continue;
    }
    // Compared by shape, not identity: a test's VM context has its own Object.prototype.
    const prototype: unknown = Object.getPrototypeOf(next);
    if (tag !== '[object Object]' || (prototype !== null && Object.getPrototypeOf(prototype) !== null)) return false;
    const keys = Object.keys(next);
    if (keys.length > budget.left || keys.includes('__proto__')) return false;
    for (const key of keys) pending.push((next as Record<string, unknown>)[key]);
  }
  return true;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

const problemsOf = (value: unknown, path: string): boolean =>
  Array.isArray(value) &&
  value.every((problem) => isRecord(problem) && problem.file === path && typeof problem.message === 'string');

/** An entry answers only for its own file: its path, its model's and its problems' all name that file. */
export function fitsFile(value: unknown, path: string): value is ParsedFile {
  if (!isRecord(value) || value.path !== path || !problemsOf(value.problems, path)) return false;
  // Tagged, not `instanceof`: a decoded Map may come from another realm (a test's VM context).
  if (value.ignores !== undefined && Object.prototype.toString.call(value.ignores) !== '[object Map]') return false;
  const model = value.model;
  if (model === undefined) return true;
  return (
    isRecord(model) &&
    model.file === path &&
    typeof model.format === 'string' &&
    Array.isArray(model.references) &&
    Array.isArray(model.uses) &&
    problemsOf(model.problems, path)
  );
}

/** Decodes a cache file's bytes; a reason instead when they are not one this build wrote for these settings. */
export function decodeCache(
  bytes: Buffer,
  settings: string,
): { entries: Map<string, unknown>; bytes: number } | { reason: string } {
  if (bytes.length < magic.length + digestBytes || !bytes.subarray(0, magic.length).equals(magic))
    return { reason: 'not a cache file of this tool' };
  const digest = bytes.subarray(magic.length, magic.length + digestBytes);
  const payload = bytes.subarray(magic.length + digestBytes);
  if (!createHash('sha256').update(payload).digest().equals(digest))
    return { reason: 'its checksum does not match (truncated or altered)' };
  let contents: unknown;
  try {
    contents = deserialize(payload);
  } catch (error) {
    return { reason: `it could not be decoded (${errorText(error)})` };
  }
  if (!isRecord(contents) || !Array.isArray(contents.entries)) return { reason: 'it holds no entries' };
  // Checked before anything iterates it: a sparse array can claim 2³² entries in a few bytes.
  if (contents.entries.length > payload.length) return { reason: 'it claims more entries than it has bytes' };
  if (contents.version !== toolVersion || contents.build !== build()) {
    // The version is quoted only when it reads as one: the file is input, and the reason is printed.
    const version = typeof contents.version === 'string' && /^[\w.+-]{1,40}$/.test(contents.version);
    return { reason: `it was written by another build${version ? ` (${String(contents.version)})` : ''}` };
  }
  if (contents.settings !== settings) return { reason: 'it was written with other name rules or limits' };
  const entries = new Map<string, unknown>();
  for (const entry of contents.entries as unknown[])
    if (Array.isArray(entry) && typeof entry[0] === 'string') entries.set(entry[0], entry[1]);
  return { entries, bytes: payload.length };
}

export function encodeCache(contents: Omit<CacheContents, 'version' | 'build'>): Buffer {
  const payload = serialize({ version: toolVersion, build: build(), ...contents } satisfies CacheContents);
  return Buffer.concat([magic, createHash('sha256').update(payload).digest(), payload]);
}

/**
 * The nodes the entries of a cache file of this many bytes may hold, counted as a tree: a parse result
 * shares few objects, so a real cache stays far below it (the scale-1 bench corpus: 0.05 nodes a byte).
 */
const nodesPerByte = 4;

function loadCache(file: string, settings: string, notes: string[]): { entries: Map<string, unknown>; nodes: number } {
  const read = readRegularFile(file, (fd, size) => {
    if (size > maxCacheBytes) return { reason: `it is larger than ${maxCacheBytes} bytes` };
    return decodeCache(readAll(fd, size), settings);
  });
  if ('entries' in read) return { entries: read.entries, nodes: read.bytes * nodesPerByte };
  // No cache yet is the cold scan, not a problem.
  if (!('ok' in read) || !read.reason.includes('ENOENT')) notes.push(`ignored the cache file ${file}: ${read.reason}`);
  return { entries: new Map(), nodes: 0 };
}

/** Writes the file whole or not at all: a temporary file beside it, renamed over it. */
function storeCache(file: string, contents: Buffer, notes: string[]): void {
  if (contents.length > maxCacheBytes) {
    notes.push(`did not write the cache: ${contents.length} bytes is over ${maxCacheBytes}`);
    return;
  }
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    safeWriteFile(temporary, contents);
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    notes.push(`could not write the cache file ${file} (${errorCode(error) ?? errorText(error)})`);
  }
}

/** A path with links resolved as far as it exists (the rest, not yet made, appended as it is). */
function realPath(path: string): string {
  const missing: string[] = [];
  let at = resolve(path);
  for (;;) {
    try {
      return join(realpathSync.native(at), ...missing.reverse());
    } catch {
      const parent = dirname(at);
      if (parent === at) return resolve(path);
      missing.push(basename(at));
      at = parent;
    }
  }
}

/** Whether the cache folder is the scanned folder or below it, as named or once links are resolved. */
export function insideScannedFolder(dir: string, root: string): boolean {
  return (
    relativeBelow(resolve(root), resolve(dir)) !== undefined ||
    relativeBelow(realPath(root), realPath(dir)) !== undefined
  );
}

/**
 * Reads and parses the candidates as `readAndParseAll` does, taking from the cache every file whose key
 * it holds, and writes the cache back with this scan's entries. In a git work tree, a tracked file whose
 * stat matches its index entry is looked up by its blob without being read; any other file is read and
 * hashed. A missed file is read once more after parsing, to check its bytes did not change meanwhile (an
 * entry is stored only then).
 */
export async function readAndParseCached(
  candidates: readonly Candidate[],
  settings: ParseSettings,
  threads: ThreadChoice | undefined,
  root: string,
  cache: CacheOptions,
): Promise<ParsedFile[]> {
  if (insideScannedFolder(cache.dir, root)) {
    const note = `not used: the cache folder ${cache.dir} is inside the scanned folder, whose files the checkout controls`;
    cache.counted?.({ hits: 0, misses: candidates.length, fromIndex: 0, uncached: 0, notes: [note] });
    cache.tell?.(note);
    return readAndParseAll(candidates, settings, threads);
  }
  const notes: string[] = [];
  const digest = settingsDigest(settings);
  const file = cacheFileFor(cache.dir, root);
  const stored = timed('cache load', () => loadCache(file, digest, notes));
  const index = timed('git index', () => indexOf(root, notes));
  const keys = timed('cache keys', () => candidates.map((candidate) => keyOf(candidate, settings, digest, index)));
  const { hits, missed, unfit } = timed('cache check', () => lookUp(candidates, keys, stored));
  if (unfit > 0) notes.push(`ignored ${unfit} cache entr${unfit === 1 ? 'y' : 'ies'} that did not match their file`);
  const parsed = await readAndParseAll(missed, settings, threads);
  const entries = timed('cache store', () => {
    const fresh = new Map(parsed.map((one) => [one.path, one]));
    const list: Array<[string, ParsedFile]> = [];
    candidates.forEach((candidate, index) => {
      const keyed = keys[index];
      const hit = hits.get(index);
      const made = fresh.get(candidate.path);
      if (keyed === undefined) return;
      if (hit) list.push([keyed.key, hit]);
      // Stored only when the bytes parsed are still the bytes keyed: a file edited meanwhile waits for the next scan.
      else if (made && stillKeyed(candidate, keyed, settings, digest)) list.push([keyed.key, made]);
    });
    storeCache(file, encodeCache({ settings: digest, entries: list }), notes);
    return list.length;
  });
  const uncached = keys.filter((keyed) => keyed === undefined).length;
  const fromIndex = keys.filter((keyed) => keyed?.blob).length;
  const use: CacheUse = { hits: hits.size, misses: missed.length - uncached, fromIndex, uncached, notes };
  countInTimings('cache hits', use.hits);
  countInTimings('cache misses', use.misses);
  countInTimings('cache from index', use.fromIndex);
  countInTimings('cache uncached', use.uncached);
  countInTimings('cache entries', entries);
  cache.counted?.(use);
  for (const note of notes) cache.tell?.(note);
  cache.tell?.(usedLine(use, candidates.length));
  return [...hits.values(), ...parsed];
}

/** The entries that answer for their files; a decoded entry is checked as data first, within the file's node budget. */
function lookUp(
  candidates: readonly Candidate[],
  keys: ReadonlyArray<Keyed | undefined>,
  stored: { entries: Map<string, unknown>; nodes: number },
): { hits: Map<number, ParsedFile>; missed: Candidate[]; unfit: number } {
  const hits = new Map<number, ParsedFile>();
  const missed: Candidate[] = [];
  const budget = { left: stored.nodes };
  let unfit = 0;
  candidates.forEach((candidate, index) => {
    const key = keys[index]?.key;
    const entry = key === undefined ? undefined : stored.entries.get(key);
    if (entry !== undefined && plainData(entry, budget) && fitsFile(entry, candidate.path)) hits.set(index, entry);
    else {
      if (entry !== undefined) unfit += 1;
      missed.push(candidate);
    }
  });
  return { hits, missed, unfit };
}

/** The note that ends a cached scan: how many files came from the cache, how many were parsed, and why. */
export function usedLine(use: CacheUse, files: number): string {
  return (
    `${use.hits} of ${files} files from the cache, ${use.misses} parsed` +
    (use.uncached > 0 ? `, ${use.uncached} parsed as always (Terraform, or over the size limit)` : '') +
    (use.fromIndex > 0 ? `; ${use.fromIndex} known from .git/index without reading them` : '')
  );
}
