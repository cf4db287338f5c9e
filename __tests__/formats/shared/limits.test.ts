import { describe, expect, it } from '@jest/globals';
import { nodeEstimate } from '../../../src/formats/shared/limits.js';

describe('nodeEstimate', () => {
  it('counts commas, list items and keys without parsing', () => {
    expect(nodeEstimate('a: [1, 2, 3]\n- x\n- y: z\n', 1000)).toBe(6);
  });

  it('stops counting just past the limit', () => {
    expect(nodeEstimate('a,'.repeat(1000), 10)).toBe(11);
  });
});
