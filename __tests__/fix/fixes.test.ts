import { beforeAll, describe, expect, it } from '@jest/globals';
import { parseDocument } from 'yaml';
import { loadHcl } from '../../src/formats/terraform/hcl.js';
import type { Finding } from '../../src/model/findings.js';
import { applyEdits } from '../../src/rules/fixes/text.js';
import { planFixes } from '../../src/scan/fix-plan.js';
import { scanFiles, type Files } from '../helpers/scan.js';

// Issue 23: every fix kind, applied to the text it was made for, removes its finding and leaves a file
// that still parses (Terraform through the HCL grammar the scan uses, YAML through the `yaml` parser).
beforeAll(loadHcl);

/** The one finding of the rule in the file, with its fix. */
function fixedFinding(files: Files, ruleId: string, file: string): Finding {
  const found = scanFiles(files).findings.filter((finding) => finding.ruleId === ruleId && finding.file === file);
  expect(found).toHaveLength(1);
  const [finding] = found;
  if (!finding?.fix) throw new Error(`no fix on ${ruleId} in ${file}`);
  return finding;
}

/** The files after one finding's fix (suggestions too): every edit applied to its own file. */
function applied(files: Files, finding: Finding): Files {
  const result = { ...files };
  for (const file of new Set(finding.fix?.edits.map((edit) => edit.file))) {
    const text = result[file];
    if (text === undefined) throw new Error(`the fix edits ${file}, which was not scanned`);
    const after = applyEdits(text, finding.fix?.edits.filter((edit) => edit.file === file) ?? []);
    if (after === undefined) throw new Error(`the fix does not fit ${file}`);
    result[file] = after;
  }
  return result;
}

/** Problems that say a file no longer parses. */
function parseProblems(files: Files): string[] {
  const problems = scanFiles(files).problems.map((problem) => `${problem.file}: ${problem.message}`);
  const yamlErrors = Object.entries(files)
    .filter(([path]) => /\.ya?ml$/.test(path))
    .flatMap(([path, text]) => parseDocument(text).errors.map((error) => `${path}: ${error.message}`));
  return [...problems.filter((problem) => /syntax error|could not be read/i.test(problem)), ...yamlErrors];
}

/** Fixes the finding and checks the result: the finding gone, the files parse; returns the fixed files. */
function expectFixed(files: Files, ruleId: string, file: string): Files {
  const finding = fixedFinding(files, ruleId, file);
  const fixed = applied(files, finding);
  expect(parseProblems(fixed)).toEqual([]);
  const after = scanFiles(fixed).findings.filter((one) => one.ruleId === ruleId && one.file === file);
  expect(after).toEqual([]);
  // Applied twice, the fixes change nothing the second time: the re-scan offers none for that rule.
  const again = scanFiles(fixed).findings.filter((one) => one.ruleId === ruleId && one.fix);
  expect(again).toEqual([]);
  return fixed;
}

const keys = `provider "aws" {
  region = "us-east-1"
}

resource "aws_iam_user" "smtp" {
  name = "mailer-ses-smtp"
}

resource "aws_iam_access_key" "smtp" {
  user = aws_iam_user.smtp.name
}
`;

function secretData(name: string, entries: string): string {
  return `resource "kubernetes_secret" "${name}" {
  metadata {
    name = "${name}"
  }
  data = {
${entries}
  }
}
`;
}

/** The keys (or another configuration) and a Kubernetes secret holding SMTP settings for SES in the region. */
function smtpFiles(configuration: string, region: string, username: string, password: string): Files {
  const entries = `    SMTP_HOST     = "email-smtp.${region}.amazonaws.com"
    SMTP_USERNAME = ${username}
    SMTP_PASSWORD = ${password}`;
  return { 'infra/main.tf': `${configuration}\n${secretData('smtp', entries)}` };
}

describe('Terraform fixes', () => {
  // An output file beside the keys: its text, the rule it draws, and the line the fix writes.
  it.each([
    [
      'adds sensitive = true to an output that exposes the SMTP password',
      'output "smtp_password" {\n  value = aws_iam_access_key.smtp.ses_smtp_password_v4\n}\n',
      'credential-exposed-in-output',
      '  value = aws_iam_access_key.smtp.ses_smtp_password_v4\n  sensitive = true\n}\n',
    ],
    [
      'turns sensitive = false into true, whatever the alignment and comments',
      'output "secret" {\n  # the raw key { not a block }\n  value     = aws_iam_access_key.smtp.secret\n  sensitive = false # for now\n}\n',
      'credential-exposed-in-output',
      '  sensitive = true # for now\n',
    ],
    [
      'removes nonsensitive(…) and marks the output sensitive',
      'output "smtp_password" {\n  value = nonsensitive(lower(aws_iam_access_key.smtp.ses_smtp_password_v4))\n}\n',
      'credential-exposed-in-output',
      '  value = lower(aws_iam_access_key.smtp.ses_smtp_password_v4)\n  sensitive = true\n}\n',
    ],
    [
      'swaps the attribute behind a legacy splat',
      'output "smtp_password" {\n  value     = element(concat(aws_iam_access_key.smtp.*.secret, [""]), 0)\n  sensitive = true\n}\n',
      'secret-key-as-smtp-password',
      'concat(aws_iam_access_key.smtp.*.ses_smtp_password_v4, [""])',
    ],
  ])('%s', (_title, outputs, ruleId, written) => {
    const fixed = expectFixed({ 'infra/main.tf': keys, 'infra/outputs.tf': outputs }, ruleId, 'infra/outputs.tf');
    expect(fixed['infra/outputs.tf']).toContain(written);
  });

  it('makes an SSM parameter holding the SMTP password a SecureString', () => {
    const files = {
      'infra/main.tf': `${keys}
resource "aws_ssm_parameter" "smtp_password" {
  name  = "/mailer/smtp-password"
  type  = "String"
  value = aws_iam_access_key.smtp.ses_smtp_password_v4
}
`,
    };
    const fixed = expectFixed(files, 'credential-exposed-in-output', 'infra/main.tf');
    expect(fixed['infra/main.tf']).toContain('  type  = "SecureString"\n');
  });

  // A Kubernetes secret of SMTP settings beside the keys: the slot's values, the rule, the line the fix writes.
  it.each([
    [
      'replaces ses_smtp_password (SigV2) with ses_smtp_password_v4, noting the provider region',
      smtpFiles(keys, 'eu-west-1', 'aws_iam_access_key.smtp.id', 'aws_iam_access_key.smtp.ses_smtp_password'),
      'sigv2-smtp-password',
      'SMTP_PASSWORD = aws_iam_access_key.smtp.ses_smtp_password_v4\n',
      /region us-east-1, not for the endpoint's eu-west-1/,
    ],
    [
      "replaces a key's raw .secret in an SMTP password slot with its ses_smtp_password_v4",
      smtpFiles(keys, 'us-east-1', 'aws_iam_access_key.smtp.id', 'aws_iam_access_key.smtp.secret'),
      'secret-key-as-smtp-password',
      'SMTP_PASSWORD = aws_iam_access_key.smtp.ses_smtp_password_v4\n',
      /ses_smtp_password_v4/,
    ],
    ...['aws_iam_user.smtp.name', 'aws_iam_access_key.smtp.user'].map(
      (written) =>
        [
          `replaces ${written} in an SMTP user name slot with the key's .id`,
          smtpFiles(keys, 'us-east-1', written, 'aws_iam_access_key.smtp.ses_smtp_password_v4'),
          'smtp-username-not-access-key-id',
          'SMTP_USERNAME = aws_iam_access_key.smtp.id\n',
          /access key's ID/,
        ] as const,
    ),
    [
      'keeps the index of a user repeated by count, as its key is',
      smtpFiles(
        keys
          .replace('"smtp" {\n  name', '"smtp" {\n  count = var.enabled ? 1 : 0\n  name')
          .replace('user = aws_iam_user.smtp.name', 'count = var.enabled ? 1 : 0\n  user  = aws_iam_user.smtp[0].name'),
        'us-east-1',
        'var.enabled ? aws_iam_user.smtp[0].name : ""',
        'aws_iam_access_key.smtp[0].ses_smtp_password_v4',
      ),
      'smtp-username-not-access-key-id',
      'SMTP_USERNAME = var.enabled ? aws_iam_access_key.smtp[0].id : ""\n',
      /aws_iam_access_key\.smtp\[0\]\.id/,
    ],
  ])('%s', (_title, files, ruleId, written, description) => {
    expect(fixedFinding(files, ruleId, 'infra/main.tf').fix?.description).toMatch(description);
    expect(expectFixed(files, ruleId, 'infra/main.tf')['infra/main.tf']).toContain(written);
  });

  it('offers no .id when the user has two keys: which one is not mechanical', () => {
    const files = {
      'infra/main.tf': `${keys}
resource "aws_iam_access_key" "second" {
  user = aws_iam_user.smtp.name
}
${secretData(
  'smtp',
  `    SMTP_HOST     = "email-smtp.us-east-1.amazonaws.com"
    SMTP_USERNAME = aws_iam_user.smtp.name
    SMTP_PASSWORD = aws_iam_access_key.smtp.ses_smtp_password_v4`,
)}`,
    };
    const found = scanFiles(files).findings.filter((one) => one.ruleId === 'smtp-username-not-access-key-id');
    expect(found.map((one) => one.fix)).toEqual([undefined]);
  });

  it("replaces an SMTP password in a secret access key slot with the key's .secret", () => {
    const files = {
      'infra/main.tf': `${keys}
${secretData(
  'api',
  `    AWS_ACCESS_KEY_ID     = aws_iam_access_key.smtp.id
    AWS_SECRET_ACCESS_KEY = aws_iam_access_key.smtp.ses_smtp_password_v4`,
)}`,
    };
    const fixed = expectFixed(files, 'smtp-password-as-secret-key', 'infra/main.tf');
    expect(fixed['infra/main.tf']).toContain('AWS_SECRET_ACCESS_KEY = aws_iam_access_key.smtp.secret\n');
  });
});

const caller = `name: nightly
on: push
jobs:
  archive:
    uses: ./.github/workflows/archive.yml
    secrets: inherit
`;

describe('workflow fixes', () => {
  it('replaces secrets: inherit with the secrets the called workflow declares', () => {
    const files = {
      '.github/workflows/nightly.yml': caller,
      '.github/workflows/archive.yml': `on:
  workflow_call:
    secrets:
      SES_SMTP_USERNAME:
        required: true
      SES_SMTP_PASSWORD:
        required: true
jobs:
  send:
    runs-on: ubuntu-latest
    steps:
      - uses: dawidd6/action-send-mail@v3
        with:
          server_address: email-smtp.eu-west-1.amazonaws.com
          username: \${{ secrets.SES_SMTP_USERNAME }}
          password: \${{ secrets.SES_SMTP_PASSWORD }}
`,
    };
    const fixed = expectFixed(files, 'overbroad-secrets-access', '.github/workflows/nightly.yml');
    expect(fixed['.github/workflows/nightly.yml']).toBe(
      caller.replace(
        'secrets: inherit\n',
        'secrets:\n      SES_SMTP_USERNAME: ${{ secrets.SES_SMTP_USERNAME }}\n      SES_SMTP_PASSWORD: ${{ secrets.SES_SMTP_PASSWORD }}\n',
      ),
    );
  });

  it('drops secrets: inherit when the called workflow declares and uses none', () => {
    const files = {
      '.github/workflows/nightly.yml': caller,
      '.github/workflows/archive.yml':
        'on: workflow_call\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo archived\n',
    };
    const fixed = expectFixed(files, 'overbroad-secrets-access', '.github/workflows/nightly.yml');
    expect(fixed['.github/workflows/nightly.yml']).toBe(caller.replace('    secrets: inherit\n', ''));
  });

  it('declares the secrets a called workflow reads without declaring, and passes them by name', () => {
    const files = {
      '.github/workflows/nightly.yml': caller,
      '.github/workflows/archive.yml': `on:
  workflow_call:
  push:
jobs:
  send:
    runs-on: ubuntu-latest
    steps:
      - uses: dawidd6/action-send-mail@v3
        with:
          server_address: email-smtp.eu-west-1.amazonaws.com
          username: \${{ secrets.SES_SMTP_USERNAME }}
          password: \${{ secrets['SES_SMTP_PASSWORD'] }}
          github_token: \${{ secrets.GITHUB_TOKEN }}
`,
    };
    const fixed = expectFixed(files, 'overbroad-secrets-access', '.github/workflows/nightly.yml');
    expect(fixed['.github/workflows/archive.yml']).toMatch(
      /^on:\n {2}workflow_call:\n {4}secrets:\n {6}SES_SMTP_USERNAME:\n {8}required: false\n {6}SES_SMTP_PASSWORD:\n {8}required: false\n {2}push:\n/,
    );
    expect(fixed['.github/workflows/nightly.yml']).toContain(
      '      SES_SMTP_PASSWORD: ${{ secrets.SES_SMTP_PASSWORD }}\n',
    );
  });

  it('leaves secrets: inherit to a person when the called workflow reads all secrets', () => {
    const files = {
      '.github/workflows/nightly.yml': caller,
      '.github/workflows/archive.yml':
        'on: workflow_call\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo "$ALL"\n        env:\n          ALL: ${{ toJSON(secrets) }}\n',
    };
    const found = scanFiles(files).findings.filter(
      (one) => one.ruleId === 'overbroad-secrets-access' && one.file === '.github/workflows/nightly.yml',
    );
    expect(found.map((one) => one.fix)).toEqual([undefined]);
  });

  it('offers no fix for a workflow of another repository, nor for one that is not scanned', () => {
    const other = caller.replace('./.github/workflows/archive.yml', 'octo/mail/.github/workflows/archive.yml@v1');
    for (const files of [{ '.github/workflows/nightly.yml': other }, { '.github/workflows/nightly.yml': caller }]) {
      const found = scanFiles(files).findings.filter((one) => one.ruleId === 'overbroad-secrets-access');
      expect(found.map((one) => one.fix)).toEqual([undefined]);
    }
  });

  /** A workflow whose job sends through the SES API after configure-aws-credentials with these inputs. */
  const sesApiWorkflow = (permissions: string, jobPermissions: string, inputs: string) => `on: push
${permissions}jobs:
  send:
${jobPermissions}    runs-on: ubuntu-latest
    steps:
      - uses: aws-actions/configure-aws-credentials@v4
        with:
${inputs}          aws-region: eu-west-1
      - run: aws sesv2 send-email --from-email-address a@example.com
`;
  const role = '          role-to-assume: arn:aws:iam::123456789012:role/gha-ses-sender\n';

  it('suggests the role form for static keys where another workflow assumes a role', () => {
    const files = {
      '.github/workflows/oidc.yml': sesApiWorkflow('permissions:\n  id-token: write\n  contents: read\n', '', role),
      '.github/workflows/static.yml': sesApiWorkflow(
        '',
        '',
        '          aws-access-key-id: ${{ secrets.SES_AWS_ACCESS_KEY_ID }}\n          aws-secret-access-key: ${{ secrets.SES_AWS_SECRET_ACCESS_KEY }}\n',
      ),
    };
    const finding = fixedFinding(files, 'long-lived-access-key', '.github/workflows/static.yml');
    expect(finding.fix?.suggestionOnly).toBe(true);
    // `--fix` never applies a suggestion.
    expect(planFixes([finding], new Map(Object.entries(files))).files).toEqual([]);
    const fixed = expectFixed(files, 'long-lived-access-key', '.github/workflows/static.yml');
    expect(fixed['.github/workflows/static.yml']).toBe(
      sesApiWorkflow('', '    permissions:\n      id-token: write\n      contents: read\n', role),
    );
  });
});
