import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { mayHoldCredentials } from '../../src/formats/github-workflow.js';

/** The prefilter as one pattern: a credential word or a run of 40 base64 characters anywhere. */
const asOnePattern = /secret|passw|pwd|token|credential|key|smtp|mail|AKIA|ASIA|aws|root|login|[A-Za-z0-9+/]{40}/i;

describe('mayHoldCredentials', () => {
  it('passes a workflow with a credential word or a 40-character base64 run, and no other', () => {
    expect(mayHoldCredentials('on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n')).toBe(false);
    expect(mayHoldCredentials('env:\n  X: ${{ Secrets.X }}\n')).toBe(true);
    expect(mayHoldCredentials(`x: ${'aB3+/'.repeat(8)}\n`)).toBe(true);
    expect(mayHoldCredentials(`x: ${'aB3+/'.repeat(8).slice(1)}-a\n`)).toBe(false);
  });

  it('agrees with the single pattern on any text made of its pieces', () => {
    const piece = fc.constantFrom(
      'a',
      'Z',
      '9',
      '+',
      '/',
      '-',
      ' ',
      '\n',
      'é',
      'ſ',
      'K',
      'aB3+/'.repeat(4),
      'KEY',
      'Mai',
      'l',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join('');
        expect(mayHoldCredentials(text)).toBe(asOnePattern.test(text));
      }),
      { numRuns: 5000, seed: 20261207 },
    );
  });
});
