import { beforeAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { loadHcl } from '../../src/formats/terraform/hcl.js';
import { fake, scanFiles } from '../helpers/scan.js';

beforeAll(loadHcl);

/** Lines a hostile or careless author could put before a key: syntax errors, comments, nesting, unknown keys. */
const noise = fc.constantFrom(
  '\tbad: tab',
  'note: "unclosed',
  `# ${'['.repeat(150)}`,
  `# ${'*a '.repeat(120)}`,
  `// ${'{'.repeat(150)}`,
  'unknown_key: {a: [b, {c: d}]}',
  'x = "unclosed',
  '{{ .Values.rendered }}',
  '',
);

/** Each format with the key planted on a line of its own; `lines` go before the key line. */
const formats: Array<{ path: string; build: (lines: string[], key: string) => string }> = [
  {
    path: 'secret.yaml',
    build: (lines, key) =>
      `apiVersion: v1\nkind: Secret\n${lines.join('\n')}\nstringData:\n  AWS_ACCESS_KEY_ID: ${key}\n`,
  },
  {
    path: 'docker-compose.yml',
    build: (lines, key) =>
      `${lines.join('\n')}\nservices:\n  app:\n    environment:\n      AWS_ACCESS_KEY_ID: ${key}\n`,
  },
  { path: '.env', build: (lines, key) => `${lines.join('\n')}\nAWS_ACCESS_KEY_ID=${key}\n` },
  { path: 'main.tf', build: (lines, key) => `${lines.join('\n')}\nprovider "aws" {\n  access_key = "${key}"\n}\n` },
  {
    path: '.github/workflows/ci.yml',
    build: (lines, key) => `${lines.join('\n')}\non: push\nenv:\n  AWS_ACCESS_KEY_ID: ${key}\n`,
  },
];

describe('property: a planted key keeps its finding whatever is inserted before it', () => {
  it.each(formats.map((format) => [format.path, format] as const))('%s', (_, format) => {
    const key = fake.accessKeyId();
    fc.assert(
      fc.property(fc.array(noise, { maxLength: 6 }), (lines) => {
        const text = format.build(lines, key);
        const keyLine = text.split('\n').findIndex((line) => line.includes(key)) + 1;
        const result = scanFiles({ [format.path]: text });
        const keyFindingLines = result.findings
          .filter((finding) => finding.ruleId === 'hardcoded-access-key')
          .map((finding) => finding.span.startLine);
        expect(keyFindingLines).toContain(keyLine);
      }),
      { numRuns: 60 },
    );
  });
});
