import { describe, expect, it } from '@jest/globals';
import { exitOnceWritten } from '../../src/common/exit.js';

describe('exitOnceWritten', () => {
  it('exits at once on Linux, where both standard streams are written synchronously', () => {
    let exits = 0;
    expect(exitOnceWritten('linux', () => exits++)).toBe(true);
    expect(exits).toBe(1);
  });

  it('leaves the process to end by itself where a pipe may still hold output (macOS, Windows)', () => {
    let exits = 0;
    expect(exitOnceWritten('darwin', () => exits++)).toBe(false);
    expect(exitOnceWritten('win32', () => exits++)).toBe(false);
    expect(exits).toBe(0);
  });
});
