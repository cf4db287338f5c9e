import { describe, expect, it } from '@jest/globals';
import { editDistance, nearest } from '../../src/common/did-you-mean.js';

describe('editDistance', () => {
  it('counts insertions, deletions and changes', () => {
    expect(editDistance('format', 'formt')).toBe(1);
    expect(editDistance('PASSWORD', 'PASSWROD')).toBe(2);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
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
