import { describe, expect, it } from '@jest/globals';
import { findExpressions } from '../../../src/formats/shared/expressions.js';

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

  it('ignores text without expressions and unterminated ones', () => {
    expect(findExpressions('plain $VAR ${ not }')).toEqual([]);
    expect(findExpressions('${{ secrets.A ')).toEqual([]);
  });
});
