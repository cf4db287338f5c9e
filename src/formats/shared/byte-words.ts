// Finds words in raw bytes (the formats' `mayMatter` prefilters, which run over every YAML and JSON
// candidate, most of them data no format reads): each finder searches for one short anchor that the
// words hold and checks the words around each place it is found. Native search is fastest for a needle
// shorter than 7 bytes whose first byte is rare in the text (`Vers`, `AWS`, `Custom`): it then skips
// from one such byte to the next. A needle that starts with a frequent byte (`:`, `a`, a line break)
// stops at every one, and a needle of 7 bytes or more changes to a slower search once it has stopped often.

import { wordReach } from '../../discovery/read.js';

/** A word as bytes, with where the anchor sits in it. */
interface Shape {
  word: Uint8Array;
  anchorAt: number;
}

function shapesOf(words: readonly string[], anchor: string, suffix: string): Shape[] {
  return words.map((word) => {
    const at = word.indexOf(anchor);
    if (at < 0 || word.indexOf(anchor, at + 1) >= 0) throw new Error(`"${word}" must hold "${anchor}" exactly once`);
    // A large file is tested in pieces that overlap by `wordReach` (`mayMatterInPieces`): a longer word,
    // with the line break before it, could be cut by every piece and never seen.
    if (word.length + suffix.length + 1 > wordReach) throw new Error(`"${word}" is longer than a piece's overlap`);
    return { word: Buffer.from(`${word}${suffix}`, 'latin1'), anchorAt: at };
  });
}

/** Whether `word` is written in `bytes` at `start`. */
function holdsAt(bytes: Buffer, start: number, word: Uint8Array): boolean {
  if (start < 0 || start + word.length > bytes.length) return false;
  for (let i = 0; i < word.length; i++) if (bytes[start + i] !== word[i]) return false;
  return true;
}

/** Whether an anchor of `anchor` in `bytes` is part of a shape that `fits` where it starts. */
function anchoredFinder(
  anchor: string,
  shapes: readonly Shape[],
  fits: (bytes: Buffer, start: number) => boolean,
): (bytes: Buffer) => boolean {
  const anchorBytes = Buffer.from(anchor, 'latin1');
  return (bytes) => {
    for (let at = bytes.indexOf(anchorBytes); at >= 0; at = bytes.indexOf(anchorBytes, at + 1)) {
      for (let index = 0; index < shapes.length; index++) {
        const { word, anchorAt } = shapes[index]!;
        const start = at - anchorAt;
        if (fits(bytes, start) && holdsAt(bytes, start, word)) return true;
      }
    }
    return false;
  };
}

/** Finds any of `words` anywhere in the bytes, in one search for `anchor`, which each word holds exactly once. */
export function wordFinder(words: readonly string[], anchor: string): (bytes: Buffer) => boolean {
  return anchoredFinder(anchor, shapesOf(words, anchor, ''), () => true);
}

/**
 * Finds `key:` at the start of a line of raw bytes for any of a few keys that share `anchor`, in one
 * search for the anchor instead of one per key: a needle that starts with a line break is slow to search
 * for in text with many lines.
 */
export function lineStartKeyFinder(keys: readonly string[], anchor: string): (bytes: Buffer) => boolean {
  return anchoredFinder(
    anchor,
    shapesOf(keys, anchor, ':'),
    (bytes, start) => start === 0 || (start > 0 && bytes[start - 1] === 0x0a),
  );
}
