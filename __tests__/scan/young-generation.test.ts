import { describe, expect, it } from '@jest/globals';
import { holdYoungGenerationAtCeiling, youngGenerationCeiling } from '../../src/scan/young-generation.js';

describe("the young generation held at Node 20's ceiling", () => {
  it('lets it grow below the ceiling, stops its growth once at it, and sets the flag only once', () => {
    const set: string[] = [];
    const setFlags = (flags: string) => void set.push(flags);
    expect(holdYoungGenerationAtCeiling(() => youngGenerationCeiling - 1, setFlags)).toBe(false);
    expect(set).toEqual([]);
    // A parse worker never sets the process's flag: its own limit holds it.
    expect(holdYoungGenerationAtCeiling(() => youngGenerationCeiling, setFlags, false)).toBe(false);
    expect(set).toEqual([]);
    expect(holdYoungGenerationAtCeiling(() => youngGenerationCeiling, setFlags)).toBe(true);
    expect(set).toEqual(['--semi-space-growth-factor=1']);
    expect(holdYoungGenerationAtCeiling(() => 0, setFlags)).toBe(true);
    expect(set).toEqual(['--semi-space-growth-factor=1']);
  });
});
