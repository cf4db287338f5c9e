import { describe, expect, it } from '@jest/globals';
import { YamlSource, getValue } from '../../../src/formats/shared/yaml.js';
import { LineIndex } from '../../../src/formats/shared/lines.js';
import { githubWorkflowAdapter } from '../../../src/formats/github-workflow.js';
import { classifyName as classify } from '../../../src/credentials/names.js';
import { fake, locate, scanFiles } from '../../helpers/scan.js';

const classifyName = (name: string) => classify(name);
import type { Scalar } from 'yaml';

const keyId = fake.accessKeyId('R');
const secret = fake.secretKey('r');

describe('positions inside one scalar', () => {
  it('10 000 repeated `curl --user` slots in one `run:` are each placed at their own occurrence', () => {
    const run = `${'curl --user a:b '.repeat(10_000)}smtps://email-smtp.us-east-1.amazonaws.com`;
    const text = `on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: "${run}"\n`;
    // The adapter's own references: a scan keeps only a file's first 2 000.
    const model = githubWorkflowAdapter.parse('.github/workflows/ci.yml', text, { classifyName });
    const users = model.references.filter((reference) => reference.sink.name === 'curl --user (user)');
    expect(users).toHaveLength(10_000);
    // Each slot's user name `a` is the n-th `a:b` of the line, never the first one found again.
    for (const n of [1, 2, 500, 9_999, 10_000]) {
      const { span } = users[n - 1] ?? { span: undefined };
      expect(`.github/workflows/ci.yml:${span?.startLine}:${span?.startColumn}`).toBe(locate(text, 'a:b', n));
    }
  });

  it.each([
    ['plain', 'x: one two one two'],
    ['double-quoted with escapes before', 'x: "\\t\\"one\\x41 two one two"'],
    ['single-quoted', "x: 'it''s one two one two'"],
    ['block literal', 'x: |\n  one\n  two one\n  two\n'],
    ['block folded', 'x: >\n  one\n  two one\n  two\n'],
    ['plain over lines, CRLF', 'x: one\r\n  two one\r\n  two'],
  ])('%s: the n-th occurrence of a value is the n-th in the source', (_, text) => {
    const source = new YamlSource('f.yml', text);
    const node = getValue(source.documents[0]?.contents, 'x') as Scalar;
    const value = String(node.value);
    const second = value.indexOf('two', value.indexOf('two') + 1);
    const located = source.locateInScalar(node, second, 3);
    expect(text.slice(located.start, located.end)).toBe('two');
    let at = -1;
    for (let i = 0; i < 2; i++) at = text.indexOf('two', at + 1);
    expect(located.start).toBe(at);
  });

  it('an escaped value is placed at the whole scalar, as before', () => {
    const source = new YamlSource('f.yml', 'x: "a\\x41b"');
    const node = getValue(source.documents[0]?.contents, 'x') as Scalar;
    expect(source.locateInScalar(node, 1, 1)).toEqual({ start: 3, end: 11 });
  });
});

describe('CR-only line endings', () => {
  it('the line index ends a line at \\n, \\r\\n and a lone \\r', () => {
    const lines = new LineIndex('a\rb\r\nc\nd');
    expect([0, 2, 5, 7].map((offset) => lines.position(offset))).toEqual([
      { line: 1, column: 1 },
      { line: 2, column: 1 },
      { line: 3, column: 1 },
      { line: 4, column: 1 },
    ]);
    expect(lines.line(1)).toEqual({ start: 2, text: 'b' });
  });

  it.each([
    [
      'docker-compose.yml',
      `services:\r  app:\r    environment:\r      AWS_ACCESS_KEY_ID: ${keyId}\r      AWS_SECRET_ACCESS_KEY: ${secret}\r`,
    ],
    ['svc/.env', `# keys\rAWS_ACCESS_KEY_ID=${keyId}\rAWS_SECRET_ACCESS_KEY=${secret}\r`],
  ])('%s: the pair is found at the lines and columns an editor shows', (path, text) => {
    const found = scanFiles({ [path]: text })
      .findings.filter((finding) => finding.ruleId === 'hardcoded-access-key')
      .map((finding) => `${finding.file}:${finding.span.startLine}:${finding.span.startColumn}`);
    const editor = (needle: string) => locate(text.replace(/\r/g, '\n'), needle, 1, path);
    expect(found).toEqual([editor(keyId), editor(secret)]);
  });
});
