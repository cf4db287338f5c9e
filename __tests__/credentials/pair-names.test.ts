import { describe, expect, it } from '@jest/globals';
import { pairHalf, sameStem } from '../../src/credentials/pair-names.js';

describe('pairHalf', () => {
  it.each([
    ['AWS_ACCESS_KEY_ID', 'AWS', 'id'],
    ['ROOT_AWS_SECRET_ACCESS_KEY', 'ROOT_AWS', 'secret'],
    ['COS_SECRET_ID', 'COS', 'id'],
    ['COS_SECRET_KEY', 'COS', 'secret'],
    ['sesSmtpPassword', 'SES_SMTP', 'secret'],
    ['SMTP_USERNAME', 'SMTP', 'id'],
    ['AWS_SESSION_TOKEN', 'AWS', 'token'],
  ])('%s is the %s stem, %s half', (name, stem, half) => {
    expect(pairHalf(name)).toEqual({ stem, half });
  });

  it('is undefined for a name that is no half of a pair', () => {
    expect(pairHalf('SES_REGION')).toBeUndefined();
  });
});

describe('sameStem', () => {
  it('pairs halves by their shared stem only', () => {
    expect(sameStem('ROOT_AWS_ACCESS_KEY_ID', 'ROOT_AWS_SECRET_ACCESS_KEY')).toBe(true);
    expect(sameStem('PROD_ACCESS_KEY_ID', 'STAGING_SECRET_ACCESS_KEY')).toBe(false);
    expect(sameStem('SES_REGION', 'SES_REGION')).toBe(false);
  });
});
