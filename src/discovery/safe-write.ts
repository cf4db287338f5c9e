import { closeSync, constants, fstatSync, ftruncateSync, lstatSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { errorCode } from '../common/error-code.js';
import { foldersBetween } from './paths.js';

export class UnsafeOutputError extends Error {}

export interface SafeWriteOptions {
  /** Append instead of replacing (the job summary). */
  append?: boolean;
  /**
   * A folder whose contents someone else wrote (the checkout): every folder between it and the file
   * must be a real folder, not a link that could lead the write elsewhere.
   */
  untrustedRoot?: string;
}

/**
 * Writes an output file without following links: the file is created exclusively or, when it exists,
 * opened with O_NOFOLLOW and accepted only as a regular file with one name (a hard link would write
 * through to another file); only then is it truncated. Missing parent folders are created.
 */
export function safeWriteFile(
  path: string,
  /** The bytes, or text written as UTF-8, or pieces of bytes written one after the other. */
  content: string | Uint8Array | readonly Uint8Array[],
  options: SafeWriteOptions = {},
): void {
  const target = resolve(path);
  ensureParents(target, options.untrustedRoot ? resolve(options.untrustedRoot) : undefined);
  const fd = openForWriting(target);
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new UnsafeOutputError(`cannot write ${path}: not a regular file`);
    if (stat.nlink > 1) throw new UnsafeOutputError(`cannot write ${path}: the file has other names (hard links)`);
    if (!options.append) ftruncateSync(fd, 0);
    const pieces =
      typeof content === 'string'
        ? [Buffer.from(content, 'utf8')]
        : content instanceof Uint8Array
          ? [content]
          : content;
    for (const bytes of pieces) {
      let written = 0;
      while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written, null);
    }
  } finally {
    closeSync(fd);
  }
}

function openForWriting(target: string): number {
  const noFollow = constants.O_NOFOLLOW | constants.O_NONBLOCK;
  try {
    return openSync(target, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | noFollow, 0o644);
  } catch (error) {
    if (errorCode(error) !== 'EEXIST') throw describe(target, error);
  }
  try {
    return openSync(target, constants.O_WRONLY | constants.O_APPEND | noFollow);
  } catch (error) {
    throw describe(target, error);
  }
}

function describe(target: string, error: unknown): Error {
  const code = errorCode(error);
  if (code === 'ELOOP') return new UnsafeOutputError(`cannot write ${target}: it is a symbolic link`);
  if (code === 'ENXIO') return new UnsafeOutputError(`cannot write ${target}: not a regular file`);
  return new UnsafeOutputError(`cannot write ${target} (${code})`);
}

/** Creates missing parents one by one; below the untrusted root, an existing parent must not be a link. */
function ensureParents(target: string, untrustedRoot: string | undefined): void {
  const folders = untrustedRoot === undefined ? undefined : foldersBetween(untrustedRoot, target);
  if (!folders) {
    mkdirSync(dirname(target), { recursive: true });
    return;
  }
  for (const folder of folders) {
    let stat;
    try {
      stat = lstatSync(folder);
    } catch (error) {
      if (errorCode(error) !== 'ENOENT') throw describe(folder, error);
      mkdirSync(folder);
      continue;
    }
    if (stat.isSymbolicLink()) throw new UnsafeOutputError(`cannot write ${target}: ${folder} is a symbolic link`);
    if (!stat.isDirectory()) throw new UnsafeOutputError(`cannot write ${target}: ${folder} is not a folder`);
  }
}
