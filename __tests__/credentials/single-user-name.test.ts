import { describe, expect, it } from '@jest/globals';
import { singleUserName } from '../../src/credentials/iam.js';
import { joinedPieces, seeded } from '../helpers/seeded.js';

/** What `singleUserName` was: one pattern, quadratic in an ARN of many `:user/`, and a check after it. */
function onePattern(arn: string): string | undefined {
  const match = /:user\/(?:[^*?]*\/)?([^/*?]+)$/.exec(arn);
  return match && !/[*?]/.test(arn.slice(arn.indexOf(':user/'))) ? match[1] : undefined;
}

const pieces = [
  'arn:aws:iam::123456789012',
  ':user/',
  ':user',
  'user/',
  ':',
  '/',
  '*',
  '?',
  'ses-smtp',
  'path',
  '${var.name}',
  '\n',
  '',
  'a',
];

function randomArn(random: () => number): string {
  return joinedPieces(random, pieces, 1 + Math.floor(random() * 7));
}

describe('singleUserName', () => {
  it('answers as the one pattern did, on 20 000 generated ARNs', () => {
    const random = seeded(20261208);
    let named = 0;
    for (let n = 0; n < 20_000; n++) {
      const arn = randomArn(random);
      const old = onePattern(arn);
      expect([arn, singleUserName(arn)]).toEqual([arn, old]);
      if (old !== undefined) named++;
    }
    // Both answers are well represented, so the comparison says something either way.
    expect(named).toBeGreaterThan(1_000);
    expect(named).toBeLessThan(18_000);
  });

  it.each([
    ['arn:aws:iam::123456789012:user/ses-smtp', 'ses-smtp'],
    ['arn:aws:iam::123456789012:user/mail/ses-smtp', 'ses-smtp'],
    ['arn:aws:iam::123456789012:user/ses-*', undefined],
    ['arn:aws:iam::123456789012:user/mail/', undefined],
    ['arn:aws:iam::123456789012:role/ses', undefined],
  ])('%s → %s', (arn, expected) => {
    expect(singleUserName(arn)).toBe(expected);
  });

  it('answers for an ARN of a thousand `:user/`, whatever its end', () => {
    const deep = `arn:aws:iam::1${':user/'.repeat(1_000)}`;
    expect(singleUserName(`${deep}*`)).toBeUndefined();
    expect(singleUserName(`${deep}ses`)).toBe('ses');
  });
});
