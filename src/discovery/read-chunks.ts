import { readSync } from 'node:fs';
import { TextDecoder } from 'node:util';
import { binaryFileReason, isUtf16, looksBinary, readRegularFile, wordReach } from './read.js';

/** How much of a file too large to parse is still read as text, and in what pieces. */
export const textOnlyReadCap = 64 * 1024 * 1024;
export const textChunkBytes = 1024 * 1024;

export type ChunkedRead =
  { ok: true; size: number; capped: boolean; relevant: boolean } | { ok: false; reason: string };

export interface ChunkOptions {
  cap?: number;
  chunkBytes?: number;
  /** The adapter's test of raw bytes; the file is relevant once any chunk passes it. */
  mayMatter?: (bytes: Buffer) => boolean;
}

/**
 * Reads a file as decoded text, one chunk at a time and never more than `cap` bytes, for a file too
 * large to parse whose text is still looked through. Decoding streams across chunks, so a character cut
 * by a chunk's end is whole in the text given. A binary file (a NUL byte near its start) is refused.
 */
export function readTextInChunks(
  absolute: string | Buffer,
  onText: (text: string) => void,
  options: ChunkOptions = {},
): ChunkedRead {
  return readRegularFile(absolute, (fd, size): ChunkedRead => {
    const limit = Math.min(size, options.cap ?? textOnlyReadCap);
    const buffer = Buffer.allocUnsafe(Math.min(limit, options.chunkBytes ?? textChunkBytes));
    let decoder: TextDecoder | undefined;
    let relevant = options.mayMatter === undefined;
    let tail = Buffer.alloc(0);
    let position = 0;
    while (position < limit) {
      const read = readSync(fd, buffer, 0, Math.min(buffer.length, limit - position), position);
      if (read === 0) break;
      const bytes = buffer.subarray(0, read);
      if (!decoder) {
        const utf16 = isUtf16(bytes);
        if (!utf16 && looksBinary(bytes)) return { ok: false, reason: binaryFileReason };
        // The decoders drop a byte-order mark, as the whole-file reader does.
        decoder = new TextDecoder(!utf16 ? 'utf-8' : bytes[0] === 0xff ? 'utf-16le' : 'utf-16be');
        relevant ||= utf16;
      }
      if (!relevant) {
        relevant = options.mayMatter?.(Buffer.concat([tail, bytes])) ?? true;
        tail = Buffer.from(bytes.subarray(Math.max(0, read - wordReach)));
      }
      onText(decoder.decode(bytes, { stream: true }));
      position += read;
    }
    if (decoder) onText(decoder.decode());
    return { ok: true, size, capped: limit < size, relevant };
  });
}
