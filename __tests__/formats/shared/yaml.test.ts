import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { isAlias, isMap, isPair, isScalar, isSeq, visit, type Alias } from 'yaml';
import {
  YamlSource,
  readFastDocuments,
  tokensShowSyntaxError,
  tokensUnlessSyntaxError,
} from '../../../src/formats/shared/yaml.js';

const aliasProblems = (source: YamlSource) =>
  source
    .problems()
    .filter((problem) => problem.message.startsWith('YAML alias'))
    .map((problem) => ({ message: problem.message.split(' refers')[0], span: problem.span }));

/** What `yaml` itself says: the aliases that `Alias.resolve` finds no anchor for, in document order. */
function resolvedByYaml(source: YamlSource) {
  return source.documents.flatMap((doc) => {
    const dangling: Alias[] = [];
    visit(doc, {
      Alias: (_, alias) => {
        if (alias.resolve(doc) === undefined) dangling.push(alias);
      },
    });
    return dangling.map((alias) => ({
      message: `YAML alias *${alias.source}`,
      span: source.nodeSpan(alias),
    }));
  });
}

describe('YamlSource dangling aliases', () => {
  it('names an alias with no anchor before it, at the alias', () => {
    const source = new YamlSource(
      'a.yml',
      ['base: &a 1', 'early: *b', 'late: &b 2', 'again: *b', '? *c', ': v', 'list: [*a, &c x, *c, *]'].join('\n'),
    );
    expect(aliasProblems(source)).toEqual([
      { message: 'YAML alias *b', span: { startLine: 2, startColumn: 8, endLine: 2, endColumn: 10 } },
      { message: 'YAML alias *c', span: { startLine: 5, startColumn: 3, endLine: 5, endColumn: 5 } },
      { message: 'YAML alias *', span: { startLine: 7, startColumn: 22, endLine: 7, endColumn: 23 } },
    ]);
  });

  it('says what resolving each alias says, for any arrangement of anchors and aliases', () => {
    const token = fc.constantFrom(
      '&a',
      '&b',
      '*a',
      '*b',
      '*',
      'x',
      '- ',
      '? ',
      ': ',
      '[',
      ']',
      '{',
      '}',
      ', ',
      '\n',
      '  ',
      '---\n',
    );
    fc.assert(
      fc.property(fc.array(token, { maxLength: 40 }), (tokens) => {
        // With no alias budget the documents stay as parsed, for `yaml`'s own resolution to judge.
        const source = new YamlSource('f.yml', tokens.join(''), 0);
        expect(aliasProblems(source)).toEqual(resolvedByYaml(source));
        expect(aliasProblems(new YamlSource('f.yml', tokens.join('')))).toEqual(aliasProblems(source));
      }),
      { numRuns: 400 },
    );
  });
});

describe('YamlSource parsing', () => {
  it('leaves stack traces as they were, after a file full of syntax errors', () => {
    const before = Error.stackTraceLimit;
    const source = new YamlSource('t.yaml', 'a: {{ .Values.x }}\n  b: [\n');
    expect(source.problems().length).toBeGreaterThan(0);
    expect(Error.stackTraceLimit).toBe(before);
  });
});

describe('tokensShowSyntaxError', () => {
  it('tells a Helm template from its tokens', () => {
    const template = [
      '{{- if .Values.smtp.enabled }}',
      'apiVersion: v1',
      'kind: Secret',
      'metadata:',
      '  name: {{ include "app.fullname" . }}-smtp',
      'data:',
      '  SMTP_PASSWORD: {{ .Values.smtp.password | b64enc | quote }}',
      '{{- end }}',
    ].join('\n');
    expect(tokensShowSyntaxError(template)).toBe(true);
    expect(tokensShowSyntaxError('# {{ .Values.x }}\napiVersion: v1\nkind: Secret\n')).toBe(false);
  });

  it('says a text fails only where parsing it gives a document with an error', () => {
    const token = fc.constantFrom(
      '{{ .Values.x }}',
      '{{- end }}',
      'a',
      ': ',
      '- ',
      '? ',
      '[',
      ']',
      '{',
      '}',
      '"',
      "'",
      '\n',
      '  ',
      '---\n',
      '...\n',
      '%YAML 1.2\n',
      '&a ',
      '*a',
      '!t ',
      '|\n',
      '#',
      ',',
    );
    fc.assert(
      fc.property(fc.array(token, { maxLength: 30 }), (tokens) => {
        const text = tokens.join('');
        if (tokensShowSyntaxError(text))
          expect(new YamlSource('f.yaml', text).documents.some((doc) => doc.errors.length > 0)).toBe(true);
        // Where they show none, the documents composed from them are those parsing the text gives.
        const parsed = tokensUnlessSyntaxError(text);
        if (parsed)
          expect(dump(new YamlSource('f.yaml', text, 0, { tokens: parsed }))).toEqual(
            dump(new YamlSource('f.yaml', text, 0)),
          );
      }),
      { numRuns: 1000 },
    );
  });

  it('composes a Helm template whose tokens show no error from them, as parsing it would', () => {
    const text =
      'kind: Deployment\nmetadata:\n  name: {{ include "app.fullname" . }}\nspec:\n  replicas: {{ .Values.n }}\n';
    const tokens = tokensUnlessSyntaxError(text);
    expect(tokens?.length).toBeGreaterThan(0);
    const fromTokens = new YamlSource('t.yaml', text, 0, tokens && { tokens });
    expect(dump(fromTokens)).toEqual(dump(new YamlSource('t.yaml', text, 0)));
    expect(fromTokens.documents[0]?.errors).toEqual([]);
    // The fast reader reads it too (parseDocuments then skips the tokens), building the same nodes.
    const documents = readFastDocuments(text);
    expect(documents).toBeDefined();
    expect(dump(new YamlSource('t.yaml', text, 0, documents && { documents }))).toEqual(dump(fromTokens));
  });
});

/** Every node of the documents with its class, range, tag, type and value, and the documents' errors and warnings. */
function dump(source: YamlSource): unknown[] {
  const node = (value: unknown): unknown => {
    if (isPair(value)) return ['pair', node(value.key), node(value.value)];
    if (isScalar(value)) return ['scalar', value.range, value.tag, value.type, value.value, value.source];
    if (isMap(value) || isSeq(value))
      return [value.constructor.name, value.range, value.tag, value.flow, value.items.map(node)];
    return isAlias(value) ? ['alias', value.range, value.source] : String(value);
  };
  return source.documents.map((doc) => [
    doc.range,
    doc.errors.map((error) => [error.code, error.pos, error.message]),
    doc.warnings.map((warning) => [warning.code, warning.pos, warning.message]),
    node(doc.contents),
  ]);
}
