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

  // Each of these took seconds on one name of the classifier's longest (A{0,256} three times: 5 s; A? twenty times: 7 s).
  it.each(['A{0,256}A{0,256}A{0,256}B', `${'A?'.repeat(20)}B`, 'A?A?A*A*B', 'A{0,9}A*A*B', 'A{0,99}B{0,99}C{0,99}'])(
    'refuses %s: ranges and optional parts multiply the tries',
    (pattern) => {
      expect(unsafePatternReason(pattern)).toMatch(
        /could take more tries than two unbounded ones and an optional part/,
      );
    },
  );

  it.each([
    '.*SMTP_?PASS.*',
    '^(?:AWS_)?SES_?SMTP_?PASS(?:WORD)?$',
    'A?'.repeat(9),
    'KEY_[0-9]{1,3}_.*',
    'A{2,5}B{2,5}.*',
  ])('accepts %s: within two unbounded quantifiers and an optional part', (pattern) => {
    expect(unsafePatternReason(pattern)).toBeUndefined();
  });
});
