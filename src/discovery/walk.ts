import { constants, existsSync, lstatSync, openSync, readdirSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import { displayName } from './names.js';
import { errorCode } from '../common/error-code.js';

export interface Candidate {
  /** POSIX path relative to the scanned root; bytes that are not UTF-8 are shown as `\xNN`. */
  path: string;
  /** What to open: the path itself, or its exact bytes when it is not UTF-8 or goes through a folder handle. */
  absolute: string | Buffer;
}

export interface Skipped {
  path: string;
  reason: string;
}

/**
 * Folders that hold dependencies or build output, never the repository's own configuration: not
 * entered, at any depth. `.git` is skipped in silence (git cannot record a file inside a `.git` folder,
 * so no commit puts one there); the others are named in a note when they hold a file a scan would read
 * (docs/skipped-folders.md).
 */
const dependencyFolders = new Set([
  'node_modules',
  'bower_components',
  '.terraform',
  '.terragrunt-cache',
  '__pycache__',
]);

/** Vendored code and virtualenvs: skipped only at the top of the scanned folder; below it, a folder of that name is read. */
const topLevelFolders = new Set(['vendor', 'venv', '.venv']);

/** Entries a skipped folder is looked through for a file a scan would read, before it is named anyway. */
export const skippedFolderProbe = 20_000;

/** Why a folder is not entered: silently for `.git`, as a dependency folder, or not at all. */
function skipKind(name: string, atTop: boolean): 'silent' | 'dependencies' | undefined {
  if (name === '.git') return 'silent';
  if (dependencyFolders.has(name) || (atTop && topLevelFolders.has(name))) return 'dependencies';
  return undefined;
}

export interface WalkOptions {
  /** Decides from the path alone whether a file is worth reading. */
  wanted: (path: string) => boolean;
  excluded: (path: string) => boolean;
  /**
   * Shown every file below the root that a scan could read (`readable`), whatever the include and exclude
   * globs say, so the unmatched-glob check needs no walk of its own: excluded folders are then listed,
   * never read. `see` returns false once it has seen enough.
   */
  watch?: WalkWatch;
}

export interface WalkWatch {
  readable: (path: string) => boolean;
  see: (path: string) => boolean;
}

/**
 * Past this many bytes a path is opened relative to a handle on its folder: the system refuses
 * paths of PATH_MAX (4 096) bytes or more, and git stores any length.
 */
const longestDirectPath = 3800;
const folderHandles = '/proc/self/fd';

interface Folder {
  /**
   * The path below the root, without a trailing slash: as text when every name on the way is UTF-8
   * (such a folder is listed as text, which is cheaper), else as bytes.
   */
  relative: Buffer | string;
  /** A path the system can open, as text or bytes alike. */
  access: Buffer | string;
  /** Excluded by a glob: listed only for the watch, nothing in it read. */
  excluded?: boolean;
}

/** A folder entry: its name as bytes, or as text when the folder was listed as text. */
type Entry = Dirent<Buffer> | Dirent<string>;

const bytesOf = (path: Buffer | string): Buffer => (typeof path === 'string' ? Buffer.from(path, 'utf8') : path);

/**
 * The entries of a folder, listed as text where that gives every name exactly: node decodes names as UTF-8,
 * so a name that is not gives U+FFFD, and a leading byte-order mark would be dropped from a top-level name
 * where the bytes keep it. Such a folder, and any folder reached by bytes, is listed again as bytes.
 */
function list(folder: Folder): Entry[] {
  if (typeof folder.access === 'string' && typeof folder.relative === 'string') {
    const entries = readdirSync(folder.access, { withFileTypes: true });
    if (entries.every((entry) => !entry.name.includes('\uFFFD') && !entry.name.startsWith('\uFEFF'))) return entries;
  }
  return readdirSync(bytesOf(folder.access), { withFileTypes: true, encoding: 'buffer' });
}

/** A path joined to a name: text when both are text, else bytes. */
function joined(base: Buffer | string, name: Buffer | string): Buffer | string {
  if (typeof base === 'string' && typeof name === 'string') return base.length > 0 ? `${base}/${name}` : name;
  const bytes = bytesOf(name);
  const start = bytesOf(base);
  return start.length > 0 ? Buffer.concat([start, slash, bytes]) : bytes;
}

const byteLength = (path: Buffer | string): number =>
  typeof path === 'string' ? Buffer.byteLength(path, 'utf8') : path.length;

/** Whether a path and a name joined are too long to open directly; counted in bytes only when they may be. */
function tooLong(base: Buffer | string, name: Buffer | string): boolean {
  // A UTF-16 code unit takes at most 3 bytes of UTF-8.
  if ((base.length + name.length) * 3 + 1 <= longestDirectPath) return false;
  return byteLength(base) + 1 + byteLength(name) > longestDirectPath;
}

const slash = Buffer.from('/');

/**
 * Lists the files to read below `root`. Symbolic links are never followed (so a link cannot lead
 * out of the root or into a loop); a link that would have been read is reported as skipped, and so
 * is everything that cannot be opened. Names are kept as bytes, so a name that is not UTF-8 is still
 * read. Synchronous on purpose: for many small directory reads, the thread-pool round trips of the
 * asynchronous API cost more than the reads themselves.
 */
export function walk(root: string, options: WalkOptions): { candidates: Candidate[]; skipped: Skipped[] } {
  const candidates: Candidate[] = [];
  const skipped: Skipped[] = [];
  let rootStat;
  try {
    rootStat = lstatSync(root);
  } catch (error) {
    throw new Error(`cannot scan ${root}: ${errorCode(error) === 'ENOENT' ? 'no such folder' : errorCode(error)}`);
  }
  if (!rootStat.isDirectory()) throw new Error(`cannot scan ${root}: not a folder`);
  const pending: Folder[] = [{ relative: '', access: root }];
  let watch = options.watch;
  const seen = (path: string): void => {
    if (watch?.readable(path) && !watch.see(path)) watch = undefined;
  };
  while (pending.length > 0) {
    const folder = pending.pop();
    if (!folder) break;
    if (folder.excluded && !watch) continue;
    let entries: Entry[];
    try {
      entries = list(folder);
    } catch (error) {
      if (!folder.excluded)
        skipped.push({ path: pathOf(folder.relative) || '.', reason: `cannot open folder (${errorCode(error)})` });
      continue;
    }
    const atTop = folder.relative.length === 0;
    let handle: Buffer | undefined;
    for (const entry of entries) {
      const relative = joined(folder.relative, entry.name);
      const path = pathOf(relative);
      if (folder.excluded) {
        if (entry.isDirectory() && !entry.isSymbolicLink() && !skipKind(nameOf(entry), false))
          pending.push({ relative, access: joined(folder.access, entry.name), excluded: true });
        else if (entry.isFile()) seen(path);
        continue;
      }
      if (entry.isFile()) seen(path);
      if (!entry.isDirectory() && !entry.isFile() && !options.wanted(path)) continue;
      if (entry.isDirectory() && options.excluded(`${path}/`)) {
        if (watch && !skipKind(nameOf(entry), atTop))
          pending.push({ relative, access: joined(folder.access, entry.name), excluded: true });
        continue;
      }
      const skip = entry.isDirectory() ? skipKind(nameOf(entry), atTop) : undefined;
      if (skip === 'silent') continue;
      if (skip === 'dependencies') {
        const readable = firstReadable(
          { relative: bytesOf(relative), access: bytesOf(joined(folder.access, entry.name)) },
          options,
        );
        if (readable !== undefined) skipped.push({ path, reason: skippedFolderReason(nameOf(entry), readable) });
        continue;
      }
      if (entry.isFile() && (!options.wanted(path) || options.excluded(path))) continue;
      if (entry.isSymbolicLink()) {
        skipped.push({ path, reason: 'symbolic link, not followed' });
        continue;
      }
      if (!entry.isDirectory() && !entry.isFile()) {
        skipped.push({ path, reason: 'not a regular file' });
        continue;
      }
      let base: Buffer | string = folder.access;
      if (tooLong(base, entry.name)) {
        handle ??= openHandle(bytesOf(folder.access));
        if (!handle) {
          skipped.push({
            path,
            reason: `path too long to open (${byteLength(relative)} bytes) on this system`,
          });
          continue;
        }
        base = handle;
      }
      const access = joined(base, entry.name);
      if (entry.isDirectory()) pending.push({ relative, access });
      else candidates.push({ path, absolute: typeof access === 'string' ? access : openable(access) });
    }
  }
  candidates.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { candidates, skipped };
}

/** A path as the scan shows it: text as it is, bytes by `displayName`. */
function pathOf(relative: Buffer | string): string {
  return typeof relative === 'string' ? relative : displayName(relative);
}

/** An entry's name as `skipKind` compares it: the folders it knows are named in ASCII. */
function nameOf(entry: Entry): string {
  return typeof entry.name === 'string' ? entry.name : entry.name.toString('latin1');
}

function skippedFolderReason(name: string, readable: string | null): string {
  const holds =
    readable === null
      ? `it could not be looked through in full (at most ${skippedFolderProbe} entries are)`
      : `it holds files a scan would read, such as ${readable}`;
  return `folder of dependencies or build output (${name}), not entered, though ${holds}; exclude it in the config to skip it on purpose`;
}

/**
 * The first file below a skipped folder that a scan would read (wanted and not excluded), looked for
 * without reading any file and never through a link; null when it could not be looked through (more
 * than `skippedFolderProbe` entries before one is found, or a folder that cannot be listed): it may
 * hold one. Undefined when it holds none.
 */
function firstReadable(start: { relative: Buffer; access: Buffer }, options: WalkOptions): string | null | undefined {
  const pending = [start];
  let seen = 0;
  while (pending.length > 0) {
    const folder = pending.pop();
    if (!folder) break;
    let entries: Dirent<Buffer>[];
    try {
      entries = readdirSync(folder.access, { withFileTypes: true, encoding: 'buffer' });
    } catch {
      return null;
    }
    for (const entry of entries) {
      if (++seen > skippedFolderProbe) return null;
      const relative = Buffer.concat([folder.relative, slash, entry.name]);
      const path = displayName(relative);
      if (entry.isDirectory() && !options.excluded(`${path}/`))
        pending.push({ relative, access: Buffer.concat([folder.access, slash, entry.name]) });
      else if (entry.isFile() && options.wanted(path) && !options.excluded(path)) return path;
    }
  }
  return undefined;
}

/**
 * A short path to a folder through an open handle, kept open for the rest of the process so the
 * files below it can be read after the walk; only folders whose paths are too long get one.
 */
function openHandle(access: Buffer): Buffer | undefined {
  if (!existsSync(folderHandles)) return undefined;
  try {
    const fd = openSync(access, constants.O_RDONLY | constants.O_DIRECTORY | constants.O_NOFOLLOW);
    return Buffer.from(join(folderHandles, String(fd)));
  } catch {
    return undefined;
  }
}

/** A string where the bytes are UTF-8 (so messages and tests stay readable), the bytes otherwise. */
function openable(access: Buffer): string | Buffer {
  const text = access.toString('utf8');
  return Buffer.from(text, 'utf8').equals(access) ? text : access;
}
