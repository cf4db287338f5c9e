import { describe, expect, it } from '@jest/globals';
import { ignoreMarkers, markerCovering, markerIds, type IgnoreMarker } from '../../src/comments/markers.js';
import { joinedPieces, seeded } from '../helpers/seeded.js';

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
  return joinedPieces(random, pieces, Math.floor(random() * 9));
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

/** What `markerCovering` was: two searches of every marker for each finding. */
function coveringBySearch(markers: readonly IgnoreMarker[], line: number, ruleId: string): IgnoreMarker | undefined {
  const covers = (marker: IgnoreMarker, at: number) =>
    marker.line === at && (marker.ids.includes('*') || marker.ids.includes(ruleId));
  return markers.find((marker) => covers(marker, line)) ?? markers.find((marker) => covers(marker, line - 1));
}

describe('markerCovering', () => {
  it('answers as two searches of every marker did, on 2 000 generated lists and 20 000 questions', () => {
    const random = seeded(20261208);
    const rules = ['a', 'b', 'c', '*'];
    let covered = 0;
    for (let n = 0; n < 2_000; n++) {
      // Markers in line order, as a file gives them, several now and then on one line.
      let line = 1;
      const markers: IgnoreMarker[] = Array.from({ length: Math.floor(random() * 8) }, (_, index) => {
        line += Math.floor(random() * 3);
        const ids = rules.filter(() => random() < 0.4);
        return { line, ids: ids.length > 0 ? ids : ['*'], comment: `marker ${index}` };
      });
      const covering = markerCovering(markers);
      for (let ask = 0; ask < 10; ask++) {
        const at = 1 + Math.floor(random() * (line + 2));
        const ruleId = rules[Math.floor(random() * 3)]!;
        const expected = coveringBySearch(markers, at, ruleId);
        expect(covering(at, ruleId)).toBe(expected);
        if (expected) covered++;
      }
    }
    // Both answers are well represented, so the comparison says something either way.
    expect(covered).toBeGreaterThan(2_000);
    expect(covered).toBeLessThan(18_000);
  });
});
