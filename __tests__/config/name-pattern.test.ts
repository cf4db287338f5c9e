import { describe, expect, it } from '@jest/globals';
import { unsafePatternReason } from '../../src/config/name-pattern.js';

describe('names: pattern safety', () => {
  it.each(['(a+)+', '(a*)*', '(a|aa)+', '((ab)+)*', '(?:x+){2,}', '(\\w+\\s?)*', '^(A+)+$', '((ab)*c)+'])(
    'refuses %s',
    (pattern) => {
      expect(unsafePatternReason(pattern)).toMatch(/exponential/);
    },
  );

  it.each([
    '^MAILER_SES_PW$',
    '^(SES|MAIL)_(PASS|PW)$',
    '(_SES|_MAIL)?_KEY',
    '[a-z]+_(?:KEY)+',
    '^BREAK_GLASS_',
    '\\(a+\\)+',
    '[(]a+[)]+',
    '^MAIL_(USER|PASS)$',
    'SMTP_.*_SECRET',
    '^(?:A|B)C+$',
    '[(+*]+X',
    'A{2,5}',
    '(AB)?C',
    '(?<stem>SES)_PW',
  ])('accepts %s', (pattern) => {
    expect(unsafePatternReason(pattern)).toBeUndefined();
  });

  it('refuses backreferences and unbalanced groups', () => {
    expect(unsafePatternReason('(a)\\1')).toBe('backreferences are not allowed');
    expect(unsafePatternReason('(?<x>a)\\k<x>')).toBe('backreferences are not allowed');
    expect(unsafePatternReason('(a')).toBe('unbalanced parentheses');
  });

  it.each(['(?=A)B', '(?!A)B', '(?<=A)B', '(?<!A)B'])('refuses the look-around %s', (pattern) => {
    expect(unsafePatternReason(pattern)).toBe('look-aheads and look-behinds are not allowed');
  });

  it.each(['.*.*.*X', 'A+B+C{2,}', '.*_.+_.*?'])('refuses %s: more than two unbounded quantifiers', (pattern) => {
    expect(unsafePatternReason(pattern)).toMatch(/more than two unbounded quantifiers/);
  });
});
