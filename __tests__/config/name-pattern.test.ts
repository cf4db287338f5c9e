import { describe, expect, it } from '@jest/globals';
import { unsafePatternReason } from '../../src/config/name-pattern.js';

describe('names: pattern safety', () => {
  it.each(['(a+)+', '(a*)*', '(a|aa)+', '((ab)+)*', '(?:x+){2,}', '(\\w+\\s?)*'])('refuses %s', (pattern) => {
    expect(unsafePatternReason(pattern)).toMatch(/exponential/);
  });

  it.each([
    '^MAILER_SES_PW$',
    '^(SES|MAIL)_(PASS|PW)$',
    '(_SES|_MAIL)?_KEY',
    '[a-z]+_(?:KEY)+',
    '^BREAK_GLASS_',
    '\\(a+\\)+',
    '[(]a+[)]+',
  ])('accepts %s', (pattern) => {
    expect(unsafePatternReason(pattern)).toBeUndefined();
  });

  it('refuses backreferences and unbalanced groups', () => {
    expect(unsafePatternReason('(a)\\1')).toBe('backreferences are not allowed');
    expect(unsafePatternReason('(?<x>a)\\k<x>')).toBe('backreferences are not allowed');
    expect(unsafePatternReason('(a')).toBe('unbalanced parentheses');
  });
});
