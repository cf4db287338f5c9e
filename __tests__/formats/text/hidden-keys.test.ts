import { beforeAll, describe, expect, it } from '@jest/globals';
import { loadHcl } from '../../../src/formats/terraform/hcl.js';
import { nestingDepth } from '../../../src/formats/shared/limits.js';
import { fake, scanFiles } from '../../helpers/scan.js';

/** The hidden key's findings as `rule line`, and the notes of the file it is in. */
function outcome(path: string, text: string) {
  const result = scanFiles({ [path]: text });
  return {
    findings: result.findings.map((finding) => `${finding.ruleId} ${finding.span.startLine}`),
    notes: result.problems.map((problem) => problem.message),
  };
}

describe('a key hidden behind a comment that looks like nesting or aliases', () => {
  it.each(['['.repeat(150), '{'.repeat(150), '*a '.repeat(150)])('%#: is still read by its parser', (comment) => {
    const text = `# ${comment}\nservices:\n  app:\n    environment:\n      AWS_ACCESS_KEY_ID: ${fake.accessKeyId()}\n      AWS_SECRET_ACCESS_KEY: ${fake.secretKey()}\n`;
    const { findings, notes } = outcome('docker-compose.yml', text);
    expect(findings).toEqual(expect.arrayContaining(['hardcoded-access-key 5', 'hardcoded-access-key 6']));
    expect(notes).toEqual([]);
  });

  it('HCL comments (`#`, `//`, `/* */`) are not counted either', () => {
    const deep = '['.repeat(150);
    expect(nestingDepth(`# ${deep}\n// ${deep}\n/* ${deep}\n${deep} */\nx = 1\n`, 100)).toBeLessThan(5);
    // Outside a comment they still count.
    expect(nestingDepth(`x = a//${deep}\n`, 100)).toBeGreaterThan(100);
    // A long comment line costs one pass (timed by `npm run bench:hostile`).
    expect(nestingDepth(`# ${'['.repeat(2_000_000)}\n`, 100)).toBe(0);
  });
});

describe('a key after a syntax error', () => {
  it('YAML: a tab, or an unclosed quote, before the key', () => {
    for (const broken of ['\tbad: indent\n', 'note: "unclosed\n']) {
      const text = `apiVersion: v1\nkind: Secret\nmetadata:\n  name: a\n${broken}stringData:\n  AWS_ACCESS_KEY_ID: ${fake.accessKeyId()}\n  AWS_SECRET_ACCESS_KEY: ${fake.secretKey()}\n`;
      const { findings, notes } = outcome('secret.yaml', text);
      expect(findings).toEqual(expect.arrayContaining(['hardcoded-access-key 7', 'hardcoded-access-key 8']));
      expect(notes).toEqual([expect.stringMatching(/^YAML syntax error: .*also read for credential-shaped values/)]);
    }
  });
});

describe('a key after what its parser cannot read', () => {
  beforeAll(loadHcl);

  it('HCL: a syntax error before the key', () => {
    const text = `resource "aws_s3_bucket" "b" {\n  bucket = "unclosed\n}\nprovider "aws" {\n  access_key = "${fake.accessKeyId()}"\n  secret_key = "${fake.secretKey()}"\n}\n`;
    const { findings } = outcome('main.tf', text);
    expect(findings).toEqual(expect.arrayContaining(['hardcoded-access-key 5', 'hardcoded-access-key 6']));
  });

  it('Terraform: an expression of 2 000 terms before the key is read by the parser, which survives it', () => {
    const terms = Array.from({ length: 2000 }, (_, i) => `var.v${i}`).join(' + ');
    const text = `locals {\n  total = ${terms}\n}\nprovider "aws" {\n  access_key = "${fake.accessKeyId()}"\n  secret_key = "${fake.secretKey()}"\n}\n`;
    const { findings, notes } = outcome('main.tf', text);
    expect(findings).toEqual(expect.arrayContaining(['hardcoded-access-key 5', 'hardcoded-access-key 6']));
    expect(notes).toEqual([]);
  });

  it('a workflow expression that does not parse keeps the literal inside it', () => {
    const text = `on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    env:\n      AWS_ACCESS_KEY_ID: \${{ ${fake.accessKeyId()} }}\n    steps:\n      - run: echo\n`;
    const { findings } = outcome('.github/workflows/ci.yml', text);
    expect(findings).toEqual(expect.arrayContaining([expect.stringMatching(/^hardcoded-access-key 6$/)]));
  });
});
