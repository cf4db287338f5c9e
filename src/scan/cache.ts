import { createHash, hash } from 'node:crypto';
import { lstatSync, readFileSync, realpathSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import { toolVersion } from '../common/version.js';
import { errorCode } from '../common/error-code.js';
import { countInTimings, timed } from '../common/timings.js';
import { hasPlainPrototype, isMap, isRecord, isSet, tagOf } from '../common/plain-data.js';
import { adapterFor, formatFactsFitFile, rememberedJoins } from '../formats/index.js';
import { readAll, readRegularFile } from '../discovery/read.js';
import { safeWriteFile } from '../discovery/safe-write.js';
import { relativeBelow } from '../discovery/paths.js';
import type { Candidate } from '../discovery/walk.js';
import { emptyModel } from '../model/scan-model.js';
import {
  gitBlobId,
  PathSieve,
  readGitIndex,
  stillMatches,
  type GitIndex,
  type IndexEntry,
} from '../discovery/git-index.js';
import { errorText } from '../credentials/error-text.js';
import type { ParsedFile, ParseSettings } from './parse-files.js';
import { readAndParseAll, type ThreadChoice } from './parse-worker.js';
import { holdYoungGenerationForWarmScan, releaseWarmScanHold } from './young-generation.js';

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
  /** Files over the size limit or unreadable: parsed (or read as text) on every scan. */
  uncached: number;
  /**
   * Files in the cache but parsed again all the same: a file of their format whose join the cache keeps
   * whole (Terraform's configuration) changed, and the join reads every file's tree.
   */
  rejoined: number;
  notes: string[];
}

/**
 * Whether a file's parse result can be stored: a file some adapter reads. A Terraform model's parsed tree
 * (a class with lazy getters, which serialization would lose) is left out of its entry; what the
 * configuration's join read of the trees is stored beside the entries instead (`rememberedJoins`).
 */
export function cacheable(path: string): boolean {
  return adapterFor(path) !== undefined;
}

/** A cache file larger than this is neither read nor written: a scan's memory stays bounded. */
export const maxCacheBytes = 256 * 1024 * 1024;

const magic = Buffer.from('ses-credential-hygiene parse cache 2\n', 'utf8');
const digestBytes = 32;

/**
 * The file: the magic line, a SHA-256 of the rest, then a header line of JSON (the version, the build,
 * the settings' digest, the number of entries) and the entries, each a 32-byte key, a 4-byte length and
 * its value encoded on its own: a parse result as JSON when JSON gives it back exactly (`jsonExact`), an
 * empty file's as a NUL and its path and format, anything else serialized by `node:v8`; the first byte
 * tells which. A scan decodes only the entries it looks up, and writes back those it took from the cache
 * as they were.
 */
interface CacheHeader {
  version: string;
  build: string;
  settings: string;
  entries: number;
}

interface CacheContents {
  settings: string;
  /** Keys are SHA-256s in hex. */
  entries: Array<[key: string, value: Uint8Array]>;
}

/** SHA-256 of the parts, each followed by a NUL; text alone is hashed in one call (the same digest). */
const sha256 = (...parts: Array<string | Uint8Array>): string => {
  if (parts.every((part) => typeof part === 'string')) return hash('sha256', `${parts.join('\0')}\0`, 'hex');
  const digest = createHash('sha256');
  for (const part of parts) digest.update(part).update('\0');
  return digest.digest('hex');
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

/** A file's bytes under the size limit, read without following a link; undefined when it cannot be cached. */
function bytesOf(candidate: Candidate, maxBytes: number): Buffer | undefined {
  const read = readRegularFile(candidate.absolute, (fd, size) => (size > maxBytes ? undefined : readAll(fd, size)));
  return read instanceof Buffer ? read : undefined;
}

/** A file's git index entry (none when the index does not list it), and when the index was written. */
interface Listed {
  entry: IndexEntry | undefined;
  writtenNs: bigint;
}

/** A file's cache key, and the git blob it names when it came from the index (so the bytes were not read). */
interface Keyed {
  key: string;
  blob?: { id: string; size: number };
}

/** The key of a file some adapter reads (the caller knows it is one). */
function keyOf(candidate: Candidate, settings: ParseSettings, digest: string, listed?: Listed): Keyed | undefined {
  const known = listed && keyFromIndex(candidate, settings, digest, listed);
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
  { entry, writtenNs }: Listed,
): Keyed | undefined {
  if (!entry) return undefined;
  let stat;
  try {
    stat = lstatSync(candidate.absolute, { bigint: true });
  } catch {
    return undefined;
  }
  if (!stat.isFile() || stat.size > BigInt(settings.maxFileBytes) || !stillMatches(entry, stat, writtenNs))
    return undefined;
  const size = Number(stat.size);
  const blob = entry.blob;
  return {
    // sha256(toolVersion, build(), digest, path, 'git blob', blob, size), written out: it runs for every file.
    key: hash(
      'sha256',
      `${toolVersion}\0${build()}\0${digest}\0${candidate.path}\0git blob\0${blob}\0${size}\0`,
      'hex',
    ),
    blob: { id: blob, size },
  };
}

/** Whether the file still has the bytes its key names, read once more after parsing: only then is its entry stored. */
function stillKeyed(candidate: Candidate, keyed: Keyed, settings: ParseSettings, digest: string): boolean {
  if (!keyed.blob) return keyOf(candidate, settings, digest)?.key === keyed.key;
  const bytes = bytesOf(candidate, settings.maxFileBytes);
  return bytes !== undefined && bytes.length === keyed.blob.size && gitBlobId(bytes) === keyed.blob.id;
}

/** The git index of a scan root, or undefined with a note when one is there but cannot be trusted. */
function indexOf(root: string, notes: string[], paths: readonly string[]): GitIndex | undefined {
  const read = readGitIndex(root, new PathSieve(paths));
  if ('note' in read) notes.push(`did not use .git/index (${read.note}): every file is read to be looked up`);
  return 'index' in read ? read.index : undefined;
}

/**
 * Whether a decoded value is plain data of the kinds a scan stores (primitives, dense arrays, plain objects,
 * Maps, Sets), with no `__proto__` key, within `budget` nodes counted as a tree (shared objects once per path to
 * them, a cycle until the budget runs out). The cache file is input: a sparse array of 2³² holes decodes
 * from 20 bytes, and one pass over it takes minutes, so every length is checked before anything iterates.
 * No BigInt: no model holds one, and one where a number is read throws (`1n + 1`).
 */
export function plainData(value: unknown, budget: { left: number }): boolean {
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const next = pending.pop();
    if (--budget.left < 0) return false;
    if (typeof next === 'function' || typeof next === 'symbol' || typeof next === 'bigint') return false;
    if (next === null || typeof next !== 'object') continue;
    if (Array.isArray(next)) {
      if (next.length > budget.left) return false;
      for (let index = 0; index < next.length; index++) {
        if (!(index in next)) return false;
        pending.push(next[index]);
      }
      continue;
    }
    // The tag read once (as `isMap` and `isSet` read it): it looks the prototype chain up.
    const tag = tagOf(next);
    if (tag === '[object Map]' || tag === '[object Set]') {
      const collection = next as ReadonlyMap<unknown, unknown> | ReadonlySet<unknown>;
      if (collection.size * 2 > budget.left) return false;
      for (const item of collection.values()) pending.push(item);
      if (tag === '[object Map]') for (const key of (next as ReadonlyMap<unknown, unknown>).keys()) pending.push(key);
      continue;
    }
    if (tag !== '[object Object]' || !hasPlainPrototype(next)) return false;
    const keys = Object.keys(next);
    if (keys.length > budget.left || keys.includes('__proto__')) return false;
    // The values as a builtin lists them (the keys' order): a load per key by name is slow on data of many shapes.
    for (const item of Object.values(next)) pending.push(item);
  }
  return true;
}

const problemsOf = (value: unknown, path: string): boolean =>
  Array.isArray(value) &&
  value.every((problem) => isRecord(problem) && problem.file === path && typeof problem.message === 'string');

/** An entry answers only for its own file: its path, its model's and its problems' all name that file. */
export function fitsFile(value: unknown, path: string): value is ParsedFile {
  if (!isRecord(value) || value.path !== path || !problemsOf(value.problems, path)) return false;
  if (value.ignores !== undefined && !isMap(value.ignores)) return false;
  const model = value.model;
  if (model === undefined) return true;
  return (
    isRecord(model) &&
    model.file === path &&
    typeof model.format === 'string' &&
    Array.isArray(model.references) &&
    Array.isArray(model.uses) &&
    problemsOf(model.problems, path) &&
    formatFactsFitFile(model.formatFacts, path)
  );
}

/** Decodes a cache file's bytes; a reason instead when they are not one this build wrote for these settings. */
export function decodeCache(
  bytes: Buffer,
  settings: string,
): { entries: Map<string, Uint8Array>; bytes: number } | { reason: string } {
  if (bytes.length < magic.length + digestBytes || !bytes.subarray(0, magic.length).equals(magic))
    return { reason: 'not a cache file of this tool' };
  const digest = bytes.subarray(magic.length, magic.length + digestBytes);
  const payload = bytes.subarray(magic.length + digestBytes);
  if (!createHash('sha256').update(payload).digest().equals(digest))
    return { reason: 'its checksum does not match (truncated or altered)' };
  const newline = payload.indexOf(0x0a);
  let header: unknown;
  try {
    header = newline < 0 ? undefined : JSON.parse(payload.toString('utf8', 0, newline));
  } catch (error) {
    return { reason: `it could not be decoded (${errorText(error)})` };
  }
  if (!isRecord(header) || typeof header.entries !== 'number' || !Number.isSafeInteger(header.entries))
    return { reason: 'it holds no entries' };
  if (header.version !== toolVersion || header.build !== build()) {
    // The version is quoted only when it reads as one: the file is input, and the reason is printed.
    const version = typeof header.version === 'string' && /^[\w.+-]{1,40}$/.test(header.version);
    return { reason: `it was written by another build${version ? ` (${String(header.version)})` : ''}` };
  }
  if (header.settings !== settings) return { reason: 'it was written with other name rules or limits' };
  // Checked before anything is allocated for them: each entry takes at least its key and length.
  if (header.entries < 0 || header.entries * (keyBytes + 4) > payload.length - newline - 1)
    return { reason: 'it claims more entries than it has bytes' };
  const entries = new Map<string, Uint8Array>();
  let at = newline + 1;
  for (let count = 0; count < header.entries; count++) {
    if (at + keyBytes + 4 > payload.length) return { reason: 'an entry runs past its end' };
    const key = payload.toString('hex', at, at + keyBytes);
    const length = payload.readUInt32BE(at + keyBytes);
    at += keyBytes + 4;
    if (at + length > payload.length) return { reason: 'an entry runs past its end' };
    entries.set(key, payload.subarray(at, at + length));
    at += length;
  }
  if (at !== payload.length) return { reason: 'it has bytes after its last entry' };
  return { entries, bytes: payload.length };
}

const keyBytes = 32;

export function encodeCache(contents: CacheContents): Buffer {
  return Buffer.concat(cachePieces(contents));
}

/**
 * The file's bytes as a list of pieces, in order: the magic line, the digest, the header, then the entries.
 * An entry taken from the cache file read is still there whole, its key and length before its value, and the
 * entries of a scan come in the order they were stored: such entries are given as runs of the bytes read,
 * not copied into a new buffer as large as the file (most entries of a re-scan are such).
 */
function cachePieces(contents: CacheContents): Uint8Array[] {
  const header: CacheHeader = {
    version: toolVersion,
    build: build(),
    settings: contents.settings,
    entries: contents.entries.length,
  };
  const digest = createHash('sha256');
  const pieces: Uint8Array[] = [];
  const add = (piece: Uint8Array) => {
    digest.update(piece);
    pieces.push(piece);
  };
  add(Buffer.from(`${JSON.stringify(header)}\n`, 'utf8'));
  // A run of whole entries lying one after the other in one buffer: given as one piece.
  let run: { bytes: Buffer; start: number; end: number } | undefined;
  const endRun = () => {
    if (run) add(run.bytes.subarray(run.start, run.end));
    run = undefined;
  };
  for (const [key, value] of contents.entries) {
    const bytes = run?.bytes.buffer === value.buffer ? run.bytes : Buffer.from(value.buffer);
    const start = value.byteOffset - keyBytes - 4;
    // The bytes before the value are this very key and length: the entry is already written there.
    const whole =
      start >= 0 &&
      bytes.readUInt32BE(start + keyBytes) === value.length &&
      bytes.toString('hex', start, start + keyBytes) === key;
    if (whole && run?.bytes === bytes && run.end === start) {
      run.end = value.byteOffset + value.length;
      continue;
    }
    endRun();
    if (whole) {
      run = { bytes, start, end: value.byteOffset + value.length };
      continue;
    }
    const head = Buffer.allocUnsafe(keyBytes + 4);
    head.write(key, 0, keyBytes, 'hex');
    head.writeUInt32BE(value.length, keyBytes);
    add(head);
    add(value);
  }
  endRun();
  return [magic, digest.digest(), ...pieces];
}

/**
 * One entry's value, decoded and checked to be plain data within what is left of the file's node budget;
 * undefined when it is not.
 */
export function decodeEntry(bytes: Uint8Array, budget: { left: number }): { value: unknown } | undefined {
  let value: unknown;
  try {
    value = deserialize(bytes);
  } catch {
    return undefined;
  }
  return plainData(value, budget) ? { value } : undefined;
}

/**
 * A parsed file with nothing in it for the scan (no format read it, or its model is empty) is stored as
 * its path and format alone, a NUL first (serialized data starts otherwise): most files of a repository
 * are such, and each costs a decode. Its path is stored, so the entry answers for its own file only.
 */
function encodeParsed(parsed: ParsedFile): Uint8Array {
  const format = parsed.model?.format;
  if (isEmpty(parsed)) return Buffer.from(`\0${JSON.stringify([parsed.path, format ?? null])}`, 'utf8');
  const kept = storable(parsed);
  return jsonExact(kept) ? Buffer.from(asciiJson(JSON.stringify(kept)), 'latin1') : encodeEntry(kept);
}

/**
 * JSON text with every character above ASCII written as its `\u` escape (which JSON reads back as the same
 * character): an entry of ASCII alone decodes to a one-byte string, which `JSON.parse` reads faster and which
 * takes half the memory of the two-byte string one `›` in a workflow's step label makes of the whole entry.
 */
function asciiJson(json: string): string {
  return /[^\x00-\x7f]/.test(json)
    ? json.replace(/[^\x00-\x7f]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`)
    : json;
}

/**
 * Whether JSON gives the value back exactly: plain objects and dense arrays of strings, booleans, null and
 * finite numbers (not -0), no key holding undefined, no Map or Set. Most parse results are such, and
 * `JSON.parse` decodes them in about half the time `deserialize` takes, with no check of the result as
 * data needed but for a `__proto__` key (`jsonDecoded`): what it gives is plain data by construction.
 */
export function jsonExact(value: unknown): boolean {
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const next = pending.pop();
    if (next === null || typeof next === 'string' || typeof next === 'boolean') continue;
    if (typeof next === 'number') {
      if (!Number.isFinite(next) || Object.is(next, -0)) return false;
      continue;
    }
    if (typeof next !== 'object') return false;
    if (Array.isArray(next)) {
      for (let index = 0; index < next.length; index++) {
        if (!(index in next)) return false;
        pending.push(next[index]);
      }
      continue;
    }
    if (tagOf(next) !== '[object Object]' || !hasPlainPrototype(next) || 'toJSON' in next) return false;
    for (const item of Object.values(next)) {
      if (item === undefined) return false;
      pending.push(item);
    }
  }
  return true;
}

/** The first byte of an entry `encodeParsed` wrote as JSON: a parse result is an object. */
const jsonMark = 0x7b;

/**
 * An entry written as JSON, decoded; undefined when it does not parse. What `JSON.parse` gives is plain data
 * of at most as many nodes as it has bytes (within the file's budget, which allows four a byte), with one
 * exception: an own `__proto__` key, which such data must not have. Its text holds `__proto__` spelled
 * out or a `\u` escape of one of its characters (`protoEscape`) before the parse can make one; only then is
 * the result walked.
 */
function jsonDecoded(bytes: Uint8Array, budget: { left: number }): { value: unknown } | undefined {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  let value: unknown;
  try {
    value = JSON.parse(text.toString('utf8'));
  } catch {
    return undefined;
  }
  if (text.includes('__proto__') || (text.includes('\\u') && protoEscape.test(text.toString('latin1'))))
    return plainData(value, budget) ? { value } : undefined;
  budget.left -= bytes.length;
  return budget.left < 0 ? undefined : { value };
}

/**
 * A `\u` escape of one of the characters of `__proto__` (`_`, `p`, `r`, `o`, `t`): a key of JSON text spells
 * `__proto__` only with all nine written out, or with one of them so escaped. Any other escape (`\u00e9` of
 * the `\u` escapes `asciiJson` writes, `\n`, `\"`) cannot make one of them.
 */
const protoEscape = /\\u00(?:5f|70|72|6f|74)/i;

/** Whether a parsed file is, key for key, what `emptyParsed` makes of its path and format. */
function isEmpty(parsed: ParsedFile): boolean {
  const sameKeys = (value: object, keys: readonly string[]) => {
    const own = Object.keys(value);
    return own.length === keys.length && own.every((key, at) => key === keys[at]);
  };
  const { model } = parsed;
  if (parsed.problems.length > 0 || !sameKeys(parsed, model ? ['path', 'model', 'problems'] : ['path', 'problems']))
    return false;
  return (
    !model ||
    (sameKeys(model, ['file', 'format', 'references', 'uses', 'problems']) &&
      model.file === parsed.path &&
      typeof model.format === 'string' &&
      model.references.length === 0 &&
      model.uses.length === 0 &&
      model.problems.length === 0)
  );
}

function emptyParsed(path: string, format: string | undefined): ParsedFile {
  return format === undefined ? { path, problems: [] } : { path, model: emptyModel(path, format), problems: [] };
}

/** A stored parsed file decoded as `encodeParsed` wrote it; undefined when it is not plain data within the budget. */
function decodeParsed(bytes: Uint8Array, budget: { left: number }): { value: unknown } | undefined {
  if (bytes[0] === jsonMark) return jsonDecoded(bytes, budget);
  if (bytes[0] !== 0) return decodeEntry(bytes, budget);
  let short: unknown;
  try {
    short = JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset + 1, bytes.length - 1).toString('utf8'));
  } catch {
    return undefined;
  }
  if (!Array.isArray(short) || short.length !== 2) return undefined;
  const [path, format] = short as unknown[];
  if (typeof path !== 'string' || (format !== null && typeof format !== 'string')) return undefined;
  return { value: emptyParsed(path, format ?? undefined) };
}

/** One entry's bytes: the value serialized alone. */
export function encodeEntry(value: unknown): Uint8Array {
  return serialize(value);
}

/**
 * The nodes the entries of a cache file of this many bytes may hold, counted as a tree: a parse result
 * shares few objects, so a real cache stays far below it (the scale-1 bench corpus: 0.05 nodes a byte).
 */
const nodesPerByte = 4;

function loadCache(
  file: string,
  settings: string,
  notes: string[],
): { entries: Map<string, Uint8Array>; nodes: number } {
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
function storeCache(file: string, contents: readonly Uint8Array[], notes: string[]): void {
  const size = contents.reduce((sum, piece) => sum + piece.length, 0);
  if (size > maxCacheBytes) {
    notes.push(`did not write the cache: ${size} bytes is over ${maxCacheBytes}`);
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

/** What a cached read gives the scan: the parsed files, the join's memory, and the step that ends it. */
export interface CachedParse {
  parsed: ParsedFile[];
  /** For the join (`JoinContext.remember`): what a remembered format's join read, from the cache or computed. */
  remember: (format: string, compute: () => unknown) => unknown;
  /** Writes the cache back with this scan's entries (after the join, which adds its own) and tells the notes. */
  finish: () => void;
  /**
   * For a scan that failed on what the cache gave (a forged entry can make a join or a rule throw): every
   * file taken from the cache parsed anew, nothing remembered used, and all files returned; undefined when
   * no file came from the cache (the failure is the scan's own).
   */
  cold: () => Promise<ParsedFile[] | undefined>;
}

/**
 * Reads and parses the candidates as `readAndParseAll` does, taking from the cache every file whose key
 * it holds; `finish` writes the cache back with this scan's entries. In a git work tree, a tracked file
 * whose stat matches its index entry is looked up by its blob without being read; any other file is read
 * and hashed. A missed file is read once more after parsing, to check its bytes did not change meanwhile
 * (an entry is stored only then). The files of a format whose join the cache remembers (Terraform) are
 * taken from it only all together, with what the join read of them; one of them changed, all are parsed.
 */
export async function readAndParseCached(
  candidates: readonly Candidate[],
  settings: ParseSettings,
  threads: ThreadChoice | undefined,
  root: string,
  cache: CacheOptions,
): Promise<CachedParse> {
  if (insideScannedFolder(cache.dir, root)) {
    const note = `not used: the cache folder ${cache.dir} is inside the scanned folder, whose files the checkout controls`;
    cache.counted?.({ hits: 0, misses: candidates.length, fromIndex: 0, uncached: 0, rejoined: 0, notes: [note] });
    cache.tell?.(note);
    return {
      parsed: await readAndParseAll(candidates, settings, threads),
      remember: (_format, compute) => compute(),
      finish: () => {},
      // Nothing came from a cache: a failure is the scan's own.
      cold: async () => undefined,
    };
  }
  const notes: string[] = [];
  const digest = settingsDigest(settings);
  const file = cacheFileFor(cache.dir, root);
  const stored = timed('cache load', () => loadCache(file, digest, notes));
  // A cache with entries makes this a warm re-scan: its young generation is held small from here on.
  const warm = stored.entries.size > 0;
  if (warm) holdYoungGenerationForWarmScan();
  const listed = timed('git index', () => {
    const paths = candidates.map((candidate) => candidate.path);
    const index = indexOf(root, notes, paths);
    return index && { entries: index.entries.entriesFor(paths), index };
  });
  const formats = candidates.map((candidate) => adapterFor(candidate.path)?.id);
  const keys = timed('cache keys', () =>
    candidates.map((candidate, at) =>
      formats[at] === undefined
        ? undefined
        : keyOf(
            candidate,
            settings,
            digest,
            listed && { entry: listed.entries[at], writtenNs: listed.index.writtenNs },
          ),
    ),
  );
  const groups = groupsOf(formats, candidates, keys, digest);
  const shared = sharedPaths(candidates);
  const looked = timed('cache check', () =>
    lookUp(candidates, keys, stored, groups, shared, warm ? holdYoungGenerationForWarmScan : () => {}),
  );
  const { hits, missed, unfit, rejoined } = looked;
  // Many files to parse after all (one `.tf` file changed: its whole configuration): parsed as a cold scan parses.
  if (missed.length > fewMisses) releaseWarmScanHold();
  if (unfit > 0) notes.push(`ignored ${unfit} cache entr${unfit === 1 ? 'y' : 'ies'} that did not match their file`);
  const parsed = await readAndParseAll(missed, settings, threads);
  const computed = new Map<string, Uint8Array>();
  const remember = (format: string, compute: () => unknown): unknown => {
    const kept = looked.remembered.get(format);
    if (kept) return kept.value;
    const value = compute();
    // Serialized now: what the scan does with the value afterwards cannot change what is stored.
    if (groups.get(format)?.key !== undefined) computed.set(format, encodeEntry(value));
    return value;
  };
  const finish = () => {
    const entries = timed('cache store', () => {
      const fresh = new Map(parsed.map((one) => [one.path, one]));
      const list: Array<[string, Uint8Array]> = [];
      const storedPaths = new Set<string>();
      let written = 0;
      candidates.forEach((candidate, at) => {
        const keyed = keys[at];
        const hit = hits.get(at);
        const made = fresh.get(candidate.path);
        // A path two files share: its parse result may be the other's (`fresh` holds one a path).
        if (keyed === undefined || shared.has(candidate.path)) return;
        if (hit) list.push([keyed.key, hit.bytes]);
        // Stored only when the bytes parsed are still the bytes keyed: a file edited meanwhile waits for the next scan.
        else if (made && stillKeyed(candidate, keyed, settings, digest)) {
          list.push([keyed.key, encodeParsed(made)]);
          written += 1;
        } else return;
        storedPaths.add(candidate.path);
      });
      for (const [format, group] of groups) {
        const bytes = looked.remembered.get(format)?.bytes ?? computed.get(format);
        // Only with every file it was read from stored as it was read.
        if (group.key !== undefined && bytes && group.paths.every((path) => storedPaths.has(path))) {
          list.push([group.key, bytes]);
          if (!looked.remembered.has(format)) written += 1;
        }
      }
      // Every entry taken from the file and none left out: the file already holds this scan's cache.
      if (written > 0 || list.length !== stored.entries.size)
        storeCache(file, cachePieces({ settings: digest, entries: list }), notes);
      return list.length;
    });
    const uncached = keys.filter((keyed) => keyed === undefined).length;
    const fromIndex = keys.filter((keyed) => keyed?.blob).length;
    const use: CacheUse = {
      hits: hits.size,
      misses: missed.length - uncached - rejoined,
      fromIndex,
      uncached,
      rejoined,
      notes,
    };
    countInTimings('cache hits', use.hits);
    countInTimings('cache misses', use.misses);
    countInTimings('cache from index', use.fromIndex);
    countInTimings('cache uncached', use.uncached);
    countInTimings('cache rejoined', use.rejoined);
    countInTimings('cache entries', entries);
    cache.counted?.(use);
    for (const note of notes) cache.tell?.(note);
    cache.tell?.(usedLine(use, candidates.length));
  };
  const cold = async (): Promise<ParsedFile[] | undefined> => {
    if (hits.size === 0) return undefined;
    const again = [...hits.keys()].flatMap((at) => candidates[at] ?? []);
    notes.push(`the scan failed on what the cache held: parsed its ${again.length} files again`);
    hits.clear();
    looked.remembered.clear();
    for (const one of again) missed.push(one);
    for (const one of await readAndParseAll(again, settings, threads)) parsed.push(one);
    return parsed;
  };
  return { parsed: [...[...hits.values()].map((hit) => hit.parsed), ...parsed], remember, finish, cold };
}

/**
 * A parsed file as its entry keeps it: without a format's facts that are not plain data (Terraform's
 * parsed tree, which only the join reads, and whose reading the cache keeps beside the entries).
 */
function storable(parsed: ParsedFile): ParsedFile {
  const facts = parsed.model?.formatFacts;
  if (!parsed.model || !facts) return parsed;
  const kept = Object.fromEntries(Object.entries(facts).filter(([, value]) => !classInstance(value)));
  return { ...parsed, model: { ...parsed.model, formatFacts: kept } };
}

/** An object made by a class of the program (not a plain object, array, Map or Set). */
function classInstance(value: unknown): boolean {
  return isRecord(value) && !Array.isArray(value) && !isMap(value) && !isSet(value) && !hasPlainPrototype(value);
}

/** The files of a format whose join the cache remembers, and the key of that join: every file's path and key. */
interface JoinGroup {
  /** The candidates' indices. */
  members: number[];
  paths: string[];
  /** Undefined when a file of the format cannot be cached (over the size limit): the join is then not kept. */
  key: string | undefined;
}

function groupsOf(
  formats: ReadonlyArray<string | undefined>,
  candidates: readonly Candidate[],
  keys: ReadonlyArray<Keyed | undefined>,
  digest: string,
): Map<string, JoinGroup> {
  const members = new Map<string, number[]>();
  formats.forEach((format, at) => {
    if (format === undefined || !rememberedJoins.has(format)) return;
    const list = members.get(format) ?? [];
    list.push(at);
    members.set(format, list);
  });
  const groups = new Map<string, JoinGroup>();
  for (const [format, indices] of members) {
    const paths = indices.map((at) => candidates[at]?.path ?? '');
    const fileKeys = indices.map((at) => keys[at]?.key);
    const complete = fileKeys.every((key) => key !== undefined);
    // The candidates come sorted by path: the key does not depend on the walk's order.
    const order = paths.map((_, at) => at).sort((a, b) => ((paths[a] ?? '') < (paths[b] ?? '') ? -1 : 1));
    const key = complete
      ? sha256(
          toolVersion,
          build(),
          digest,
          'join',
          format,
          ...order.flatMap((at) => [paths[at] ?? '', fileKeys[at] ?? '']),
        )
      : undefined;
    groups.set(format, { members: indices, paths, key });
  }
  return groups;
}

/**
 * The paths two or more candidates share: the walk shows a byte that is not UTF-8 as `\xNN`, so `a\xff.yml`
 * spelled out and `a` 0xFF `.yml` are one path. Such files are neither looked up nor stored: an entry answers
 * for a path, and one of them could be stored with the other's result.
 */
function sharedPaths(candidates: readonly Candidate[]): Set<string> {
  const seen = new Set<string>();
  const shared = new Set<string>();
  for (const { path } of candidates) {
    if (seen.has(path)) shared.add(path);
    seen.add(path);
  }
  return shared;
}

/**
 * The most files a warm re-scan parses with its young generation held small (`holdYoungGenerationForWarmScan`):
 * a pull request's few changed files. Past it the hold is lifted for the parse.
 */
const fewMisses = 64;

/** Entries looked up between two looks at the young generation's size. */
const entriesBetweenYoungGenerationLooks = 64;

interface Hit {
  parsed: ParsedFile;
  /** The entry's bytes, written back as they were. */
  bytes: Uint8Array;
}

/**
 * The entries that answer for their files; a decoded entry is checked as data first, within the file's
 * node budget. A remembered format's files are hits only together, and only with its join's entry.
 */
function lookUp(
  candidates: readonly Candidate[],
  keys: ReadonlyArray<Keyed | undefined>,
  stored: { entries: Map<string, Uint8Array>; nodes: number },
  groups: ReadonlyMap<string, JoinGroup>,
  shared: ReadonlySet<string>,
  /** Called every few entries: what the decoded entries leave alive is what grows the young generation. */
  lookAtYoungGeneration: () => void,
): {
  hits: Map<number, Hit>;
  missed: Candidate[];
  unfit: number;
  rejoined: number;
  remembered: Map<string, { value: unknown; bytes: Uint8Array }>;
} {
  const hits = new Map<number, Hit>();
  const budget = { left: stored.nodes };
  let unfit = 0;
  candidates.forEach((candidate, at) => {
    if (at % entriesBetweenYoungGenerationLooks === 0) lookAtYoungGeneration();
    const key = shared.has(candidate.path) ? undefined : keys[at]?.key;
    const bytes = key === undefined ? undefined : stored.entries.get(key);
    if (bytes === undefined) return;
    const decoded = decodeParsed(bytes, budget);
    if (decoded && fitsFile(decoded.value, candidate.path)) hits.set(at, { parsed: decoded.value, bytes });
    else unfit += 1;
  });
  const remembered = new Map<string, { value: unknown; bytes: Uint8Array }>();
  let rejoined = 0;
  for (const [format, group] of groups) {
    const bytes = group.key === undefined ? undefined : stored.entries.get(group.key);
    const decoded = bytes && decodeEntry(bytes, budget);
    const fits = decoded !== undefined && rememberedJoins.get(format)?.(decoded.value, group.paths) === true;
    if (bytes && !fits) unfit += 1;
    const all = group.members.every((at) => hits.has(at));
    if (bytes && decoded && fits && all) {
      remembered.set(format, { value: decoded.value, bytes });
      continue;
    }
    // The join reads every file's tree: one file changed, all of them are parsed again.
    for (const at of group.members) if (hits.delete(at)) rejoined += 1;
  }
  const missed = candidates.filter((_, at) => !hits.has(at));
  return { hits, missed, unfit, rejoined, remembered };
}

/** The note that ends a cached scan: how many files came from the cache, how many were parsed, and why. */
export function usedLine(use: CacheUse, files: number): string {
  return (
    `${use.hits} of ${files} files from the cache, ${use.misses} parsed` +
    (use.rejoined > 0 ? `, ${use.rejoined} parsed again with them (their configuration is read as a whole)` : '') +
    (use.uncached > 0 ? `, ${use.uncached} parsed as always (over the size limit)` : '') +
    (use.fromIndex > 0 ? `; ${use.fromIndex} known from .git/index without reading them` : '')
  );
}
