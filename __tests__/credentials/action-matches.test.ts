import { describe, expect, it } from '@jest/globals';
import { actionMatches, credentialMintingActions } from '../../src/credentials/iam.js';
import { joinedPieces, seeded } from '../helpers/seeded.js';

/** The expression `actionMatches` once built: exponential in a pattern of many `*`. */
function asExpression(pattern: string, action: string): boolean {
  return new RegExp(
    `^${pattern
      .replace(/[.+^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '.*')
      .replace(/\?/g, '.')}$`,
    'i',
  ).test(action);
}

/** Pieces of patterns and actions: IAM words, wildcards, what the expression escaped, case pairs and line breaks. */
const pieces = [
  'iam:',
  'IAM:',
  'Create',
  'create',
  'AccessKey',
  'User',
  'Login',
  'Profile',
  'ses:Send',
  '*',
  '*',
  '?',
  'e',
  'E',
  's',
  'S',
  'k',
  '\u017f', // ſ: upper case S, but not its match
  '\u212a', // Kelvin sign: lower case k
  'ß',
  '\u0130',
  '\u0131',
  'µ',
  '\n',
  '\r',
  '\u2028',
  '.',
  '+',
  '(',
  '[',
  ']',
  '\\',
  '$',
  '{',
  '|',
  '',
];

function randomPiece(random: () => number, length: number): string {
  return joinedPieces(random, pieces, Math.floor(random() * length));
}

/** A pattern made from an action: some characters a `?`, some runs a `*`, some in the other case; now and then one changed. */
function patternOf(action: string, random: () => number): string {
  let pattern = '';
  for (let at = 0; at < action.length; at++) {
    const roll = random();
    if (roll < 0.15) pattern += '?';
    else if (roll < 0.3) {
      pattern += '*';
      at += Math.floor(random() * 4) - 1;
    } else if (roll < 0.5)
      pattern += action[at] === action[at]!.toUpperCase() ? action[at]!.toLowerCase() : action[at]!.toUpperCase();
    else if (roll < 0.53) pattern += randomPiece(random, 2);
    else pattern += action[at];
  }
  return pattern;
}

describe('actionMatches', () => {
  it('answers as the expression did, on 30 000 generated patterns and actions', () => {
    const random = seeded(20261208);
    let matched = 0;
    for (let n = 0; n < 30_000; n++) {
      const action =
        random() < 0.5
          ? credentialMintingActions[Math.floor(random() * credentialMintingActions.length)]!
          : randomPiece(random, 6);
      const pattern = random() < 0.5 ? randomPiece(random, 7) : patternOf(action, random);
      const expected = asExpression(pattern, action);
      expect([pattern, action, actionMatches(pattern, action)]).toEqual([pattern, action, expected]);
      if (expected) matched++;
    }
    // Both answers are well represented, so the comparison says something either way.
    expect(matched).toBeGreaterThan(1_500);
    expect(matched).toBeLessThan(28_000);
  });

  it('answers as the expression did for a name, and a name and one last `*` (compared, not matched), 20 000 times', () => {
    const random = seeded(20261209);
    let matched = 0;
    for (let n = 0; n < 20_000; n++) {
      const action =
        random() < 0.5
          ? credentialMintingActions[Math.floor(random() * credentialMintingActions.length)]!
          : randomPiece(random, 6);
      // The action, cut short now and then, each character now and then in the other case or another piece.
      const kept = random() < 0.5 ? action : action.slice(0, Math.floor(random() * (action.length + 1)));
      let name = '';
      for (const char of kept) {
        const roll = random();
        name +=
          roll < 0.3
            ? char.toUpperCase()
            : roll < 0.5
              ? char.toLowerCase()
              : roll < 0.53
                ? randomPiece(random, 2)
                : char;
      }
      name = name.replaceAll('*', '').replaceAll('?', '');
      const pattern = random() < 0.5 ? `${name}*` : name;
      const expected = asExpression(pattern, action);
      expect([pattern, action, actionMatches(pattern, action)]).toEqual([pattern, action, expected]);
      if (expected) matched++;
    }
    expect(matched).toBeGreaterThan(2_000);
    expect(matched).toBeLessThan(18_000);
  });

  it.each([
    ['iam:*', 'iam:CreateAccessKey', true],
    ['IAM:create*', 'iam:CreateAccessKey', true],
    ['iam:Create?ser', 'iam:CreateUser', true],
    ['iam:*Login*', 'iam:UpdateLoginProfile', true],
    ['iam:Create*', 'iam:UpdateLoginProfile', false],
    ['iam:CreateUser?', 'iam:CreateUser', false],
    ['*', 'iam:\nCreateUser', false],
  ])('%j on %j → %s', (pattern, action, expected) => {
    expect(actionMatches(pattern, action)).toBe(expected);
  });

  it('answers for a pattern of two hundred `*` that matches, and one that does not', () => {
    const stars = '*'.repeat(200);
    expect(actionMatches(`iam:${stars}Key`, 'iam:CreateAccessKey')).toBe(true);
    expect(actionMatches(`iam:${stars}x`, 'iam:CreateAccessKey')).toBe(false);
  });
});
