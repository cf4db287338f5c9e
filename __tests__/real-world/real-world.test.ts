import { describe, expect, it } from '@jest/globals';
import { scan } from '../../src/scan/scan.js';
import { asMarked, gapsOf, loadCases, readKnownGaps, scoreCase, summarize, type CaseScore } from './score.js';

// Real public files, with expectations a reviewer wrote before the tool ran on them. Every expectation
// must be met and no error or warning may land anywhere else, except the known gaps listed in
// known-gaps.json; a gap that closes must be taken off that list (`npm run real-world -- --write-gaps`).
const cases = loadCases();
const scores: CaseScore[] = [];

describe('real-world corpus', () => {
  it('holds the cases', () => {
    expect(cases.length).toBeGreaterThan(0);
  });

  it.each(cases.map((testCase) => [testCase.slug, testCase] as const))('%s', async (_slug, testCase) => {
    const result = await scan({ root: testCase.filesRoot });
    const score = scoreCase(testCase, result.findings.map(asMarked));
    scores.push(score);
    const known = readKnownGaps();
    const gaps = gapsOf([score]);
    expect(gaps.missed.filter((key) => !known.missed.includes(key))).toEqual([]);
    expect(gaps.falsePositives.filter((key) => !known.falsePositives.includes(key))).toEqual([]);
  });

  it('lists no gap that has closed', () => {
    const current = gapsOf(scores);
    const known = readKnownGaps();
    expect(known.missed.filter((key) => !current.missed.includes(key))).toEqual([]);
    expect(known.falsePositives.filter((key) => !current.falsePositives.includes(key))).toEqual([]);
    expect(summarize(scores).cases).toBe(cases.length);
  });
});
