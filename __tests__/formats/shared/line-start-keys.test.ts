import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { lineStartKeyFinder } from '../../../src/formats/shared/line-start-keys.js';
import { mayHoldEnvMap } from '../../../src/formats/kubernetes.js';

const envKeys = ['env', 'envs', 'envVars', 'extraEnv', 'extraEnvVars', 'secretEnv', 'environment'];

/** The plain definition: `key:` at the file's start or after a line break, one search per key. */
function byEachKey(bytes: Buffer): boolean {
  return envKeys.some(
    (key) => bytes.includes(`\n${key}:`) || bytes.subarray(0, key.length + 1).equals(Buffer.from(`${key}:`)),
  );
}

describe('lineStartKeyFinder', () => {
  it('finds a key at the start of the file or of a line, followed by a colon', () => {
    expect(mayHoldEnvMap(Buffer.from('env:\n  A: b\n'))).toBe(true);
    expect(mayHoldEnvMap(Buffer.from('name: x\nextraEnvVars:\n'))).toBe(true);
    expect(mayHoldEnvMap(Buffer.from('a: 1\r\nsecretEnv: {}\n'))).toBe(true);
  });

  it('ignores a key that is indented, quoted, without its colon, or only the end of a longer word', () => {
    expect(mayHoldEnvMap(Buffer.from('  env:\n'))).toBe(false);
    expect(mayHoldEnvMap(Buffer.from('{"env": {}}\n'))).toBe(false);
    expect(mayHoldEnvMap(Buffer.from('environments:\nenv\n'))).toBe(false);
    expect(mayHoldEnvMap(Buffer.from('myenv:\nxsecretEnv:\n'))).toBe(false);
  });

  it('agrees with one search per key on any text made of the keys’ pieces', () => {
    const piece = fc.constantFrom(
      '\n',
      'env',
      'nv',
      'e',
      'extraE',
      'extraEnv',
      'secret',
      'Vars',
      's',
      'ironment',
      ':',
      ' ',
      'x',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const bytes = Buffer.from(pieces.join(''));
        expect(mayHoldEnvMap(bytes)).toBe(byEachKey(bytes));
      }),
      { numRuns: 5000, seed: 20261128 },
    );
  });

  it('refuses keys that do not hold the anchor exactly once', () => {
    expect(() => lineStartKeyFinder(['path'], 'nv')).toThrow(/must hold "nv" exactly once/);
    expect(() => lineStartKeyFinder(['nvnv'], 'nv')).toThrow(/exactly once/);
  });
});
