import { beforeAll, describe, expect, it } from '@jest/globals';
import { loadHcl } from '../../../src/formats/terraform/hcl.js';
import { measureHcl } from '../../../src/formats/terraform/prefilter.js';
import { fake, scanFiles } from '../../helpers/scan.js';

beforeAll(loadHcl);

const unlimited = {
  tokens: Number.POSITIVE_INFINITY,
  traversal: Number.POSITIVE_INFINITY,
  expressionDepth: Number.POSITIVE_INFINITY,
};

describe('the HCL prefilter, one pass before the parser', () => {
  it('counts words and operators as three nodes, other punctuation as one, assignments and blanks as none', () => {
    // a, b, c: 9; `=`, `"`, `"`, `.`: 4; `!`: 3.
    expect(measureHcl('a = "b".c\nx = !y', unlimited).tokens).toBe(9 + 4 + 3 + 3 + 1 + 3);
  });

  it('measures the longest run of traversal steps as the shared count did', () => {
    expect(measureHcl('a = b.c[0].d\nx = y.z', unlimited).traversal).toBe(3);
    expect(measureHcl('a . b\n.c', unlimited).traversal).toBe(2);
  });

  it('measures expression depth by parentheses, unary operators and conditionals', () => {
    expect(measureHcl('a = f(g(h(1)))', unlimited).expressionDepth).toBe(3);
    expect(measureHcl('a = !!!!true', unlimited).expressionDepth).toBe(4);
    expect(measureHcl('a = - - -1', unlimited).expressionDepth).toBe(3);
    expect(measureHcl('a = x ? y : x ? y : z', unlimited).expressionDepth).toBe(2);
    // A line break ends an expression, unless a parenthesis or bracket is still open.
    expect(measureHcl('a = x ? y : z\nb = x ? y : z', unlimited).expressionDepth).toBe(1);
    expect(measureHcl('a = (x ? y :\n x ? y : z)', unlimited).expressionDepth).toBe(3);
  });

  it('stops once any count is past its budget', () => {
    const cost = measureHcl(`a = ${'!'.repeat(100_000)}true`, { ...unlimited, expressionDepth: 10 });
    expect(cost.expressionDepth).toBe(11);
    expect(cost.tokens).toBeLessThan(100);
  });
});

describe('files over the budget are read as text only, with a note', () => {
  const key = fake.accessKeyId();
  const floods = {
    'unary.tf': `a = ${'!'.repeat(5_000)}true\n`,
    'conditionals.tf': `a = ${'x ? y : '.repeat(5_000)}z\n`,
    'parentheses.tf': `a = ${'('.repeat(5_000)}1${')'.repeat(5_000)}\n`,
    'tuple.tf': `a = [${'a,'.repeat(100_000)}a]\n`,
  };

  it.each(Object.entries(floods))('%s is skipped by the parser, and a key ID beside it still found', (file, flood) => {
    const result = scanFiles({ [file]: `${flood}b = "${key}"\n` });
    const notes = result.problems.filter((problem) => problem.file === file).map((problem) => problem.message);
    expect(notes).toEqual([
      expect.stringMatching(
        /^skipped: (?:an expression nested more than 4096 levels deep|more than 250000 items).*read as text only/,
      ),
    ]);
    expect(result.findings.some((finding) => finding.ruleId === 'hardcoded-access-key' && finding.file === file)).toBe(
      true,
    );
  });

  it('an expression within the budget is parsed, without a note', () => {
    const result = scanFiles({ 'ok.tf': `a = ${'!'.repeat(200)}true\nb = f(${'('.repeat(50)}1${')'.repeat(50)})\n` });
    expect(result.problems).toEqual([]);
  });
});
