import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { YamlSource, getPath, getValue, mapPairs, scalarText } from '../../../src/formats/shared/yaml.js';
import { findLiterals } from '../../../src/formats/text/literals.js';
import { fake, locate, scanFiles } from '../../helpers/scan.js';

const keyId = fake.accessKeyId('H');
const secret = fake.secretKey('h');

/** Ten levels of nine aliases of the level before: 9^10 nodes expanded, a few hundred bytes written. */
function billionLaughs(): string {
  const levels = ['a: &a [x, x, x, x, x, x, x, x, x]'];
  for (let i = 1; i < 10; i++) {
    const name = String.fromCharCode(97 + i);
    levels.push(
      `${name}: &${name} [${Array(9)
        .fill(`*${String.fromCharCode(96 + i)}`)
        .join(', ')}]`,
    );
  }
  return `${levels.join('\n')}\n`;
}

describe('YAML aliases, resolved within a budget of what they stand for', () => {
  it('an alias of a scalar reads as the value, at the alias', () => {
    const source = new YamlSource('f.yml', 'a: &k one\nb: *k\n');
    const b = getValue(source.documents[0]?.contents, 'b');
    expect(scalarText(b)).toBe('one');
    expect(source.nodeSpan(b)).toEqual({ startLine: 2, startColumn: 4, endLine: 2, endColumn: 6 });
    expect(source.aliasOriginAt(source.nodeSpan(b))).toEqual({ anchor: 'k', line: 1 });
  });

  it('an alias of a map is the map; merge keys bring the pairs the map does not set, earlier merges first', () => {
    const text = 'x: &x {A: 1, B: 1}\ny: &y {B: 2, C: 2}\nz:\n  <<: [*x, *y]\n  A: own\n';
    const z = getValue(new YamlSource('f.yml', text).documents[0]?.contents, 'z');
    expect(mapPairs(z).map((pair) => `${scalarText(pair.key)}=${scalarText(pair.value)}`)).toEqual([
      'B=1',
      'C=2',
      'A=own',
    ]);
  });

  it('an alias inside its own anchored node names nothing: never a cycle', () => {
    const source = new YamlSource('f.yml', 'a: &a [1, *a]\n');
    expect(source.aliasCost).toBe(0);
    expect(getPath(source.documents[0]?.contents, 'a')).toBeDefined();
  });

  it('a billion laughs is measured, not expanded, and left unresolved over the budget', () => {
    const source = new YamlSource('f.yml', billionLaughs(), 100_000);
    expect(source.aliasCost).toBeGreaterThan(9 ** 9);
    expect(source.aliasesOverBudget()).toBe(true);
    const files = { 'deploy/bomb.yaml': `${billionLaughs()}AWS_ACCESS_KEY_ID: ${keyId}\n` };
    const result = scanFiles(files);
    expect(result.problems.map((problem) => problem.message)).toEqual([
      expect.stringMatching(/^skipped: YAML aliases that stand for more than 100000 nodes/),
    ]);
    // Read as text only, the key is still found.
    expect(result.findings.map((finding) => finding.ruleId)).toContain('hardcoded-access-key');
  });

  it("getsentry/self-hosted's compose file (hundreds of aliases, a few thousand nodes) is read", () => {
    const text = readFileSync(
      '__tests__/real-world/cases/compose-getsentry-self-hosted/files/docker-compose.yml',
      'utf8',
    );
    const source = new YamlSource('docker-compose.yml', text);
    expect(source.aliasCost).toBeGreaterThan(1_000);
    expect(source.aliasesOverBudget()).toBe(false);
    expect(scanFiles({ 'docker-compose.yml': text }).problems).toEqual([]);
  });

  it.each([
    [
      'a workflow',
      '.github/workflows/ci.yml',
      `on: push\nx: {k: &k ${secret}}\nenv:\n  AWS_ACCESS_KEY_ID: ${keyId}\n  AWS_SECRET_ACCESS_KEY: *k\njobs: {}\n`,
    ],
    [
      'a compose file',
      'docker-compose.yml',
      `x: {k: &k ${secret}}\nservices:\n  app:\n    environment:\n      AWS_ACCESS_KEY_ID: ${keyId}\n      AWS_SECRET_ACCESS_KEY: *k\n`,
    ],
    [
      'a Kubernetes Secret',
      'deploy/secret.yaml',
      `apiVersion: v1\nkind: Secret\nmetadata: {name: s, annotations: {k: &k ${secret}}}\nstringData:\n  AWS_ACCESS_KEY_ID: ${keyId}\n  AWS_SECRET_ACCESS_KEY: *k\n`,
    ],
    [
      'a Serverless service',
      'serverless.yml',
      `service: s\ncustom: {k: &k ${secret}}\nprovider:\n  name: aws\n  environment:\n    AWS_ACCESS_KEY_ID: ${keyId}\n    AWS_SECRET_ACCESS_KEY: *k\nfunctions: {f: {handler: h}}\n`,
    ],
  ])('%s: a secret key used through an alias is the hard-coded half of the pair, at the alias', (_, path, text) => {
    const findings = scanFiles({ [path]: text }).findings.filter(
      (finding) => finding.ruleId === 'hardcoded-access-key',
    );
    expect(findings.map((finding) => `${finding.file}:${finding.span.startLine}:${finding.span.startColumn}`)).toEqual([
      locate(text, keyId, 1, path),
      locate(text, '*k', 1, path),
    ]);
    expect(findings.map((finding) => finding.severity)).toEqual(['error', 'error']);
    expect(findings[1]?.message).toContain('through YAML alias `*k` written at line');
  });
});

describe("the text layer's pairing follows aliases", () => {
  it('`NAME: *k` beside a secret-key name is a hit at the alias holding the anchored value', () => {
    const text = `\tbroken: [\nshared: &k ${secret}\nAWS_SECRET_ACCESS_KEY: *k\n`;
    const hits = findLiterals(text, (name) => name === 'AWS_SECRET_ACCESS_KEY');
    expect(hits).toEqual([
      {
        kind: 'secret-access-key',
        start: text.indexOf('*k'),
        end: text.indexOf('*k') + 2,
        value: secret,
        name: 'AWS_SECRET_ACCESS_KEY',
      },
    ]);
  });

  it('an alias beside no secret-key name, or of an anchor that is no secret key, is no hit', () => {
    expect(findLiterals(`a: &k ${secret}\nOTHER: *k\n`, (name) => name === 'AWS_SECRET_ACCESS_KEY')).toEqual([]);
    expect(
      findLiterals('a: &k short\nAWS_SECRET_ACCESS_KEY: *k\n', (name) => name === 'AWS_SECRET_ACCESS_KEY'),
    ).toEqual([]);
  });

  it('a file its parser cannot read still draws the pair through the alias', () => {
    const text = `services:\n\tbad: tab\nx: &k ${secret}\nAWS_ACCESS_KEY_ID: ${keyId}\nAWS_SECRET_ACCESS_KEY: *k\n`;
    const rules = scanFiles({ 'docker-compose.yml': text }).findings.map(
      (finding) => `${finding.ruleId} ${finding.span.startLine} ${finding.severity}`,
    );
    expect(rules).toEqual(['hardcoded-access-key 4 error', 'hardcoded-access-key 5 error']);
  });
});
