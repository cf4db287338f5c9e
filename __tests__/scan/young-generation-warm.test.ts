import { describe, expect, it } from '@jest/globals';
import {
  holdYoungGenerationAtCeiling,
  holdYoungGenerationForWarmScan,
  releaseWarmScanHold,
  warmScanYoungGenerationCeiling,
  youngGenerationCeiling,
} from '../../src/scan/young-generation.js';

describe('the young generation held small for a warm re-scan', () => {
  it('stops its growth at the warm ceiling, below the cold one, once', () => {
    expect(warmScanYoungGenerationCeiling).toBeLessThan(youngGenerationCeiling);
    const set: string[] = [];
    const setFlags = (flags: string) => void set.push(flags);
    expect(holdYoungGenerationForWarmScan(() => warmScanYoungGenerationCeiling - 1, setFlags)).toBe(false);
    // A parse worker never sets the process's flag.
    expect(holdYoungGenerationForWarmScan(() => warmScanYoungGenerationCeiling, setFlags, false)).toBe(false);
    expect(set).toEqual([]);
    expect(holdYoungGenerationForWarmScan(() => warmScanYoungGenerationCeiling, setFlags)).toBe(true);
    expect(set).toEqual(['--semi-space-growth-factor=1']);
    // Held once for the process: the cold ceiling's look afterwards sets nothing more.
    expect(holdYoungGenerationAtCeiling(() => youngGenerationCeiling, setFlags)).toBe(true);
    expect(set).toEqual(['--semi-space-growth-factor=1']);
  });
});

describe('a warm re-scan’s hold lifted for many files to parse', () => {
  it('sets the growth factor back to V8’s own once, and lets the ceiling’s hold come again', () => {
    const set: string[] = [];
    const setFlags = (flags: string) => void set.push(flags);
    // The first test's warm hold is still on in this module: lifted once, then there is nothing to lift.
    expect(releaseWarmScanHold(setFlags)).toBe(true);
    expect(releaseWarmScanHold(setFlags)).toBe(false);
    expect(set).toEqual(['--semi-space-growth-factor=2']);
    // Growing again, the ceiling's hold stops it where a cold scan's stops; that hold is never lifted.
    expect(holdYoungGenerationAtCeiling(() => youngGenerationCeiling - 1, setFlags)).toBe(false);
    expect(holdYoungGenerationAtCeiling(() => youngGenerationCeiling, setFlags)).toBe(true);
    expect(releaseWarmScanHold(setFlags)).toBe(false);
    expect(set).toEqual(['--semi-space-growth-factor=2', '--semi-space-growth-factor=1']);
  });
});
