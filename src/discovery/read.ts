import { closeSync, constants, fstatSync, lstatSync, openSync, readSync } from 'node:fs';
import { isUtf8 } from 'node:buffer';
import { resolve } from 'node:path';
import { errorCode } from '../common/error-code.js';
import { foldersBetween } from './paths.js';

/**
 * One buffer reused for every read: most candidates are dropped by `mayMatter` or become a string at
 * once, so a fresh buffer per file would only feed the garbage collector. It grows to the largest file read.
 */
let scratch = Buffer.allocUnsafe(1 << 16);

function scratchFor(size: number): Buffer {
  if (scratch.length < size) scratch = Buffer.allocUnsafe(Math.max(size, scratch.length * 2));
  return scratch;
}

/**
 * Reads an open file's first `size` bytes into `buffer` from its start, as many reads as it takes; gives the
 * bytes read (fewer when the file shrank since its size was taken).
 */
export function readInto(fd: number, buffer: Buffer, size: number): Buffer {
  let filled = 0;
  while (filled < size) {
    const got = readSync(fd, buffer, filled, size - filled, filled);
    if (got === 0) break;
    filled += got;
  }
  return buffer.subarray(0, filled);
}

/** An open file's bytes, up to the size it had when opened (a file that shrank meanwhile gives fewer). */
export function readAll(fd: number, size: number): Buffer {
  return readInto(fd, Buffer.allocUnsafe(size), size);
}

/** A refusal may carry the bytes already read (a binary file's), for a reader that still wants them as text. */
export type ReadResult = { ok: true; text: string; warning?: string } | { ok: false; reason: string; binary?: Buffer };

/** A file over the size limit: not parsed, but its text may still be read in pieces (`readTextInChunks`). */
export type TooLarge = { ok: false; reason: string; tooLarge: true };

/** A file that could not be opened: why, and the system's code (ENOENT, ELOOP, …) for callers that tell them apart. */
type OpenFailure = { ok: false; reason: string; code: string };

function openRegularFile(absolute: string | Buffer): { fd: number } | OpenFailure {
  try {
    // O_NOFOLLOW: a file swapped for a link after the walk is refused, not followed; O_NONBLOCK: a FIFO does not hang.
    return { fd: openSync(absolute, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK) };
  } catch (error) {
    const code = errorCode(error);
    return { ok: false, reason: `cannot open (${code})`, code };
  }
}

/**
 * Opens a file of the checkout without following a link, checks it is still a regular file, gives its
 * descriptor and size to `read`, and always closes it; a failure to read becomes a reason.
 */
export function readRegularFile<T>(
  absolute: string | Buffer,
  read: (fd: number, size: number) => T,
): T | OpenFailure | { ok: false; reason: string } {
  const opened = openRegularFile(absolute);
  if (!('fd' in opened)) return opened;
  const { fd } = opened;
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { ok: false, reason: 'not a regular file' };
    return read(fd, stat.size);
  } catch (error) {
    return { ok: false, reason: `cannot read (${errorCode(error)})` };
  } finally {
    closeSync(fd);
  }
}

/**
 * Reads a candidate as text. Files over the size limit, binary files and files that vanished or
 * became something else since the walk are refused with a reason; odd encodings are decoded.
 */
export function readText(
  absolute: string | Buffer,
  maxBytes: number,
  mayMatter?: (bytes: Buffer) => boolean,
): ReadResult | TooLarge | { ok: false; irrelevant: true } {
  return readRegularFile(absolute, (fd, size): ReadResult | TooLarge | { ok: false; irrelevant: true } => {
    if (size > maxBytes)
      return {
        ok: false,
        reason: `larger than the limit (${size} bytes > ${maxBytes}; raise max-file-size to read it)`,
        tooLarge: true,
      };
    if (mayMatter && size > prefilterPieceBytes && !mayMatterInPieces(fd, size, mayMatter))
      return { ok: false, irrelevant: true };
    const bytes = readInto(fd, scratchFor(size), size);
    if (mayMatter && !isUtf16(bytes) && !mayMatter(bytes)) return { ok: false, irrelevant: true };
    return decode(bytes);
  });
}

/**
 * Bytes that a format's word (with the byte before it, for a word that must start a line) spans at most: a
 * `mayMatter` test must find its words in any stretch of the file this long that holds one.
 */
export const wordReach = 64;

/** A file over this size is put to its `mayMatter` test in pieces before it is read whole. */
export const prefilterPieceBytes = 128 * 1024;

/** The buffer for the pieces: one, reused, of one piece and the reach kept from the piece before. */
let pieceScratch: Buffer | undefined;

/**
 * Whether a file may pass its `mayMatter` test, asked of one piece at a time (each with the last `wordReach`
 * bytes of the one before, so a word across a cut is whole in the next). Most large files a prefilter sees
 * are data that no format reads (JSON fixtures, logs): searched in pieces that stay in the processor's cache,
 * every word is looked for in memory already fetched, where the whole file, read at once, is fetched from
 * memory again for each word. False only if no piece passes, and a word that passes the whole file is whole
 * in some piece: a file the whole-file test would pass is never dropped here. True may still be a piece's
 * false alarm (a word at a piece's start is taken to start a line), so the caller tests the whole file then.
 * UTF-16 text is never dropped by a prefilter, as in `readText`.
 */
export function mayMatterInPieces(
  fd: number,
  size: number,
  mayMatter: (bytes: Buffer) => boolean,
  pieceBytes: number = prefilterPieceBytes,
): boolean {
  const buffer =
    pieceBytes === prefilterPieceBytes
      ? (pieceScratch ??= Buffer.allocUnsafe(prefilterPieceBytes + wordReach))
      : Buffer.allocUnsafe(pieceBytes + wordReach);
  let kept = 0;
  for (let position = 0; position < size;) {
    const read = readSync(fd, buffer, kept, Math.min(pieceBytes, size - position), position);
    if (read === 0) break;
    const piece = buffer.subarray(0, kept + read);
    // The piece still starts at the file's start (a first read may have been short): its byte-order mark is there.
    if (position === kept && isUtf16(piece)) return true;
    if (mayMatter(piece)) return true;
    position += read;
    kept = Math.min(wordReach, piece.length);
    piece.copy(buffer, 0, piece.length - kept);
  }
  return false;
}

const utf8Lenient = new TextDecoder('utf-8');

/** Why a file with a NUL byte near its start is not parsed. */
export const binaryFileReason = 'binary file (NUL byte)';

/** A NUL byte near the start: what makes a file binary here, for the whole-file and the chunked reader alike. */
export function looksBinary(bytes: Buffer): boolean {
  return bytes.subarray(0, 8000).includes(0);
}

export function isUtf16(bytes: Buffer): boolean {
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

export function decode(bytes: Buffer): ReadResult {
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { ok: true, text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), warning: 'decoded as UTF-16LE' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { ok: true, text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), warning: 'decoded as UTF-16BE' };
  if (looksBinary(bytes)) return { ok: false, reason: binaryFileReason, binary: bytes };
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const body = bytes.subarray(bom);
  // Validated first, then decoded: the same strict UTF-8 as a fatal TextDecoder (no overlong forms, no
  // surrogates), at about half its cost in Node 24, as most files are.
  if (isUtf8(body)) return { ok: true, text: body.toString('utf8') };
  return { ok: true, text: utf8Lenient.decode(body), warning: 'not valid UTF-8; invalid bytes were replaced' };
}

export type CheckoutRead = { ok: true; text: string } | { ok: false; missing: boolean; reason: string };

/**
 * Reads a file the checkout controls (the config, the baseline) the way scanned files are read: no
 * symbolic links (neither the file nor a folder between `root` and it), no devices or FIFOs, and at
 * most `maxBytes`, counted while reading so a file that lies about its size (`/proc`, a device) is
 * still refused.
 */
export function readCheckoutFile(path: string, maxBytes: number, options: { root?: string } = {}): CheckoutRead {
  const linked = options.root ? linkedFolder(resolve(options.root), resolve(path)) : undefined;
  if (linked) return { ok: false, missing: false, reason: `${linked} is a symbolic link, not followed` };
  const read = readRegularFile(path, (fd): CheckoutRead => {
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(64 * 1024);
      const count = readSync(fd, chunk, 0, chunk.length, null);
      if (count === 0) break;
      total += count;
      if (total > maxBytes) return { ok: false, missing: false, reason: `larger than ${maxBytes} bytes` };
      chunks.push(chunk.subarray(0, count));
    }
    const decoded = decode(Buffer.concat(chunks));
    return decoded.ok ? { ok: true, text: decoded.text } : { ok: false, missing: false, reason: decoded.reason };
  });
  if (read.ok) return read;
  if ('missing' in read) return read;
  const code = 'code' in read ? read.code : undefined;
  if (code === 'ENOENT' || code === 'ENOTDIR') return { ok: false, missing: true, reason: 'no such file' };
  return { ok: false, missing: false, reason: code === 'ELOOP' ? 'symbolic link, not followed' : read.reason };
}

/** The first folder between `root` and `path` that is a symbolic link, if any. */
function linkedFolder(root: string, path: string): string | undefined {
  for (const folder of foldersBetween(root, path) ?? []) {
    try {
      if (lstatSync(folder).isSymbolicLink()) return folder;
    } catch {
      return undefined;
    }
  }
  return undefined;
}
