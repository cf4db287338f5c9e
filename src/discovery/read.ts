import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { errorCode } from './walk.js';

/**
 * One buffer reused for every read: most candidates are dropped by `mayMatter` or become a string at
 * once, so a fresh buffer per file would only feed the garbage collector. It grows to the largest file read.
 */
let scratch = Buffer.allocUnsafe(1 << 16);

function scratchFor(size: number): Buffer {
  if (scratch.length < size) scratch = Buffer.allocUnsafe(Math.max(size, scratch.length * 2));
  return scratch;
}

export type ReadResult = { ok: true; text: string; warning?: string } | { ok: false; reason: string };

/**
 * Reads a candidate as text. Files over the size limit, binary files and files that vanished or
 * became something else since the walk are refused with a reason; odd encodings are decoded.
 */
export function readText(
  absolute: string,
  maxBytes: number,
  mayMatter?: (bytes: Buffer) => boolean,
): ReadResult | { ok: false; irrelevant: true } {
  let fd: number;
  try {
    // O_NOFOLLOW: a file swapped for a link after the walk is refused, not followed; O_NONBLOCK: a FIFO does not hang.
    fd = openSync(absolute, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (error) {
    return { ok: false, reason: `cannot open (${errorCode(error)})` };
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { ok: false, reason: 'not a regular file' };
    if (stat.size > maxBytes)
      return {
        ok: false,
        reason: `larger than the limit (${stat.size} bytes > ${maxBytes}; raise max-file-size to read it)`,
      };
    const buffer = scratchFor(stat.size);
    let filled = 0;
    while (filled < stat.size) {
      const read = readSync(fd, buffer, filled, stat.size - filled, filled);
      if (read === 0) break;
      filled += read;
    }
    const bytes = buffer.subarray(0, filled);
    if (mayMatter && !isUtf16(bytes) && !mayMatter(bytes)) return { ok: false, irrelevant: true };
    return decode(bytes);
  } catch (error) {
    return { ok: false, reason: `cannot read (${errorCode(error)})` };
  } finally {
    closeSync(fd);
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const utf8Lenient = new TextDecoder('utf-8');

function isUtf16(bytes: Buffer): boolean {
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

export function decode(bytes: Buffer): ReadResult {
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { ok: true, text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), warning: 'decoded as UTF-16LE' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { ok: true, text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), warning: 'decoded as UTF-16BE' };
  if (bytes.subarray(0, 8000).includes(0)) return { ok: false, reason: 'binary file (NUL byte)' };
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const body = bytes.subarray(bom);
  try {
    return { ok: true, text: utf8.decode(body) };
  } catch {
    return { ok: true, text: utf8Lenient.decode(body), warning: 'not valid UTF-8; invalid bytes were replaced' };
  }
}
