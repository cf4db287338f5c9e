import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { parseAllDocuments, type Document } from 'yaml';
import { readFastJson } from '../../../src/formats/shared/json-fast.js';
import { readFastYaml } from '../../../src/formats/shared/yaml-fast.js';
import { filesUnder } from '../../helpers/files-under.js';
import { seeded } from '../../helpers/seeded.js';
import { facts } from '../../helpers/yaml-facts.js';

const options = { uniqueKeys: false, prettyErrors: false, strict: false } as const;

/** The fast JSON reader's documents, or undefined where it declined; whenever it reads, it must read as `yaml` does. */
function expectSameAsYaml(text: string): Document.Parsed[] | undefined {
  const fast = readFastJson(text, options);
  if (fast)
    expect({ text, facts: facts(fast) }).toEqual({
      text,
      facts: facts(parseAllDocuments(text, options) as Document.Parsed[]),
    });
  return fast;
}

const strings = [
  '',
  'a',
  'two words',
  'a: b',
  'a # b',
  '#x',
  '- x',
  '{{ .Values.x }}',
  '[1, 2]',
  "it's",
  'quote " inside',
  'back \\ slash',
  'line\nbreak',
  'tab\there',
  '\u00e9\u4e2d\ud83d\ude00',
  '\u2028\u0085\u00a0',
  'x'.repeat(1100),
  '${AWS::StackName}-smtp',
  'arn:aws:ses:*:*:identity/*',
];
const plains = [
  '0',
  '-0',
  '1',
  '-12',
  '1.5',
  '-0.25',
  '1e3',
  '1E-3',
  '2.5e+10',
  '12345678901234567890',
  'true',
  'false',
  'null',
];
const keys = [
  '',
  'a',
  'Type',
  'Fn::Sub',
  'key with spaces',
  '<<',
  '1',
  'true',
  'null',
  'a"b',
  'x'.repeat(1100),
  '\u00e9',
];

/** A random JSON value, nested at most `depth` more levels. */
function jsonValue(next: () => number, depth: number): unknown {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const roll = next();
  if (depth > 0 && roll < 0.25) {
    const entries = Math.floor(next() * 4);
    return Object.fromEntries(Array.from({ length: entries }, () => [pick(keys), jsonValue(next, depth - 1)]));
  }
  if (depth > 0 && roll < 0.45) return Array.from({ length: Math.floor(next() * 4) }, () => jsonValue(next, depth - 1));
  if (roll < 0.75) return pick(strings);
  return Number.NaN; // stands for a plain scalar, written below from `plains`
}

/** Writes `value` as JSON, pretty (by `indent`) or compact, with plain scalars drawn from `plains`. */
function write(next: () => number, value: unknown, indent: number): string {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const json = JSON.stringify(
    value,
    (_, item: unknown) => (Number.isNaN(item) ? '\u0000plain' : item),
    indent || undefined,
  );
  return json.replace(/"\\u0000plain"/g, () => pick(plains));
}

/** Unusual but valid layouts and edits just outside JSON, applied now and then. */
const edits: Array<(text: string, next: () => number) => string> = [
  (text) => text.replace(/":/g, '" :'),
  (text) => text.replace(/,/g, ' ,'),
  (text) => text.replace(/,\n/g, '\n,'),
  (text) => text.replace(/,/g, ',\n'),
  (text) => text.replace(/([\]}])/g, ' $1'),
  (text) => text.replace(/([\]}])/g, '\n  $1'),
  (text) => text.replace(/\[/g, '[\n'),
  (text) => text.replace(/: /g, ':'),
  (text) => `\n\n  ${text}`,
  (text) => `${text}\n\n   \n`,
  (text) => `${text}  `,
  (text) => text.replace(/": /, '":\n  '),
  (text) => text.replace(/(\d)([,\]}])/, '$1 x$2'),
  (text) => text.replace(/\]/, ',]'),
  (text) => text.replace(/}/, ',}'),
  (text) => text.replace(/\n/, ' # comment\n'),
  (text) => text.replace(/\n/, '\n// comment\n'),
  (text) => text.replace(/ /, '\t'),
  (text) => text.replace(/\n/g, '\r\n'),
  (text) => `\uFEFF${text}`,
  (text) => text.replace(/"([a-z])/, '$1'),
  (text) => text.replace(/true|false|null/, 'yes'),
  (text) => text.replace(/"/, "'"),
  (text) => `${text}\n---\n{}`,
  (text) => `${text} {}`,
  (text) => text.replace(/\\n/, '\\q'),
  (text) => text.slice(0, Math.max(1, text.length - 2)),
  (text, next) => `${'['.repeat(20 + Math.floor(next() * 20))}${text}${']'.repeat(20 + Math.floor(next() * 20))}`,
];

function generate(next: () => number): string {
  const root = next() < 0.7 ? jsonValue(next, 4) : [jsonValue(next, 3), jsonValue(next, 3)];
  const wrapped = typeof root === 'object' && root !== null ? root : { value: root };
  let text = write(next, wrapped, [0, 1, 2, 2, 4][Math.floor(next() * 5)]!);
  while (next() < 0.3) text = edits[Math.floor(next() * edits.length)]!(text, next);
  return text;
}

describe('readFastJson', () => {
  it('reads the JSON files under __tests__ and examples/ as yaml does, or declines', () => {
    const files = [...filesUnder('__tests__', /\.json$/), ...filesUnder('examples', /\.json$/)];
    let read = 0;
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      if (expectSameAsYaml(text)) read++;
      // Through the YAML reader, which hands what looks like JSON to this one.
      const viaYaml = readFastYaml(text, options);
      if (viaYaml) expect(facts(viaYaml)).toEqual(facts(parseAllDocuments(text, options) as Document.Parsed[]));
    }
    // Nearly all of them are plain JSON; a reader that declined everything would pass the comparison.
    expect(read).toBeGreaterThan(files.length / 2);
  });

  it('reads 4 000 generated JSON texts as yaml does, or declines', () => {
    let read = 0;
    // JSON_FAST_SEEDS=100000 runs more, once, by hand.
    const seeds = Number(process.env['JSON_FAST_SEEDS'] ?? 4000);
    for (let seed = 1; seed <= seeds; seed++) if (expectSameAsYaml(generate(seeded(seed)))) read++;
    expect(read).toBeGreaterThan(seeds / 3);
  });

  it.each([
    ['{}'],
    ['[]\n'],
    ['{ }'],
    ['[\n]\n\n'],
    ['\n\n  {"a": 1 , "b" :2}  \n  \n\n'],
    ['{\n  "a": [\n    1 ,\n    [] \n  , {}\n  ],\n  "b": {"c": "d"}   \n  ,"e": 1}'],
    ['{"a":[{"b":1}],"c":"\\u0041\\n\\/\\ud83d\\ude00"}'],
    ['[[[["x"]]], [], {}]\n'],
    ['{"a": 1, "a": 2}\n'],
    // An indented root whose lines run back to the margin (no indentation rule applies at the top level).
    ['  {\n"a": [\n1\n]\n}\n'],
    ['{"Outputs": {"Key": {"Value": {"Fn::GetAtt": ["SmtpAccessKey", "SecretAccessKey"]}}}}\n'],
    // Numbers past a double's range, negative zero, long integers; escapes of lone surrogates and raw control characters.
    ['[1e400, -1e400, 1E-400, -0, -0.0, 12345678901234567890123, 1.50]\n'],
    ['["\\ud800", "\\udc00x", "\\U0001F600", "\\x41", "\\N\\_\\e\\ ", "\u0000\u0001\u007f\u0085\u2028\ud800"]\n'],
    ['{"a": 1, "a": {"a": [1, 1]}, "<<": {"b": 2}}\n'],
    // As deep as the reader goes.
    [`${'['.repeat(32)}1${']'.repeat(32)}\n`],
  ])('reads %j as yaml does', (text) => {
    expect(expectSameAsYaml(text)).toBeDefined();
  });

  it.each([
    ['a top-level scalar', '"text"\n'],
    ['a top-level number', '12\n'],
    ['a trailing comma', '{"a": 1,}\n'],
    ['a comment', '{"a": 1 # c\n}\n'],
    ['a value on the line after its key', '{"a":\n  1}\n'],
    ['a colon on the line after its key', '{"a"\n  : 1}\n'],
    ['a single-quoted string', "{'a': 1}\n"],
    ['a plain key', '{a: 1}\n'],
    ['a YAML word', '{"a": yes}\n'],
    ['a second document', '{}\n---\n{}\n'],
    ['text after the value', '{} x\n'],
    ['an unclosed object', '{"a": 1\n'],
    ['a missing comma', '[1 2]\n'],
    ['a tab', '{\t"a": 1}\n'],
    ['nesting deeper than 32', `${'['.repeat(40)}1${']'.repeat(40)}\n`],
    ['nesting of 33', `${'['.repeat(33)}1${']'.repeat(33)}\n`],
    ['a Helm template', '{{- if .Values.x }}\na: 1\n{{- end }}\n'],
  ])('declines %s', (_, text) => {
    expect(readFastJson(text, options)).toBeUndefined();
  });

  it('reads a long minified line in one pass (each string does not search for the line end again)', () => {
    const items = Array.from({ length: 50_000 }, (_, index) => `{"k${index}": "v", "n": ${index}}`);
    const [document] = readFastJson(`[${items.join(',')}]`, options) ?? [];
    const root = document?.contents as { items: unknown[] } | undefined;
    expect(root?.items.length).toBe(50_000);
  });
});
