import { beforeAll, describe, expect, it } from '@jest/globals';
import { loadHcl } from '../../../src/formats/terraform/hcl.js';
import { measureHcl } from '../../../src/formats/terraform/prefilter.js';
import { fake, scanFiles } from '../../helpers/scan.js';
import { joinedPieces, seeded } from '../../helpers/seeded.js';

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

/** The count as first written, every character through every check: what the fast paths must agree with. */
function referenceCount(text: string, budget: typeof unlimited) {
  const isWord = (c: number) =>
    (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c > 127;
  const isOperator = (c: number) => '!-(?%&*+/<>|'.includes(String.fromCharCode(c));
  const continues = (c: number) => c <= 32 || (c <= 127 && isWord(c)) || c === 93 || c === 34 || c === 42;
  const cost = { tokens: 0, traversal: 0, expressionDepth: 0 };
  let [inWord, steps, parens, squares, unary, conditionals] = [false, 0, 0, 0, 0, 0];
  const over = () =>
    cost.tokens > budget.tokens || cost.traversal > budget.traversal || cost.expressionDepth > budget.expressionDepth;
  for (let i = 0; i < text.length && !over(); i++) {
    const c = text.charCodeAt(i);
    const word = isWord(c);
    if (word ? !inWord : c > 32) cost.tokens += word || isOperator(c) ? 3 : 1;
    inWord = word;
    if (c === 46 || c === 91) steps++;
    else if (!continues(c)) steps = 0;
    cost.traversal = Math.max(cost.traversal, steps);
    if (c === 33 || c === 45) unary++;
    else if (c > 32) unary = 0;
    if (c === 40) parens++;
    else if (c === 41 && parens > 0) parens--;
    else if (c === 91) squares++;
    else if (c === 93 && squares > 0) squares--;
    else if (c === 63) conditionals++;
    else if (c === 10 && parens === 0 && squares === 0) conditionals = 0;
    cost.expressionDepth = Math.max(cost.expressionDepth, parens + unary + conditionals);
  }
  return cost;
}

describe('the HCL prefilter against the character-by-character count', () => {
  it('gives the same counts, and stops at the same character, on generated text and budgets', () => {
    const random = seeded(24);
    const pieces = [
      'a',
      'bc_9',
      ' ',
      '  ',
      '\t',
      '\n',
      '\r',
      '.',
      '[',
      ']',
      '(',
      ')',
      '!',
      '-',
      '?',
      ':',
      '"',
      '*',
      '=',
      ',',
      '{',
      '}',
      'é',
      '\u2028',
      '#',
      '1.5',
    ];
    let compared = 0;
    for (let run = 0; run < 400; run++) {
      const length = Math.floor(random() * 200);
      const text = joinedPieces(random, pieces, length);
      const budget = {
        tokens: random() < 0.5 ? unlimited.tokens : Math.floor(random() * 300),
        traversal: random() < 0.5 ? unlimited.traversal : Math.floor(random() * 4),
        expressionDepth: random() < 0.5 ? unlimited.expressionDepth : Math.floor(random() * 4),
      };
      expect(measureHcl(text, budget)).toEqual(referenceCount(text, budget));
      compared++;
    }
    expect(compared).toBe(400);
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
