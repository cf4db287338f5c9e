import { describe, expect, it } from '@jest/globals';
import { exitOnceWritten } from '../../src/common/exit.js';

describe('exitOnceWritten', () => {
  it('exits when no stream holds unwritten bytes', () => {
    let exits = 0;
    expect(exitOnceWritten([{ writableLength: 0 }, { writableLength: 0 }], () => exits++)).toBe(true);
    expect(exits).toBe(1);
  });

  it('leaves the process to end by itself while any stream still holds bytes, so no output is cut', () => {
    let exits = 0;
    expect(exitOnceWritten([{ writableLength: 0 }, { writableLength: 12 }], () => exits++)).toBe(false);
    expect(exitOnceWritten([{ writableLength: 1 }, { writableLength: 0 }], () => exits++)).toBe(false);
    expect(exits).toBe(0);
  });
});
