import { describe, expect, it } from '@jest/globals';
import { ignoreMarkers, markerIds } from '../../src/comments/markers.js';
import { seeded } from '../helpers/seeded.js';

/** The one pattern `markerIds` replaced: quadratic in a comment of many `…ignore[` with no `]` to close them. */
const onePattern = /ses-credential-hygiene:[ \t]*ignore\[([^\]]*)\]/;

const pieces = [
  'ses-credential-hygiene: ignore[',
  'ses-credential-hygiene:ignore[',
  'ses-credential-hygiene:',
  'ses-credential-hygiene: ',
  'ses-credential-hygiene:\t \t',
  'ses-credential-hygiene',
  'ignore[',
  'ignore',
  '[',
  ']',
  ' ',
  '\t',
  'rule-a',
  ',',
  '*',
  '\n',
  'x',
  'Ignore[',
];

function randomComment(random: () => number): string {
  return Array.from({ length: Math.floor(random() * 9) }, () => pieces[Math.floor(random() * pieces.length)]!).join('');
}

describe('markerIds', () => {
  it('answers as the one pattern did, on 20 000 generated comments', () => {
    const random = seeded(20261208);
    let named = 0;
    for (let n = 0; n < 20_000; n++) {
      const comment = randomComment(random);
      const old = onePattern.exec(comment);
      expect([comment, markerIds(comment)]).toEqual([comment, old ? old[1] : undefined]);
      if (old) named++;
    }
    // Both answers are well represented, so the comparison says something either way.
    expect(named).toBeGreaterThan(500);
    expect(named).toBeLessThan(19_000);
  });

  it('finds no marker in a comment of a thousand openings and no `]`, and the first where one closes', () => {
    const openings = 'ses-credential-hygiene: ignore['.repeat(1_000);
    expect(markerIds(openings)).toBeUndefined();
    expect(markerIds(`${openings}rule-a]`)).toBe(`${'ses-credential-hygiene: ignore['.repeat(999)}rule-a`);
    expect(ignoreMarkers(`# ${openings}\nA=1\n`, '.env')).toEqual([]);
  });
});
