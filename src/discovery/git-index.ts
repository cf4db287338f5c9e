import { createHash } from 'node:crypto';
import { closeSync, constants, fstatSync, lstatSync, openSync } from 'node:fs';
import { join } from 'node:path';
import { displayName } from './names.js';
import { readAll } from './read.js';
import { errorCode } from '../common/error-code.js';

/**
 * Git's index (`.git/index`, formats 2, 3 and 4), read in-process: for each tracked file, its blob's SHA-1
 * and the stat git saw when it last knew the file matched the blob. A file whose stat still matches needs
 * no read to be known: its blob names its bytes. The index is the checkout's, so hostile: it is read
 * whole or not at all (its trailing checksum verified), within a byte cap, every count and length checked
 * against what is left, and no path in it is ever opened: a caller only looks up the paths its own walk
 * found.
 */
export interface IndexEntry {
  /** The blob's SHA-1, 40 hex digits. */
  blob: string;
  /** The stat git recorded: the file's size (low 32 bits), modification and change times, and inode (low 32 bits). */
  size: number;
  mtimeSeconds: number;
  mtimeNanoseconds: number;
  ctimeSeconds: number;
  ctimeNanoseconds: number;
  ino: number;
}

export interface GitIndex {
  /** Entries by path (as the walk shows it), regular files at stage 0 only, none whose name holds a backslash. */
  entries: IndexEntries;
  /** The index file's own modification time, in nanoseconds: an entry as new as it is racy (see `stillMatches`). */
  writtenNs: bigint;
}

/** An index larger than this is not read (the Linux kernel's is ~7 MB): memory stays bounded. */
export const maxIndexBytes = 128 * 1024 * 1024;
/** A path longer than this refuses the index: format 4's prefix compression could otherwise grow paths quadratically. */
export const maxIndexPathBytes = 64 * 1024;
/**
 * The paths of an index, decoded, may take at most this many times its own bytes. Format 4 stores a path as
 * what it strips from the one before and what it adds, so a 64-byte entry can name a 64 KiB path: without
 * this bound a 128 MB index could decode to 128 GB. Real indexes decode to about their own size.
 */
export const maxIndexExpansion = 8;

const hashBytes = 20;
const headerBytes = 12;
/** ctime, mtime (8 each), dev, ino, mode, uid, gid, size (4 each), the SHA-1 and the flags. */
const fixedEntryBytes = 40 + hashBytes + 2;
const regularFileModes = new Set([0o100644, 0o100755]);

export type IndexRead = { index: GitIndex } | { note: string } | { absent: true };

/**
 * The index of the work tree at `root`, when `root` itself holds a `.git` folder (not a link, not a
 * `gitdir:` file pointing elsewhere: nothing outside the root is read). A note says why an index that is
 * there was not used; the caller then reads every file as without one.
 */
export function readGitIndex(root: string, sieve?: PathSieve): IndexRead {
  const gitFolder = join(root, '.git');
  try {
    if (!lstatSync(gitFolder).isDirectory()) return { absent: true };
  } catch {
    return { absent: true };
  }
  let fd: number;
  try {
    fd = openSync(join(gitFolder, 'index'), constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (error) {
    return errorCode(error) === 'ENOENT' ? { absent: true } : { note: `cannot open it (${errorCode(error)})` };
  }
  try {
    const stat = fstatSync(fd, { bigint: true });
    if (!stat.isFile()) return { note: 'it is not a regular file' };
    if (stat.size > BigInt(maxIndexBytes)) return { note: `it is larger than ${maxIndexBytes} bytes` };
    const parsed = parseGitIndex(readAll(fd, Number(stat.size)), sieve);
    return 'reason' in parsed
      ? { note: parsed.reason }
      : { index: { entries: parsed.entries, writtenNs: stat.mtimeNs } };
  } catch (error) {
    return { note: `cannot read it (${errorCode(error) ?? String(error)})` };
  } finally {
    closeSync(fd);
  }
}

/** Thrown inside the parser only, caught at its edge: the index is malformed. */
class Malformed extends Error {}

/**
 * A cursor over the index's bytes that refuses to read past the entries' end. Its reads run once per entry of
 * an index of tens of thousands, mostly before the code is optimized: they use the engine's own DataView
 * reads and plain loops rather than Buffer's methods, whose argument checks cost more than the reads.
 */
class Reader {
  offset = headerBytes;
  /** Whether the bytes `untilNul` last took hold one of 0x80 or above (the path is not ASCII). */
  high = false;
  private readonly view: DataView;
  constructor(
    private readonly bytes: Buffer,
    private readonly end: number,
  ) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
  }
  need(count: number, what: string): void {
    if (count < 0 || this.offset + count > this.end) throw new Malformed(`${what} runs past its end`);
  }
  uint32(at: number): number {
    return this.view.getUint32(at);
  }
  uint16(at: number): number {
    return this.view.getUint16(at);
  }
  /** Git's offset varint (format 4): each continuation adds one before shifting, so every value has one spelling. */
  varint(): number {
    let byte = this.byte();
    let value = byte & 0x7f;
    while (byte & 0x80) {
      byte = this.byte();
      value = (value + 1) * 128 + (byte & 0x7f);
      if (value > maxIndexPathBytes) throw new Malformed('a path prefix length is out of range');
    }
    return value;
  }
  byte(): number {
    this.need(1, 'an entry');
    return this.bytes[this.offset++] ?? 0;
  }
  /** Takes the bytes up to the next NUL, within `limit` bytes; gives where they end (they start where the cursor was). */
  untilNul(limit: number): number {
    const stop = Math.min(this.end, this.offset + limit + 1);
    const bytes = this.bytes;
    let nul = this.offset;
    let seen = 0;
    for (; nul < stop; nul++) {
      const byte = bytes[nul] ?? 0;
      if (byte === 0) break;
      seen |= byte;
    }
    if (nul >= stop) throw new Malformed('a path has no end or is too long');
    this.high = (seen & 0x80) !== 0;
    this.offset = nul + 1;
    return nul;
  }
  take(count: number, what: string): Buffer {
    this.need(count, what);
    const taken = this.bytes.subarray(this.offset, this.offset + count);
    this.offset += count;
    return taken;
  }
}

/**
 * Parses an index's bytes: the header `DIRC`, its version and count, the entries, then extensions (the
 * optional ones skipped; the split index's `link`, whose entries live in another file, and any required one
 * not known refuse the index) and the SHA-1 of everything before
 * it. Work is linear in the bytes: each entry takes at least 62 of them, no path may exceed
 * `maxIndexPathBytes`, and the paths together not `maxIndexExpansion` times the index.
 */
export function parseGitIndex(bytes: Buffer, sieve?: PathSieve): { entries: IndexEntries } | { reason: string } {
  if (bytes.length < headerBytes + hashBytes || bytes.toString('latin1', 0, 4) !== 'DIRC')
    return { reason: 'it is not a git index' };
  const end = bytes.length - hashBytes;
  const checksum = bytes.subarray(end);
  if (checksum.every((byte) => byte === 0))
    return { reason: 'its checksum was not written (index.skipHash): it cannot be verified' };
  if (!createHash('sha1').update(bytes.subarray(0, end)).digest().equals(checksum))
    return { reason: 'its checksum does not match (truncated, altered, or not SHA-1)' };
  const version = bytes.readUInt32BE(4);
  if (version < 2 || version > 4) return { reason: `its version ${version} is not 2, 3 or 4` };
  const count = bytes.readUInt32BE(8);
  if (count > (end - headerBytes) / fixedEntryBytes) return { reason: `it claims ${count} entries, more than fit` };
  try {
    const reader = new Reader(bytes, end);
    const entries = readEntries(reader, bytes, version, count, sieve);
    checkExtensions(reader, bytes);
    return { entries };
  } catch (error) {
    if (error instanceof Malformed) return { reason: error.message };
    throw error;
  }
}

function readEntries(
  reader: Reader,
  bytes: Buffer,
  version: number,
  count: number,
  sieve: PathSieve | undefined,
): IndexEntries {
  const names: string[] = [];
  const places: number[] = [];
  let sorted = true;
  // The name listed before (a variable, not `names.at(-1)`: this loop runs once per entry of the whole index).
  let last: string | undefined;
  let previous: Buffer = Buffer.alloc(0);
  // Checked before each path is built, so the work and memory stay linear in the index's bytes.
  let decodedBudget = maxIndexExpansion * bytes.length;
  for (let n = 0; n < count; n++) {
    const start = reader.offset;
    reader.need(fixedEntryBytes, 'an entry');
    const at = reader.offset;
    // The stat and the blob are read where they lie when an entry is looked up (`IndexEntries`).
    const mode = reader.uint32(at + 24);
    const flags = reader.uint16(at + 40 + hashBytes);
    reader.offset += fixedEntryBytes;
    const extended = (flags & 0x4000) !== 0;
    if (extended && version < 3) throw new Malformed('an entry has extended flags in a version 2 index');
    // Skip-worktree (not checked out) and intent-to-add (no blob yet) entries say nothing of the file there.
    const extendedFlags = extended ? reader.take(2, 'an entry').readUInt16BE(0) : 0;
    const stage = (flags >> 12) & 0x3;
    const nameLength = flags & 0xfff;
    let name: string;
    let pathLength: number;
    if (version === 4) {
      const strip = reader.varint();
      if (strip > previous.length) throw new Malformed('a path strips more than the path before it has');
      const from = reader.offset;
      const to = reader.untilNul(maxIndexPathBytes);
      const length = previous.length - strip + (to - from);
      if (length > maxIndexPathBytes) throw new Malformed('a path is too long');
      decodedBudget -= length;
      if (decodedBudget < 0) throw new Malformed(`its paths decode to more than ${maxIndexExpansion} times its size`);
      previous = Buffer.concat([previous.subarray(0, previous.length - strip), bytes.subarray(from, to)]);
      name = pathText(previous, 0, previous.length);
      pathLength = previous.length;
    } else {
      const from = reader.offset;
      const to = reader.untilNul(maxIndexPathBytes);
      pathLength = to - from;
      // Entries are padded with 1 to 8 NULs to a multiple of 8 bytes; the path's NUL is the first of them.
      const padded = start + Math.ceil((reader.offset - start) / 8) * 8;
      reader.need(padded - reader.offset, 'an entry');
      reader.offset = padded;
      // A path in ASCII that the sieve rules out is no path looked up: its name is not made (checked as all are).
      if (sieve && !reader.high && !sieve.mayHold(bytes, from, to)) {
        checkPathLength(nameLength, pathLength);
        continue;
      }
      // As `pathText` gives it, the loop that found the NUL having seen whether a byte is not ASCII.
      name = reader.high ? displayName(bytes.subarray(from, to)) : bytes.toString('latin1', from, to);
    }
    checkPathLength(nameLength, pathLength);
    if (stage !== 0 || !regularFileModes.has(mode) || (extendedFlags & 0x6000) !== 0) continue;
    // A name with a backslash is not listed: the walk shows a byte that is not UTF-8 as `\xNN`, so such a name
    // can stand for two files (`a\xff.yml` spelled out, and `a` 0xFF `.yml`), and one's entry answer for the other.
    if (name.includes('\\')) continue;
    if (last !== undefined && !(last < name)) sorted = false;
    last = name;
    names.push(name);
    places.push(at);
  }
  return new IndexEntries(bytes, names, places, sorted);
}

/** The length in an entry's flags (0xFFF: that long or longer) must be its path's. */
function checkPathLength(nameLength: number, pathLength: number): void {
  if (nameLength !== 0xfff && nameLength !== pathLength)
    throw new Malformed('an entry’s path length does not match its flags');
}

/**
 * The paths a caller will look up, given before the index is read: an entry whose path is none of them is
 * skipped before its name is made (a scan looks up the few thousand files some adapter reads of the tens of
 * thousands an index lists). Paths are told apart by their length and last three characters, which for a
 * path in ASCII are its bytes; an entry with a byte beyond ASCII is always kept (its name is `displayName`'s,
 * and only such a name can equal a path that is not ASCII). Sieved entries answer only for these paths.
 */
export class PathSieve {
  private readonly keys = new Set<number>();

  constructor(paths: Iterable<string>) {
    for (const path of paths) {
      if (!asciiOnly.test(path)) continue;
      const end = path.length;
      const code = (at: number) => (at >= 0 ? path.charCodeAt(at) : 0);
      this.keys.add(sieveKey(end, code(end - 1), code(end - 2), code(end - 3)));
    }
  }

  /** Whether the ASCII bytes from `from` to `to` may spell one of the paths (asked of every entry: no closure). */
  mayHold(bytes: Buffer, from: number, to: number): boolean {
    return this.keys.has(
      sieveKey(to - from, byteAt(bytes, from, to - 1), byteAt(bytes, from, to - 2), byteAt(bytes, from, to - 3)),
    );
  }
}

/** The byte at `at`, or 0 before `from` (a path shorter than three characters). */
function byteAt(bytes: Buffer, from: number, at: number): number {
  return at >= from ? (bytes[at] ?? 0) : 0;
}

const asciiOnly = /^[\x00-\x7f]*$/;

/** A path's length and last three character codes (0 where it is shorter) in one number: below 2^40. */
function sieveKey(length: number, last: number, second: number, third: number): number {
  return length * 0x1000000 + last * 0x10000 + second * 0x100 + third;
}

/**
 * The entries an index lists, by path: what a scan looks up is the few paths some adapter reads of the
 * many an index lists, so no map of them all is built for it (`entriesFor` walks the two sorted lists side
 * by side); the map is built when first asked for (`get`, `has`, iteration).
 */
export class IndexEntries implements ReadonlyMap<string, IndexEntry> {
  private byPath: Map<string, IndexEntry> | undefined;

  constructor(
    private readonly bytes: Buffer,
    /** The paths in the index's order, and where each entry's fixed part starts. */
    private readonly names: readonly string[],
    private readonly places: readonly number[],
    /** Whether every path sorts (as JavaScript compares strings) strictly after the one before it. */
    private readonly sorted: boolean,
  ) {}

  /** The entry of each path, in their order: found side by side when both lists are sorted, else by the map. */
  entriesFor(paths: readonly string[]): Array<IndexEntry | undefined> {
    if (!this.sorted || !paths.every((path, at) => at === 0 || !(path < (paths[at - 1] ?? '')))) {
      return paths.map((path) => this.all().get(path));
    }
    const found: Array<IndexEntry | undefined> = [];
    let at = 0;
    for (const path of paths) {
      while (at < this.names.length && (this.names[at] ?? '') < path) at++;
      found.push(this.names[at] === path ? this.entryAt(at) : undefined);
    }
    return found;
  }

  private entryAt(at: number): IndexEntry {
    const start = this.places[at] ?? 0;
    const read = (offset: number) => this.bytes.readUInt32BE(start + offset);
    return new ReadEntry(this.bytes, start + 40, read(36), read(8), read(12), read(0), read(4), read(20));
  }

  /** Every entry by path; a path listed twice (only a forged index does) gives its last. */
  private all(): Map<string, IndexEntry> {
    if (!this.byPath) {
      this.byPath = new Map();
      for (let at = 0; at < this.names.length; at++) this.byPath.set(this.names[at] ?? '', this.entryAt(at));
    }
    return this.byPath;
  }

  get size(): number {
    return this.all().size;
  }
  get(path: string): IndexEntry | undefined {
    return this.all().get(path);
  }
  has(path: string): boolean {
    return this.all().has(path);
  }
  forEach(each: (entry: IndexEntry, path: string, map: ReadonlyMap<string, IndexEntry>) => void): void {
    for (const [path, entry] of this.all()) each(entry, path, this);
  }
  entries(): MapIterator<[string, IndexEntry]> {
    return this.all().entries();
  }
  keys(): MapIterator<string> {
    return this.all().keys();
  }
  values(): MapIterator<IndexEntry> {
    return this.all().values();
  }
  [Symbol.iterator](): MapIterator<[string, IndexEntry]> {
    return this.all()[Symbol.iterator]();
  }
}

/**
 * An entry as read from the index's bytes: its blob's id is spelled out only when asked for (a scan asks
 * for the few files it reads of the many an index lists).
 */
class ReadEntry implements IndexEntry {
  constructor(
    private readonly bytes: Buffer,
    private readonly blobAt: number,
    readonly size: number,
    readonly mtimeSeconds: number,
    readonly mtimeNanoseconds: number,
    readonly ctimeSeconds: number,
    readonly ctimeNanoseconds: number,
    readonly ino: number,
  ) {}

  get blob(): string {
    return this.bytes.toString('hex', this.blobAt, this.blobAt + hashBytes);
  }
}

/** A path as the walk shows it: ASCII as it is (most paths), anything else by `displayName`. */
function pathText(bytes: Buffer, from: number, to: number): string {
  const text = bytes.toString('latin1', from, to);
  return /[\x80-\xff]/.test(text) ? displayName(bytes.subarray(from, to)) : text;
}

/**
 * The extensions after the entries: each a 4-byte signature and a 32-bit size. A signature that starts with
 * an uppercase letter is optional (a cache git may ignore: `TREE`, `UNTR`, `FSMN`, …); any other is one a
 * reader must understand, as git refuses an index with one it does not. The split index's `link` changes
 * what the entries mean (most of them are in a shared index file), so it refuses the index; the sparse
 * index's `sdir` only marks the folder entries, which are left out already; any other is refused.
 */
function checkExtensions(reader: Reader, bytes: Buffer): void {
  while (reader.offset < bytes.length - hashBytes) {
    const header = reader.take(8, 'an extension');
    const signature = header.toString('latin1', 0, 4);
    if (signature === 'link') throw new Malformed('a split index: most entries are in another file');
    if (!optionalExtension(header) && signature !== 'sdir')
      throw new Malformed(`an extension git requires readers to understand (${shownSignature(header)})`);
    reader.take(header.readUInt32BE(4), 'an extension');
  }
}

/** Git's rule: an extension whose signature starts with `A`–`Z` may be ignored by a reader that does not know it. */
function optionalExtension(header: Buffer): boolean {
  const first = header[0] ?? 0;
  return first >= 0x41 && first <= 0x5a;
}

/** A signature as a note may show it: four lowercase letters as they are, anything else (the checkout's bytes) in hex. */
function shownSignature(header: Buffer): string {
  const signature = header.subarray(0, 4);
  return /^[a-z]{4}$/.test(signature.toString('latin1'))
    ? signature.toString('latin1')
    : `0x${signature.toString('hex')}`;
}

/**
 * Whether a file's stat still matches its index entry, so its bytes are the blob's: the size (git keeps
 * its low 32 bits), the modification time and the change time to the nanosecond, and the inode (as git
 * compares them by default). The modification time alone can be set back (`touch -r`, `cp -p`, an archive
 * restored) on a file given other bytes of the same size; the change time cannot, and a file put in another's
 * place (on a case-insensitive disk, `A.yml` checked out over `a.yml`) is another inode. An entry written in the
 * same instant as the index or after it is "racily clean" (git's term): the file may have changed within the
 * timestamp's resolution after git looked, so it matches nothing here and the file is read.
 */
export function stillMatches(
  entry: IndexEntry,
  stat: { size: bigint; mtimeNs: bigint; ctimeNs: bigint; ino: bigint },
  indexWrittenNs: bigint,
): boolean {
  const entryNs = BigInt(entry.mtimeSeconds) * 1_000_000_000n + BigInt(entry.mtimeNanoseconds);
  if (entryNs >= indexWrittenNs) return false;
  const sameTime = (ns: bigint, seconds: number, nanoseconds: number) =>
    (ns / 1_000_000_000n) % 0x100000000n === BigInt(seconds) && ns % 1_000_000_000n === BigInt(nanoseconds);
  return (
    Number(stat.size & 0xffffffffn) === entry.size &&
    sameTime(stat.mtimeNs, entry.mtimeSeconds, entry.mtimeNanoseconds) &&
    sameTime(stat.ctimeNs, entry.ctimeSeconds, entry.ctimeNanoseconds) &&
    // Git for Windows records no inode (0): there the times and size must do.
    (entry.ino === 0 || Number(stat.ino & 0xffffffffn) === entry.ino)
  );
}

/** Git's name for a blob with these bytes: SHA-1 of `blob <length>\0` and the bytes. */
export function gitBlobId(bytes: Uint8Array): string {
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}
