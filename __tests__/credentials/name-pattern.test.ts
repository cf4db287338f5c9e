import { describe, expect, it } from '@jest/globals';
import { namePatternProblem } from '../../src/credentials/name-pattern.js';

describe('namePatternProblem', () => {
  it.each([
    ['^(A+)+$', /repeats a group/],
    ['(a|aa)*', /repeats a group/],
    ['((ab)*c)+', /repeats a group/],
    ['(?:x+){2,}', /repeats a group/],
    ['(a)\\1', /back-reference/],
    ['(?=A)B', /look-ahead/],
    ['(?<!A)B', /look-ahead or look-behind/],
    ['.*.*.*X', /more than two unbounded/],
    ['x'.repeat(501), /longer than 500/],
  ])('refuses %s', (pattern, problem) => {
    expect(namePatternProblem(pattern)).toMatch(problem);
  });

  it.each(['^MAIL_(USER|PASS)$', 'SMTP_.*_SECRET', '^(?:A|B)C+$', '[(+*]+X', 'A{2,5}', '(AB)?C', '\\(x+\\)+'])(
    'accepts %s',
    (pattern) => {
      expect(namePatternProblem(pattern)).toBeUndefined();
    },
  );
});
