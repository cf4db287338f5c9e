import { describe, expect, it } from '@jest/globals';
import { nearest } from '../../src/common/did-you-mean.js';

/** The edit distance as `nearest` uses it: the smallest limit at which it suggests the candidate. */
const distance = (word: string, candidate: string) =>
  [0, 1, 2, 3, 4].find((limit) => nearest(word, [candidate], limit) === candidate);

describe('the edit distance', () => {
  it('counts insertions, deletions and changes', () => {
    expect(distance('format', 'formt')).toBe(1);
    expect(distance('PASSWORD', 'PASSWROD')).toBe(2);
    expect(distance('', 'abc')).toBe(3);
    expect(distance('same', 'sane')).toBe(1);
  });
});

describe('nearest', () => {
  it('suggests the closest candidate within the limit', () => {
    expect(nearest('root-credential', ['root-credentials', 'hardcoded-access-key'])).toBe('root-credentials');
    expect(nearest('SES_SMTP_PASSWROD', ['SES_SMTP_PASSWORD', 'SES_SMTP_USER'], 2)).toBe('SES_SMTP_PASSWORD');
  });

  it('suggests nothing when every candidate is too far, or only the word itself matches', () => {
    expect(nearest('--output', ['--format', '--config'])).toBeUndefined();
    expect(nearest('AWS_KEY', ['AWS_KEY'])).toBeUndefined();
    expect(nearest('SES_PASSWORD', ['SES_PASSWORD_OLD_VALUE'], 2)).toBeUndefined();
  });

  it('stays cheap on a huge hostile word: lengths too far apart are never compared', () => {
    const huge = 'A'.repeat(1_000_000);
    expect(nearest(huge, ['AWS_SECRET_ACCESS_KEY'], 2)).toBeUndefined();
  });
});
