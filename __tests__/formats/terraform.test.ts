import { beforeAll, describe, expect, it } from '@jest/globals';
import { classifyName } from '../../src/credentials/names.js';
import { adapterJoins } from '../../src/formats/index.js';
import { terraformAdapter } from '../../src/formats/terraform.js';
import { loadHcl } from '../../src/formats/terraform/hcl.js';
import { joinModels } from '../../src/model/scan-model.js';
import { fake, locate } from '../helpers/scan.js';

const parse = (file: string, text: string) =>
  terraformAdapter.parse(file, text, { classifyName: (name) => classifyName(name) });
const where = (model: ReturnType<typeof parse>) =>
  model.references.map((r) => `${r.file}:${r.span.startLine}:${r.span.startColumn} ${r.source.type} ${r.sink.name}`);

beforeAll(loadHcl);

describe('terraform adapter', () => {
  it('matches Terraform files by extension', () => {
    for (const path of ['main.tf', 'envs/prod/terraform.tfvars', 'x.tf.json', 'y.tfvars.json'])
      expect(terraformAdapter.matches(path)).toBe(true);
    expect(terraformAdapter.matches('terraform.tfstate')).toBe(false);
  });

  it('reads provider credentials with exact positions, literal and variable', () => {
    const key = fake.accessKeyId();
    const text = `provider "aws" {\n  region     = "eu-west-1"\n  access_key = "${key}"\n  secret_key = var.root_secret_key\n}\n`;
    const model = parse('envs/prod/main.tf', text);
    expect(where(model)).toEqual([
      `${locate(text, key, 1, 'envs/prod/main.tf')} literal access_key`,
      `${locate(text, 'var.root_secret_key', 1, 'envs/prod/main.tf')} variable secret_key`,
    ]);
    expect(model.references.map((r) => r.sink.expects)).toEqual(['access-key-id', 'secret-access-key']);
    expect(model.formatFacts?.terraform?.providerRegions).toEqual([{ scope: 'envs/prod', region: 'eu-west-1' }]);
  });

  it('reads tfvars as values named by their variable', () => {
    const text = `region = "us-east-1"\nsmtp_username = "${fake.accessKeyId()}"\nsmtp_password = "${fake.smtpPasswordV4()}"\n`;
    expect(where(parse('terraform.tfvars', text))).toEqual([
      'terraform.tfvars:2:18 literal smtp_username',
      'terraform.tfvars:3:18 literal smtp_password',
    ]);
  });

  // IAM and access-key flows are read across the configuration, by the join.
  it('resolves access keys, users, attachments and attribute flows inside a module', () => {
    const text = `resource "aws_iam_user" "smtp" {
  name = "svc-ses-smtp"
}
resource "aws_iam_access_key" "smtp" {
  user = aws_iam_user.smtp.name
}
resource "aws_iam_policy" "send" {
  policy = <<EOT
{"Statement": [{"Effect": "Allow", "Action": "ses:*", "Resource": "*"}]}
EOT
}
resource "aws_iam_user_policy_attachment" "send" {
  user       = aws_iam_user.smtp.name
  policy_arn = aws_iam_policy.send.arn
}
resource "aws_lambda_function" "mailer" {
  environment {
    variables = {
      SMTP_USERNAME = aws_iam_access_key.smtp.id
      SMTP_PASSWORD = aws_iam_access_key.smtp.ses_smtp_password
    }
  }
}
`;
    const model = joinModels([parse('modules/mail/main.tf', text)], adapterJoins, { classifyName });
    expect(model.iam?.principals.map((p) => [p.key, p.smtpNamed])).toEqual([['modules/mail::aws_iam_user.smtp', true]]);
    expect(model.iam?.accessKeys.map((k) => [k.key, k.userKey])).toEqual([
      ['modules/mail::aws_iam_access_key.smtp', 'modules/mail::aws_iam_user.smtp'],
    ]);
    expect(
      model.iam?.statements.map((s) => [s.ownerKey, s.actions, `${s.span.startLine}:${s.span.startColumn}`]),
    ).toEqual([['modules/mail::aws_iam_policy.send', ['ses:*'], '9:36']]);
    expect(model.iam?.bindings.map((b) => [b.principalKey, b.ownerKey])).toEqual([
      ['modules/mail::aws_iam_user.smtp', 'modules/mail::aws_iam_policy.send'],
    ]);
    expect(
      model.references.map((r) => [
        r.source.type === 'attribute' && r.source.kind,
        r.sink.name,
        `${r.span.startLine}:${r.span.startColumn}`,
      ]),
    ).toEqual([
      ['access-key-id', 'SMTP_USERNAME', '19:23'],
      ['smtp-password-v2', 'SMTP_PASSWORD', '20:23'],
    ]);
  });

  it("takes SES SMTP endpoint regions from a block's strings, never from its comments", () => {
    const key = `resource "aws_iam_access_key" "smtp" {\n  user = "mailer"\n}\n`;
    const mailer = (host: string) =>
      `resource "aws_lambda_function" "mailer" {\n  environment {\n    variables = {\n      ${host}\n      SMTP_PASSWORD = aws_iam_access_key.smtp.ses_smtp_password_v4\n    }\n  }\n}\n`;
    const regionsOf = (text: string) =>
      joinModels([parse('main.tf', key + text)], adapterJoins, { classifyName }).iam.smtpPasswordUses.map(
        (use) => use.endpointRegions,
      );
    expect(regionsOf(mailer('# was email-smtp.eu-west-1.amazonaws.com'))).toEqual([[]]);
    expect(regionsOf(mailer('SMTP_HOST = "email-smtp.eu-west-1.amazonaws.com"'))).toEqual([['eu-west-1']]);
  });

  it('names registry and git module sources as not followed, and follows local ones silently', () => {
    const text = `module "label" {\n  source  = "cloudposse/label/null"\n  version = "0.25.0"\n}\nmodule "smtp" {\n  source = "./modules/smtp"\n}\nmodule "git" {\n  source = "git::https://example.com/m.git?ref=v1"\n}\n`;
    const model = parse('main.tf', text);
    expect(model.problems.map((p) => `${p.span?.startLine}:${p.span?.startColumn} ${p.message}`)).toEqual([
      '1:1 module "label" is not followed: its source cloudposse/label/null is not a folder of the checkout, so flows through it are not read',
      '8:1 module "git" is not followed: its source git::https://example.com/m.git?ref=v1 is not a folder of the checkout, so flows through it are not read',
    ]);
  });

  it('names a remote module source in .tf.json as not followed, at its source', () => {
    const json = `{\n  "module": {\n    "label": {"source": "cloudposse/label/null"},\n    "smtp": {"source": "./modules/smtp"}\n  }\n}\n`;
    const model = parse('main.tf.json', json);
    expect(model.problems.map((p) => `${p.span?.startLine}:${p.span?.startColumn} ${p.message}`)).toEqual([
      '3:15 module "label" is not followed: its source cloudposse/label/null is not a folder of the checkout, so flows through it are not read',
    ]);
  });

  it('reports broken HCL as a problem with a position and keeps what it could read', () => {
    const model = parse(
      'broken.tf',
      `provider "aws" {\n  access_key = "${fake.accessKeyId()}"\n\nresource "x" "y" {\n`,
    );
    expect(model.problems.map((p) => p.message)).toEqual([expect.stringMatching(/^HCL syntax error/)]);
    expect(model.problems[0]?.span?.startLine).toBeGreaterThan(0);
  });

  it('reads .tf.json as keyed JSON', () => {
    const model = parse('main.tf.json', `{"provider": {"aws": {"access_key": "${fake.accessKeyId()}"}}}`);
    expect(model.references.map((r) => [r.sink.name, r.span.startColumn])).toEqual([['access_key', 38]]);
  });
});
