import { describe, expect, it } from '@jest/globals';
import {
  holdYoungGenerationAtCeiling,
  holdYoungGenerationForWarmScan,
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
