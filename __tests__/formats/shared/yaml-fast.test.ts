import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { filesUnder } from '../../helpers/files-under.js';
import { Document, isAlias, isMap, parseAllDocuments, visit } from 'yaml';
import { readFastYaml } from '../../../src/formats/shared/yaml-fast.js';
import { coreTests, documentsWithoutAliases } from '../../../src/formats/shared/yaml-fast-nodes.js';
import { seeded } from '../../helpers/seeded.js';
import { facts } from '../../helpers/yaml-facts.js';

const options = { uniqueKeys: false, prettyErrors: false, strict: false } as const;

/** The fast reader's documents, or undefined where it declined; whenever it reads, it must read as `yaml` does. */
function expectSameAsYaml(text: string): Document.Parsed[] | undefined {
  const fast = readFastYaml(text, options);
  if (fast) {
    const parsed = parseAllDocuments(text, options) as Document.Parsed[];
    expect({ text, facts: facts(fast) }).toEqual({ text, facts: facts(parsed) });
    // Listed as holding no alias exactly when `yaml`'s document holds none (YamlSource then skips its walk).
    expect({ text, withoutAliases: fast.map((doc) => documentsWithoutAliases.has(doc)) }).toEqual({
      text,
      withoutAliases: parsed.map((doc) => !holdsAlias(doc)),
    });
  }
  return fast;
}

function holdsAlias(doc: Document.Parsed): boolean {
  let found = false;
  visit(doc, (_key, node) => {
    if (!isAlias(node)) return undefined;
    found = true;
    return visit.BREAK;
  });
  return found;
}

function yamlFilesUnder(folder: string): string[] {
  return filesUnder(folder, /\.(ya?ml|json)$/);
}

const keys = [
  'a',
  'on',
  'yes',
  'No',
  'key with spaces',
  '"quoted key"',
  "'it''s'",
  '1',
  'true',
  'null',
  '~',
  '-x',
  'a#b',
  'x:y',
  '"q" ',
  '? k',
  '&k key',
  '[k]',
  '<<',
  'k  ',
  '"k\\x41\\u00e9"',
  '"a\\"b"',
  '"\\L\\N"',
  "'a''b' ",
  'a\u2028b',
  'a\u0085b',
  'a\u00a0',
  'x\u0000y',
  'k'.repeat(1030),
  `"${'k'.repeat(1030)}"`,
  '<< ',
  '? <<',
];
const values = [
  'plain',
  'two words',
  '1e3',
  '0o17',
  '010',
  '1_000',
  '.5',
  '+1',
  '-1',
  '-0',
  '0x1F',
  '1.50',
  '0.0',
  '.inf',
  '-.Inf',
  '.NaN',
  'true',
  'True',
  'FALSE',
  'yes',
  'null',
  'Null',
  '~',
  '2001-12-14',
  '12:30',
  'http://x/y',
  'a#b',
  'a # comment',
  'a: b',
  'x:y',
  '"double"',
  '"with \\" escape"',
  '"\\x41\\u00e9\\U0001F600\\t\\\\ \\/"',
  '"bad \\q"',
  '"\\x4"',
  '"\\UFFFFFFFF"',
  '"a\\"',
  '"\\ \\_\\N"',
  '"unclosed',
  "'single ''quoted'''",
  "'s' trailing",
  '"# not comment"',
  '[a, b]',
  '[]',
  '{}',
  '{ }',
  '[ a , "b" ,c ]',
  '[a,]',
  '[-x, --y]',
  '[a, [b]]',
  '[a: b]',
  '{a: b}',
  '!Ref Name',
  '!Sub "${X}"',
  '!GetAtt A.B',
  '!Join [":", [a, b]]',
  '!If [c, !Ref d, e]',
  '[[a], b]',
  '[ [ a ] , c]',
  '[!Join [a]]',
  '[a, []]',
  '[[[[x]]]]',
  '[a, [b]',
  '[a, {b: c}]',
  '!!str 1',
  '&anchor v',
  '*alias',
  '*alias # c',
  '*a:',
  '*a b',
  '&a',
  '&a !Ref x',
  '!Ref &a x',
  '&a [x, y]',
  '&a "q"',
  '&a &b x',
  '[iam:GetUser, a:b]',
  '[a:, b]',
  '[:a]',
  '[http://x/y]',
  '%x',
  '@x',
  '`x',
  '- x',
  ', x',
  'a\tb',
  'v  ',
  ': x',
  '? x',
  '-',
  '"a" "b"',
  '!Ref',
  '| x',
  '>1',
  '*a',
  'x\u2028y',
  'x\u2029 # c',
  'x\u0085y',
  'a\u0000b',
  'v\u00a0',
  '"\\0\\L\\P\\N"',
  '"\u2028"',
  "'\u0085'",
  'v\t',
  'v \t# c',
  'x'.repeat(1030),
  '[a\u2028b]',
  // Helm values: a flow map holding a flow map holding the expression.
  '{{ .Values.x }}',
  '{{ include "app.fullname" . }}',
  '{{.Chart.Name}}',
  '{{ .Values.x | default (printf "%s-smtp" (include "a" .)) }}',
  '{{ 1 }}',
  '{{ true }}',
  '{{ $x  y }}',
  '{{ x }}  ',
  '{{ x -}}',
  '{{ x }}-smtp',
  '{{- x }}',
  '{{ a: b }}',
];
const comments = ['', '', '', ' # c', '  #c', '#c', ' #'];
const continuations = ['more', 'two words', '- dash', '# not', 'x: y', '[a]', '"q"', 'spaced  ', '!t', '&a', '*b', '1'];
const blockHeaders = ['|', '|-', '|+', '>', '>-', '>+', '|2', '!Sub |', '&a |', '&a !Sub >-'];

/**
 * The fragments the fast reader reads on their own: a clean stream draws only these, so that its
 * combinations (nesting, comments, blank lines, documents) are compared rather than declined.
 */
const inSubset = {
  keys: keys.filter((key) => readFastYaml(`${key}: v\n`, options)),
  values: values.filter((value) => readFastYaml(`k: ${value}\n`, options)),
  blockHeaders: blockHeaders.filter((header) => readFastYaml(`k: ${header}\n  x\n`, options)),
};

/** A small random YAML stream within and just outside the fast reader's subset. */
function generate(next: () => number): string {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const dirty = next() < 0.4;
  const fragments = dirty ? { keys, values, blockHeaders } : inSubset;
  const lines: string[] = [];
  const trivia = (indent: number) => {
    while (next() < 0.25)
      lines.push(
        pick([
          '',
          '   ',
          `${' '.repeat(Math.max(0, indent + pick([-3, -2, -1, 0, 1, 2, 3])))}# note`,
          '#',
          ' ',
          ' # odd',
          '\n# after an empty line',
        ]),
      );
  };
  const blockScalar = (indent: number) => {
    const body = ' '.repeat(indent + pick([1, 2, 2, 0]));
    const count = 1 + Math.floor(next() * 3);
    for (let line = 0; line < count; line++) {
      lines.push(
        next() < 0.2
          ? pick(['', ' '.repeat(body.length), ' '.repeat(body.length + 2)])
          : `${body}${pick(['text', 'a: b', '# not a comment', '  more', "it's"])}`,
      );
    }
  };
  const node = (indent: number, depth: number, asSeq: boolean) => {
    const items = 1 + Math.floor(next() * 3);
    for (let item = 0; item < items; item++) {
      trivia(indent);
      const pad = ' '.repeat(Math.max(0, indent + (dirty && next() < 0.05 ? pick([-1, 1]) : 0)));
      const head = asSeq ? (next() < 0.3 ? `- ${pick(fragments.keys)}:` : '-') : `${pick(fragments.keys)}:`;
      const nested = depth < 3 && next() < 0.35;
      if (nested) {
        lines.push(`${pad}${head}${next() < 0.3 ? pick([' !Tag', ' &anc', ' &anc !Tag', ' &']) : ''}${pick(comments)}`);
        const seqHere = next() < 0.5;
        node(seqHere && !asSeq && next() < 0.5 ? indent : indent + pick([2, 2, 4, 1]), depth + 1, seqHere);
      } else if (next() < 0.15) {
        lines.push(`${pad}${head} ${pick(fragments.blockHeaders)}${pick(comments)}`);
        blockScalar(asSeq && head.endsWith(':') ? indent + 2 : indent);
      } else if (next() < 0.1) lines.push(`${pad}${head}${pick(comments)}`);
      else if (next() < 0.1) {
        // The value, or a tag before a collection, on the line below its key or `-`.
        lines.push(`${pad}${head}${pick(comments)}`);
        trivia(indent);
        const below = ' '.repeat(indent + pick([2, 2, 4, 1, 0]));
        if (next() < 0.3 && depth < 3) {
          lines.push(`${below}${pick(['!If', '!And', '!Tag  ', '!If # c'])}`);
          node(indent + pick([2, 4, 0]), depth + 1, next() < 0.6);
        } else lines.push(`${below}${pick(fragments.values)}${pick(comments)}`);
      } else {
        lines.push(`${pad}${head} ${pick(fragments.values)}${pick(comments)}`);
        // Lines below a plain value, more indented or not: a multi-line scalar, or the next item.
        while (next() < 0.1) {
          if (next() < 0.3) lines.push('');
          lines.push(`${' '.repeat(indent + pick([1, 2, 4, 0]))}${pick(continuations)}${pick(comments)}`);
        }
      }
    }
  };
  const documents = 1 + Math.floor(next() * 2);
  for (let document = 0; document < documents; document++) {
    if (document > 0 || next() < 0.3) lines.push(pick(['---', '--- # doc', '---  ', '--- |', '--- >-', '--- !t']));
    // A document of only comments (which `yaml` reads as an empty document), now and then.
    if (dirty && next() < 0.05) lines.push('# only a comment');
    else node(0, 0, next() < 0.3);
    trivia(0);
    if (next() < 0.15) lines.push('...');
  }
  let text = lines.join('\n') + (next() < 0.8 ? '\n' : '');
  if (dirty && next() < 0.1) text = text.replace(/\n/g, '\r\n');
  if (dirty && next() < 0.05) text = `\uFEFF${text}`;
  // A byte order mark starting a later line (`yaml` drops one before a document's first content).
  if (dirty && next() < 0.05) text = text.replace(/\n(?=[^\n#])/, '\n\uFEFF');
  return text;
}

describe('readFastYaml', () => {
  it('reads the files under __tests__ and examples/ as yaml does, or declines', () => {
    const files = [...yamlFilesUnder('__tests__'), ...yamlFilesUnder('examples')];
    let read = 0;
    for (const file of files) if (expectSameAsYaml(readFileSync(file, 'utf8'))) read++;
    // Most real-world YAML is in the subset (JSON is not); a reader that declined everything would pass the comparison.
    expect(read).toBeGreaterThan(files.filter((file) => !file.endsWith('.json')).length / 2);
  });

  it('reads 4 000 generated streams as yaml does, or declines', () => {
    let read = 0;
    // YAML_FAST_SEEDS=100000 runs more, once, by hand.
    const seeds = Number(process.env['YAML_FAST_SEEDS'] ?? 4000);
    for (let seed = 1; seed <= seeds; seed++) if (expectSameAsYaml(generate(seeded(seed)))) read++;
    // A floor, not a target: the seeded streams change whenever a fragment list does.
    expect(read).toBeGreaterThan(500);
  });

  it.each([
    ['a: 1 # x\nb:\n  - x\n  - y: 2\n    z:\n\n# c\nc: |\n  hi\n\n  there\n\nd: "q" \n'],
    ['a: 1\n  # c1\n\n  # c2\n\n# c3\nb:\n  # c\n\n  # d\n\nc:\n  x: y\n\n  # z\n'],
    ['a:\n  b:\n    c: 1\n    # z\n  d: 2'],
    ['a:\n  - b: 1\n    # z\n  - c\nx: !Ref y\nz: !If\n  - a\nw: [a, b] # c\n  # d\n'],
    ['---\na: 1\n# t\n---\n# x\nb: 2\n...\n# y\n\n---\nc: 3'],
    ['--- # c\n\n- a\n-\n- \n-  # q\n  # r\n- b\n...'],
    ['b:\n# x\nc: 1'],
    ['key:\n- a\n- b\nother: {}\n'],
    ['a: |+\n  x\n\n  \nb: >-\n  p\n  q\n\n  r\n'],
    ["a: !Join ['-', [!Ref Env, b, '6']]\nc: [[a], [ b ] , []]\n"],
    ['a: "\\x41\\u00e9\\U0001F600\\t\\\\ \\" \\/"\nb:\n  "below"\nc:\n  !If\n  - x\n'],
    ['a: one\n  two  \n\n   three # c\nb:\n- p\n q\n  # r\n- k: v\n    w\n'],
    ['x: &a 1\ny: *a # c\n  # d\nz: &m\n  k: v\nw: [iam:GetUser, http://x]\nv: !Ref &t y\n'],
    ['a:\n  \n# c\n  x\nb: 1\n'],
    // Runs of blank and comment lines (one record each in the reader) before and after empty values.
    ['a:\n  # x\n  # y\n\n\n  # z\n  # w\nb: 1\n'],
    ['k:\n  a:\n    # m\n    # n\n  # o\n\n   \n  b: 1\n  c:\n\n\n'],
    ['- \n\n\n- x\n  # a\n  # b\n#c\n#d\n-\n    # e\n\n    # f\n- y\n'],
    ['a: |\n  x\n\n\n  \n  y\n\n \n\n# c\n  # d\nb: >\n  p\n\n\n  q\n\n\n'],
    ['a:\n\n  # c\n  x\nb: 1\n'],
    [
      'name: {{ include "app.fullname" . }}\nspec:\n  replicas: {{ .Values.replicaCount }}\n  c:\n    - name: {{ .Chart.Name }}\n    - {{x}}\n',
    ],
    ['on: [push, pull_request]\nenv:\n  N: 010\n  O: 0o17\n  H: 0x1F\n  F: 1.50\n  E: 1e3\n  I: .inf\n'],
    // Plain values by their first character: those that may resolve to null, a bool or a number, and others.
    [
      '- ~\n- Null\n- nULL\n- TRUE\n- tru\n- FALSE\n- f\n- 0\n- +.5\n- -.INF\n- .NaN\n- x1\n- é\n- _1\n- "1"\n- [~, n, T, 9, ., z]\n',
    ],
  ])('reads %j as yaml does', (text) => {
    expect(expectSameAsYaml(text)).toBeDefined();
  });

  it.each([
    ['directives', '%YAML 1.2\n---\na: 1\n'],
    ['an anchor on a key', '&k a: 1\n'],
    ['an alias as a key', 'a: 1\n*k : 2\n'],
    ['an alias ending in a colon', 'a: &x: 1\nb: *x:\n'],
    ['a pair in a multi-line plain scalar', 'a: one\n  two: x\n'],
    ['an unknown double-quoted escape', 'a: "x\\qy"\n'],
    ['an escaped line break', 'a: "x\\\n  y"\n'],
    ['an indentation indicator', 'a: |2\n   x\n'],
    ['a tab', 'a:\tb\n'],
    ['CR line breaks', 'a: 1\r\nb: 2\r\n'],
    ['a byte order mark', '\uFEFFa: 1\n'],
    ['a byte order mark after comments (which `yaml` drops from the key)', '\n# c\n\uFEFFk: x\nb: 1\n'],
    ['a byte order mark after a document end', 'a: 1\n...\n\uFEFFk: 1\n'],
    ['a flow map', 'a: {b: 1}\n'],
    ['a flow map in a flow sequence', 'a: [b, {c: d}]\n'],
    ['flow sequences nested deeper than 32', `a: ${'['.repeat(40)}x${']'.repeat(40)}\n`],
    ['a Helm template', '{{- if .Values.x }}\na: 1\n{{- end }}\n'],
    ['a Helm value with text after it', 'name: {{ .Values.name }}-smtp\n'],
    ['a Helm value whose expression starts with a quote', 'a: {{ .Values.a | default "x" }}\nb: {{ "q" }}\n'],
    ['a syntax error', 'a: b: c\n'],
    ['a complex key', '? a\n: b\n'],
    ['a top-level scalar', 'just text\n'],
    ['an empty stream', '# only a comment\n'],
    // `yaml` reads on past the value's line after an empty line and a comment at the margin.
    ['a plain value below its key after an empty line and a margin comment', 'a:\n\n# c\n  x\nb: 1\n'],
    ['a plain item below its dash after an empty line and a margin comment', '-\n\n# c\n  x\n- y\n'],
    ['the same in a nested map', 'k:\n  a:\n\n# c\n    x\n  b: 1\n'],
    ['the same with the comment on the key line', 'a:  # z\n\n#\n  &n x\nb: 1\n'],
  ])('declines %s', (_, text) => {
    expect(readFastYaml(text, options)).toBeUndefined();
  });

  it.each([
    '!T {{ x }}',
    '[{{ x }}]',
    '{{ x }} # c',
    '{{ a, b }}',
    '{{ x } }',
    '{{ x }',
    '{{ "q" }}',
    '{{ }}',
    '{{ #x }}',
    '{{ a #x }}',
  ])('declines the Helm value %j', (value) => {
    expect(readFastYaml(`a: ${value}\n`, options)).toBeUndefined();
  });

  it.each([
    // More-indented comment lines after a Helm value extend its range, as after any flow collection.
    ['a: {{ x }}\n  # c\nb: 1\n'],
    ['a: {{ x }}\n    # c\n\n  # d\nb: 1\n'],
    ['a:\n  - {{ x }}\n    # c\n  - 1\n'],
    ['a:\n  {{ x }}\n'],
    ['a: {{ x }}\n---\nb: {{ y }}\n...\n'],
    // Expressions whose words resolve to other types, or hold characters that are indicators elsewhere.
    ['a: {{ 0x1F }}\nb: {{ null }}\nc: {{ .inf }}\nd: {{ 1 2 }}\ne: {{ .5 }}\n'],
    ['a: {{ x!y&z*w%v@u`t\'q"p\\o }}\nb: {{ x ? y - z }}\nc: {{ . }}\nd: {{ ... }}\n'],
    ['a: {{ x\u00a0}}\nb: {{ .\u2028 }}\nc: {{ .\ud800 }}\nd: {{ .\u0000 }}\n'],
  ])('reads the Helm values %j as yaml does', (text) => {
    expect(expectSameAsYaml(text)).toBeDefined();
  });

  it('reads an anchored Helm value, in a map and in a sequence, as yaml does', () => {
    expect(expectSameAsYaml('a: &h {{ x }}\nb:\n  - &i {{ .Values.y }}\n  - *h\n')).toBeDefined();
  });

  it("knows the tests of `yaml`'s core schema, so that plain strings skip them by their first character", () => {
    const schema = new Document(undefined, options).schema as unknown as {
      tags: Array<{ default?: unknown; test?: RegExp }>;
    };
    const tests = schema.tags.filter((tag) => tag.default === true && tag.test).map((tag) => tag.test!);
    expect(tests.map((test) => test.source).sort()).toEqual([...coreTests].sort());
    expect(tests.every((test) => test.flags === '')).toBe(true);
  });

  it('reads a literal block scalar with 200 000 blank lines inside as yaml does', () => {
    // Its blank lines were once spread as one call's arguments: a RangeError, and the file was not read.
    const text = `a: |\n  x\n${'\n'.repeat(200_000)}  y\nb: 1\n`;
    expect(expectSameAsYaml(text)).toBeDefined();
  });

  it('reads deep nesting without recursion', () => {
    const depth = 20_000;
    const text = Array.from({ length: depth }, (_, level) => `${' '.repeat(level)}k:`).join('\n') + ' v\n';
    const [document] = readFastYaml(text, options) ?? [];
    let node: unknown = document?.contents;
    let levels = 0;
    while (isMap(node)) {
      node = node.items[0]?.value;
      levels++;
    }
    expect(levels).toBe(depth);
  });
});
