import { describe, expect, it } from '@jest/globals';
import { nearest } from '../../src/common/did-you-mean.js';
import { seeded } from '../helpers/seeded.js';

// nearest() works out only the part of the edit-distance table within its limit of the diagonal. This is
// the whole table, as it was computed before, and nearest() written on it.
function fullDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++)
      current.push(
        Math.min(
          (previous[j] ?? 0) + 1,
          (current[j - 1] ?? 0) + 1,
          (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
        ),
      );
    previous = current;
  }
  return previous[b.length] ?? 0;
}

function fullNearest(word: string, candidates: readonly string[], limit: number): string | undefined {
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of candidates) {
    if (candidate === word || Math.abs(candidate.length - word.length) > limit) continue;
    const distance = fullDistance(word, candidate);
    if (distance <= limit && (!best || distance < best.distance)) best = { candidate, distance };
  }
  return best?.candidate;
}

describe('nearest, on the band of the table within its limit', () => {
  it('names the candidate the whole table names, on 20 000 generated words and candidate lists', () => {
    const random = seeded(3232);
    const letter = () => 'ABCS_'[Math.floor(random() * 5)] ?? 'A';
    const word = () => Array.from({ length: Math.floor(random() * 12) }, letter).join('');
    const near = (base: string) => {
      const chars = [...base];
      for (let edits = Math.floor(random() * 4); edits > 0; edits--) {
        const at = Math.floor(random() * (chars.length + 1));
        const kind = random();
        if (kind < 0.33) chars.splice(at, 0, letter());
        else if (kind < 0.66) chars.splice(at, 1);
        else chars[at] = letter();
      }
      return chars.join('');
    };
    let named = 0;
    for (let i = 0; i < 20_000; i++) {
      const target = word();
      const candidates = Array.from({ length: 1 + Math.floor(random() * 6) }, () =>
        random() < 0.7 ? near(target) : word(),
      );
      const limit = random() < 0.5 ? 2 : Math.floor(random() * 5);
      const expected = fullNearest(target, candidates, limit);
      if (expected !== undefined) named++;
      expect({ i, found: nearest(target, candidates, limit) }).toEqual({ i, found: expected });
      expect({ i, found: nearest(target, candidates) }).toEqual({
        i,
        found: fullNearest(target, candidates, Math.max(2, Math.floor(target.length / 3))),
      });
    }
    expect(named).toBeGreaterThan(5_000);
    expect(named).toBeLessThan(19_000);
  });
});
