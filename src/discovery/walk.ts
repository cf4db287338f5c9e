import { lstatSync, readdirSync, type Dirent } from 'node:fs';
import { join } from 'node:path';

export interface Candidate {
  /** POSIX path relative to the scanned root. */
  path: string;
  absolute: string;
}

export interface Skipped {
  path: string;
  reason: string;
}

/** Folders that hold dependencies or build output, never the repository's own configuration. */
const skippedFolders = new Set([
  '.git',
  'node_modules',
  '.terraform',
  'vendor',
  'bower_components',
  '.venv',
  'venv',
  '__pycache__',
  '.terragrunt-cache',
]);

export interface WalkOptions {
  /** Decides from the path alone whether a file is worth reading. */
  wanted: (path: string) => boolean;
  excluded: (path: string) => boolean;
  /** Ends the walk at the first candidate this is true for (a search rather than a listing). */
  stopAt?: (candidate: Candidate) => boolean;
}

/**
 * Lists the files to read below `root`. Symbolic links are never followed (so a link cannot lead
 * out of the root or into a loop); a link that would have been read is reported as skipped.
 * Synchronous on purpose: for many small directory reads, the thread-pool round trips of the
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
  const pending: string[] = [''];
  let stopped = false;
  while (pending.length > 0 && !stopped) {
    const relative = pending.pop() ?? '';
    let entries: Dirent[];
    try {
      entries = readdirSync(join(root, relative), { withFileTypes: true });
    } catch (error) {
      skipped.push({ path: relative || '.', reason: `cannot open folder (${errorCode(error)})` });
      continue;
    }
    for (const entry of entries) {
      const path = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (!skippedFolders.has(entry.name) && !options.excluded(`${path}/`)) pending.push(path);
      } else if (entry.isFile()) {
        if (options.wanted(path) && !options.excluded(path)) {
          const candidate = { path, absolute: join(root, path) };
          candidates.push(candidate);
          if (options.stopAt?.(candidate)) {
            stopped = true;
            break;
          }
        }
      } else if (entry.isSymbolicLink()) {
        if (options.wanted(path)) skipped.push({ path, reason: 'symbolic link, not followed' });
      } else if (options.wanted(path)) {
        skipped.push({ path, reason: 'not a regular file' });
      }
    }
  }
  candidates.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { candidates, skipped };
}

export function errorCode(error: unknown): string {
  if (error && typeof error === 'object' && 'code' in error) return String((error as { code: unknown }).code);
  return error instanceof Error ? error.message : String(error);
}
