/**
 * Edit distance between two strings when it is at most `limit`, else some number above `limit`: only the
 * cells within `limit` of the diagonal are worked out (any other is more than `limit` edits away), and the
 * table stops once a whole row is over it. Linear in the words' length, not quadratic.
 */
function editDistanceWithin(a: string, b: string, limit: number): number {
  const over = limit + 1;
  if (Math.abs(a.length - b.length) > limit) return over;
  let previous = Array.from({ length: b.length + 1 }, (_, index) => (index <= limit ? index : over));
  let current = new Array<number>(b.length + 1).fill(over);
  for (let i = 1; i <= a.length; i++) {
    const from = Math.max(1, i - limit);
    const to = Math.min(b.length, i + limit);
    // The cells just outside the band are read by the next cell or row: they stand for "over the limit".
    current[0] = i <= limit ? i : over;
    current[from - 1] = from > 1 ? over : current[0];
    if (to < b.length) current[to + 1] = over;
    let least = current[0] ?? over;
    for (let j = from; j <= to; j++) {
      const cell = Math.min(
        (previous[j] ?? over) + 1,
        (current[j - 1] ?? over) + 1,
        (previous[j - 1] ?? over) + (a[i - 1] === b[j - 1] ? 0 : 1),
        over,
      );
      current[j] = cell;
      if (cell < least) least = cell;
    }
    if (least >= over) return over;
    [previous, current] = [current, previous];
  }
  return previous[b.length] ?? over;
}

/**
 * The closest of `candidates` to `word`, when it is close enough to be a likely typo: at most `limit` edits
 * (by default a third of the word, at least two). The word itself is never its own suggestion.
 */
export function nearest(
  word: string,
  candidates: Iterable<string>,
  limit = Math.max(2, Math.floor(word.length / 3)),
): string | undefined {
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of candidates) {
    // Words whose lengths differ by more than the limit cost nothing: `editDistanceWithin` answers them at once.
    if (candidate === word) continue;
    const distance = editDistanceWithin(word, candidate, limit);
    if (distance <= limit && (!best || distance < best.distance)) best = { candidate, distance };
  }
  return best?.candidate;
}
