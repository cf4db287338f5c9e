import { describe, expect, it } from '@jest/globals';
import { analyzeExpression, findExpressions, parseExpression } from '../../../src/formats/shared/expressions.js';
import { seeded } from '../../helpers/seeded.js';

const accesses = (text: string) =>
  findExpressions(text).flatMap((expression) =>
    expression.accesses.map((access) => ({ ...access, text: text.slice(access.start, access.end) })),
  );

describe('findExpressions', () => {
  it('finds dotted and indexed secret accesses with exact offsets', () => {
    expect(accesses("a ${{ secrets.SES_SMTP_PASSWORD }} b ${{ secrets['AWS_SECRET_ACCESS_KEY'] }}")).toEqual([
      { type: 'secret', name: 'SES_SMTP_PASSWORD', start: 6, end: 31, text: 'secrets.SES_SMTP_PASSWORD' },
      { type: 'secret', name: 'AWS_SECRET_ACCESS_KEY', start: 41, end: 73, text: "secrets['AWS_SECRET_ACCESS_KEY']" },
    ]);
  });

  it('finds secrets inside operators and functions', () => {
    const names = accesses("${{ secrets.A || format('{0}-{1}', secrets.B, github.sha) && !secrets.C }}").map(
      (access) => access.type === 'secret' && access.name,
    );
    expect(names).toEqual(['A', 'B', 'C']);
  });

  it('reports toJSON(secrets) and computed indexes as every secret', () => {
    expect(accesses('${{ toJSON(secrets) }}')).toMatchObject([{ type: 'all-secrets', via: 'toJSON', text: 'secrets' }]);
    expect(accesses("${{ secrets[format('{0}_KEY', matrix.env)] }}")).toMatchObject([
      { type: 'all-secrets', via: 'dynamic-index' },
    ]);
  });

  it('does not end an expression at }} inside a string literal', () => {
    expect(accesses("${{ format('}}{0}', secrets.X) }}").map((a) => a.type === 'secret' && a.name)).toEqual(['X']);
  });

  it('keeps offsets right in multi-line expressions', () => {
    const text = '${{\n  secrets.A ||\n  secrets.B\n}}';
    expect(accesses(text).map((a) => a.text)).toEqual(['secrets.A', 'secrets.B']);
  });

  it('falls back to tokens when the expression does not parse, and says so', () => {
    const [expression] = findExpressions('${{ secrets.A secrets.B }}');
    expect(expression?.error).toBeTruthy();
    expect(expression?.accesses.map((a) => a.type === 'secret' && a.name)).toEqual(['A', 'B']);
  });

  it.each([
    "hashFiles('**/package-lock.json', '**/yarn.lock')",
    'fromJSON(needs.setup.outputs.matrix)',
    "contains(github.ref, 'main')",
    "startsWith(github.ref, 'refs/tags/')",
    "endsWith(github.ref, '-rc')",
    "format('{0}-{1}', runner.os, secrets.A)",
    "join(matrix.targets, ',')",
    'toJSON(github.event)',
    'success()',
    'always()',
    'failure() && !cancelled()',
    "case(github.ref == 'refs/heads/main', 'prod', 'dev')",
    "HashFiles('x')",
  ])('parses %s, a function GitHub documents, without a note', (body) => {
    const [expression] = findExpressions(`\${{ ${body} }}`);
    expect(expression?.error).toBeUndefined();
  });

  it('still notes a function GitHub does not know, and a status check given arguments', () => {
    expect(findExpressions('${{ hashFile(x) }}')[0]?.error).toBeTruthy();
    expect(findExpressions('${{ always(1) }}')[0]?.error).toBeTruthy();
  });

  it('lists workflow inputs read through inputs.* and github.event.inputs.*, with exact offsets', () => {
    const text = "k: ${{ inputs.aws-secret-access-key || github.event.inputs['smtp_password'] }} ${{ inputs }}";
    const inputs = findExpressions(text).flatMap((expression) =>
      expression.inputs.map((input) => ({ ...input, text: text.slice(input.start, input.end) })),
    );
    expect(inputs).toEqual([
      { name: 'aws-secret-access-key', via: 'inputs', start: 7, end: 35, text: 'inputs.aws-secret-access-key' },
      {
        name: 'smtp_password',
        via: 'event-inputs',
        start: 39,
        end: 75,
        text: "github.event.inputs['smtp_password']",
      },
    ]);
    expect(findExpressions('${{ github.inputs.x }} ${{ github.event.client_payload.inputs.x }}')[0]?.inputs).toEqual(
      [],
    );
  });

  it('finds secrets and inputs of one expression together, an input inside a secret index among them', () => {
    const text =
      "${{ toJSON(secrets) && inputs.a || secrets[inputs['b']] || format('{0}', github.event.inputs.c, secrets.D) }}";
    const [expression] = findExpressions(text);
    const quoted = (span: { start: number; end: number }) => text.slice(span.start, span.end);
    expect(expression?.accesses.map((access) => [access.type, quoted(access)])).toEqual([
      ['all-secrets', 'secrets'],
      ['all-secrets', 'secrets'],
      ['secret', 'secrets.D'],
    ]);
    expect(expression?.accesses.map((access) => access.type === 'all-secrets' && access.via)).toEqual([
      'toJSON',
      'dynamic-index',
      false,
    ]);
    expect(expression?.inputs.map((input) => [input.name, input.via, quoted(input)])).toEqual([
      ['a', 'inputs', 'inputs.a'],
      ['b', 'inputs', "inputs['b']"],
      ['c', 'event-inputs', 'github.event.inputs.c'],
    ]);
  });

  it('ignores text without expressions and unterminated ones', () => {
    expect(findExpressions('plain $VAR ${ not }')).toEqual([]);
    expect(findExpressions('${{ secrets.A ')).toEqual([]);
  });

  it('reads simple accesses (`secrets.NAME`, `env.X`, `github.sha`) as the expression parser does', () => {
    const heads = [
      'secrets',
      'env',
      'vars',
      'github',
      'matrix',
      'steps',
      'needs',
      'inputs',
      'Secrets',
      'SECRETS',
      'job',
    ];
    const heads2 = [...heads, 'jobs', 'runner', 'strategy', 'unknown', 'toJSON(secrets)', "secrets['A']", ''];
    const names = [
      'A',
      'SES_SMTP_PASSWORD',
      'a-b',
      '_x',
      'true',
      'null',
      'NaN',
      'Infinity',
      'inputs',
      'event',
      '1a',
      'a1',
      'é',
    ];
    const spaces = ['', ' ', '  ', '\t', '\n', '\u00a0'];
    let simple = 0;
    for (let seed = 1; seed <= 3000; seed++) {
      const next = seeded(seed);
      const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
      // Half of them in the simple form, the rest anything near it.
      const clean = next() < 0.5;
      const count = clean ? 1 + Math.floor(next() * 2) : Math.floor(next() * 4);
      const properties = Array.from({ length: count }, () => `.${pick(names)}`).join('');
      const space = () => (clean ? pick(['', ' ', '  ']) : pick(spaces));
      const head = clean ? pick(['secrets', 'secrets', 'env', 'github', 'steps']) : pick(next() < 0.8 ? heads : heads2);
      const body = `${space()}${head}${properties}${!clean && next() < 0.1 ? ' || x' : ''}${space()}`;
      const offset = Math.floor(next() * 5);
      expect({ body, analysis: analyzeExpression(body, offset) }).toEqual({
        body,
        analysis: parseExpression(body, offset),
      });
      if (/^ *secrets\.[A-Za-z_][A-Za-z0-9_-]* *$/.test(body)) simple++;
    }
    // Enough of them are the simple form that the fast path was compared, not only the parser with itself.
    expect(simple).toBeGreaterThan(200);
  });

  it("reads simple accesses past the parser's limits as the parser does: too long, too deep", () => {
    // The lexer refuses a body over 21 000 characters (no access); the parser nests one level per property, 50 at most.
    const cases = [
      `secrets.A${' '.repeat(21_000)}`,
      `secrets.${'A'.repeat(20_993)}`,
      `env${'.a'.repeat(49)}`,
      `env${'.a'.repeat(50)}`,
      `github${'.sha'.repeat(60)}`,
      ` secrets.A `,
      'secrets.a-b',
      'github.event.inputs',
      'github.inputsx.y',
    ];
    for (const body of cases)
      expect({ body, analysis: analyzeExpression(body, 3) }).toEqual({ body, analysis: parseExpression(body, 3) });
    expect(analyzeExpression(`secrets.A${' '.repeat(21_000)}`, 0).error).toBe('ErrorExceededMaxLength');
    expect(analyzeExpression(`env${'.a'.repeat(50)}`, 0).error).toMatch(/max expression depth/);
  });
});
