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
  /** Bytes of the path below the root, without a trailing slash. */
  relative: Buffer;
  /** Bytes of a path the system can open. */
  access: Buffer;
  /** Excluded by a glob: listed only for the watch, nothing in it read. */
  excluded?: boolean;
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
  const pending: Folder[] = [{ relative: Buffer.alloc(0), access: Buffer.from(root) }];
  let watch = options.watch;
  const seen = (path: string): void => {
    if (watch?.readable(path) && !watch.see(path)) watch = undefined;
  };
  while (pending.length > 0) {
    const folder = pending.pop();
    if (!folder) break;
    if (folder.excluded && !watch) continue;
    const folderPath = displayName(folder.relative);
    let entries: Dirent<Buffer>[];
    try {
      entries = readdirSync(folder.access, { withFileTypes: true, encoding: 'buffer' });
    } catch (error) {
      if (!folder.excluded)
        skipped.push({ path: folderPath || '.', reason: `cannot open folder (${errorCode(error)})` });
      continue;
    }
    let handle: Buffer | undefined;
    for (const entry of entries) {
      const name = entry.name.toString('latin1');
      const relative = folder.relative.length > 0 ? Buffer.concat([folder.relative, slash, entry.name]) : entry.name;
      const path = displayName(relative);
      if (folder.excluded) {
        if (entry.isDirectory() && !entry.isSymbolicLink() && !skipKind(name, false))
          pending.push({ relative, access: Buffer.concat([folder.access, slash, entry.name]), excluded: true });
        else if (entry.isFile()) seen(path);
        continue;
      }
      if (entry.isFile()) seen(path);
      if (!entry.isDirectory() && !entry.isFile() && !options.wanted(path)) continue;
      if (entry.isDirectory() && options.excluded(`${path}/`)) {
        if (watch && !skipKind(name, folder.relative.length === 0))
          pending.push({ relative, access: Buffer.concat([folder.access, slash, entry.name]), excluded: true });
        continue;
      }
      const skip = entry.isDirectory() ? skipKind(name, folder.relative.length === 0) : undefined;
      if (skip === 'silent') continue;
      if (skip === 'dependencies') {
        const readable = firstReadable(
          { relative, access: Buffer.concat([folder.access, slash, entry.name]) },
          options,
        );
        if (readable !== undefined) skipped.push({ path, reason: skippedFolderReason(name, readable) });
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
      let base = folder.access;
      if (base.length + 1 + entry.name.length > longestDirectPath) {
        handle ??= openHandle(folder.access);
        if (!handle) {
          skipped.push({ path, reason: `path too long to open (${relative.length} bytes) on this system` });
          continue;
        }
        base = handle;
      }
      const access = Buffer.concat([base, slash, entry.name]);
      if (entry.isDirectory()) pending.push({ relative, access });
      else candidates.push({ path, absolute: openable(access) });
    }
  }
  candidates.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { candidates, skipped };
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
function firstReadable(start: Folder, options: WalkOptions): string | null | undefined {
  const pending: Folder[] = [start];
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
