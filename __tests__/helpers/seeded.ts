/**
 * A small seeded generator (mulberry32) in [0, 1): the same sequence every run, so a failure names an input
 * that can be made again.
 */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` pieces drawn with `random`, one after another, joined: the generated inputs of the equivalence tests. */
export function joinedPieces(random: () => number, pieces: readonly string[], count: number): string {
  return Array.from({ length: count }, () => pieces[Math.floor(random() * pieces.length)]!).join('');
}
