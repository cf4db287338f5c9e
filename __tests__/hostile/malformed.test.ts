import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/run.js';
import { scan } from '../../src/scan/scan.js';

let root: string;
const rootSecret = 'AWS_ACCESS_KEY_ID: ${{ secrets.ROOT_AWS_ACCESS_KEY_ID }}';

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'sch-malformed-'));
  const write = (path: string, text: string) => {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  write('.github/workflows/broken.yml', `on: push\nenv:\n  K: \${{ secrets.K }}\njobs:\n  a: [unclosed\n`);
  write(
    '.github/workflows/alias.yml',
    `on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: echo\n        env:\n          SMTP_USERNAME: ********\n          SMTP_PASSWORD: \${{ secrets.P }}\n`,
  );
  write(
    '.github/workflows/good.yml',
    `on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: echo\n        env:\n          ${rootSecret}\n`,
  );
  write('infra/main.tf', 'resource "aws_iam_user" "smtp" {\n  name = "x"\n\nresource "aws_iam_access_key" "k" {\n');
  write(
    'cloudformation/truncated.json',
    '{"AWSTemplateFormatVersion": "2010-09-09", "Resources": {"K": {"Type": "AWS::IAM::AccessKey"',
  );
  write(
    'cloudformation/tags.yaml',
    "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  K:\n    Type: AWS::IAM::AccessKey\n    Properties:\n      UserName: !Foo [bar]\nOutputs:\n  S:\n    Value: !GetAtt K.SecretAccessKey\n",
  );
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('malformed files', () => {
  it('each gives a notice naming the file and the reason, and the scan goes on', async () => {
    const result = await scan({ root });
    const notes = result.problems.map((p) => `${p.file}: ${p.message}`);
    expect(notes).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^\.github\/workflows\/broken\.yml: YAML syntax error: /),
        expect.stringMatching(/^\.github\/workflows\/alias\.yml: YAML alias \*\*+ refers to no anchor/),
        expect.stringMatching(/^infra\/main\.tf: HCL syntax error: /),
        expect.stringMatching(/^cloudformation\/truncated\.json: YAML syntax error: /),
      ]),
    );
    // The good workflow and the template with an unknown tag are still read.
    expect(result.findings.map((f) => `${f.ruleId} ${f.file}`)).toEqual(
      expect.arrayContaining([
        'root-credentials .github/workflows/good.yml',
        'credential-exposed-in-output cloudformation/tags.yaml',
      ]),
    );
  });

  it('leaves the exit status to the findings, unless --strict', async () => {
    const io = { stdout: () => undefined, stderr: () => undefined, isTty: false };
    expect(await main([root, '--fail-on', 'never'], io)).toBe(0);
    let stderr = '';
    expect(await main([root, '--fail-on', 'never', '--strict'], { ...io, stderr: (t: string) => (stderr += t) })).toBe(
      1,
    );
    expect(stderr).toMatch(/file\(s\) could not be fully read \(--strict\)/);
  });
});
