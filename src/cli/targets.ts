import { statSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { findRepositoryRoot } from '../discovery/repository-root.js';
import { UsageError } from './options.js';

/** One scan: a folder, whole, or the given files of one repository (paths from its root). */
export interface ScanTarget {
  root: string;
  /** Undefined: every file under the root. */
  files?: Set<string>;
}

function kindOf(path: string): 'file' | 'folder' {
  try {
    return statSync(path).isDirectory() ? 'folder' : 'file';
  } catch {
    throw new UsageError(`${path}: no such folder or file`);
  }
}

/**
 * Turns the command line's paths into scans. A folder is scanned whole, as before. A file is scanned as
 * if in its repository (the nearest folder above it with `.git` or `.github/`), so that its path, and
 * with it the format it is read as, are what they are in the repository: files of one repository share
 * one scan. Each scan finds its own repository's config file.
 */
export function scanTargets(paths: readonly string[]): ScanTarget[] {
  const targets = new Map<string, ScanTarget>();
  for (const path of paths.length > 0 ? paths : ['.']) {
    if (kindOf(path) === 'folder') {
      targets.set(resolve(path), { root: resolve(path) });
      continue;
    }
    const root = findRepositoryRoot(path) ?? dirname(resolve(path));
    const target = targets.get(root) ?? { root, files: new Set<string>() };
    target.files?.add(relative(root, resolve(path)).split('\\').join('/'));
    targets.set(root, target);
  }
  return [...targets.values()];
}
