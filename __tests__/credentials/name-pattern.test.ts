import { describe, expect, it } from '@jest/globals';
import { parseConfig } from '../../src/config/config.js';
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

describe('config names: patterns', () => {
  it('a pattern with nested quantifiers is a config error naming it, not a hang', () => {
    expect(() => parseConfig("names:\n  - pattern: '^(A+)+$'\n    kind: access-key-id\n", 'c.yml')).toThrow(
      /names\[0\]: `\^\(A\+\)\+\$` repeats a group that itself repeats or branches/,
    );
  });
});

describe('max-nodes', () => {
  it('is a config key, and the estimate counts commas, list items and keys without parsing', async () => {
    const { nodeEstimate } = await import('../../src/formats/shared/limits.js');
    expect(parseConfig('max-nodes: 10\n', 'c.yml').limits.maxNodes).toBe(10);
    expect(nodeEstimate('a: [1, 2, 3]\n- x\n- y: z\n', 1000)).toBe(6);
    expect(nodeEstimate('a,'.repeat(1000), 10)).toBe(11);
  });
});
