import { beforeAll, describe, expect, it } from '@jest/globals';
import { readConfiguration } from '../../../src/formats/terraform/facts.js';
import { loadHcl, parseHcl } from '../../../src/formats/terraform/hcl.js';
import { parseJsonSource, TerraformSource } from '../../../src/formats/terraform/source.js';
import { locate } from '../../helpers/scan.js';

beforeAll(loadHcl);

function read(files: Record<string, string>) {
  return readConfiguration(
    Object.entries(files).map(([path, text]) => new TerraformSource(path, text, parseHcl(text))),
  );
}

const at = (span: { startLine: number; startColumn: number }, file: string) =>
  `${file}:${span.startLine}:${span.startColumn}`;

const smtpUser = `resource "aws_iam_user" "mail" {\n  count = var.create ? 1 : 0\n  name  = "ses-smtp"\n}\nresource "aws_iam_access_key" "mail" {\n  count = var.create ? 1 : 0\n  user  = aws_iam_user.mail[0].name\n}\n`;

describe('Terraform configuration facts', () => {
  it('exposes through an output of a local holding an indexed SMTP password, at the output value', () => {
    const mail = `locals {\n  smtp_conf = var.create ? {\n    smtp_server   = "\${var.host}:587"\n    smtp_username = aws_iam_user.mail[0].name\n    smtp_password = aws_iam_access_key.mail[0].ses_smtp_password_v4\n  } : {}\n}\n`;
    const outputs = `output "smtp_conf" {\n  value = local.smtp_conf\n}\noutput "safe" {\n  value     = local.smtp_conf\n  sensitive = true\n}\n`;
    const facts = read({ 'main.tf': smtpUser, 'mail.tf': mail, 'outputs.tf': outputs });
    expect(facts.iam.exposures.map((e) => `${at(e.span, e.file)} ${e.kind} ${e.what}`)).toEqual([
      'outputs.tf:2:3 smtp-password output "smtp_conf" (aws_iam_access_key.mail.ses_smtp_password_v4)',
    ]);
    expect(facts.iam.wrongSmtpUserNames.map((u) => `${at(u.span, u.file)} ${u.slot} ${u.value}`)).toEqual([
      `${locate(mail, 'aws_iam_user.mail[0].name', 1, 'mail.tf')} smtp_username the IAM user name \`aws_iam_user.mail.name\``,
    ]);
  });

  it('exposes a whole access key object and a value passed through nonsensitive() even when sensitive', () => {
    const outputs = `output "key" {\n  value = { this = aws_iam_access_key.mail[0] }\n}\noutput "pw" {\n  value     = nonsensitive(aws_iam_access_key.mail[0].ses_smtp_password_v4)\n  sensitive = true\n}\n`;
    const facts = read({ 'main.tf': smtpUser, 'outputs.tf': outputs });
    expect(facts.iam.exposures.map((e) => `${at(e.span, e.file)} ${e.kind} ${e.nonsensitive}`)).toEqual([
      'outputs.tf:2:3 secret-access-key false',
      'outputs.tf:5:3 smtp-password true',
    ]);
  });

  it('follows a root output through a local module to the key, naming the module folder', () => {
    const root = `module "smtp-ses" {\n  source    = "../../modules/aws-ses"\n  user_name = "smtp-user"\n}\noutput "ses_user_secret_access_key" {\n  value = module.smtp-ses.this_ses_smtp_password\n}\n`;
    const module = `resource "aws_iam_user" "this" {\n  count = 1\n  name  = var.user_name\n}\nresource "aws_iam_access_key" "this" {\n  count = 1\n  user  = concat(aws_iam_user.this.*.name, [""])[0]\n}\noutput "this_ses_smtp_password" {\n  value     = element(concat(aws_iam_access_key.this.*.ses_smtp_password_v4, [""]), 0)\n  sensitive = true\n}\n`;
    const facts = read({ 'environment/dev/output.tf': root, 'modules/aws-ses/main.tf': module });
    expect(facts.iam.exposures.map((e) => `${at(e.span, e.file)} ${e.accessKeyKey} ${e.what}`)).toEqual([
      'environment/dev/output.tf:6:3 modules/aws-ses::aws_iam_access_key.this output "ses_user_secret_access_key" (aws_iam_access_key.this.ses_smtp_password_v4, in module modules/aws-ses)',
    ]);
    expect(facts.iam.accessKeys.map((key) => key.userKey)).toEqual(['modules/aws-ses::aws_iam_user.this']);
  });

  it('exposes a plain String SSM parameter', () => {
    const ssm = `resource "aws_ssm_parameter" "pw" {\n  name  = "/smtp/password"\n  type  = "String"\n  value = aws_iam_access_key.mail[0].ses_smtp_password_v4\n}\nmodule "label" {\n  source  = "cloudposse/label/null"\n  version = "0.25.0"\n}\n`;
    const facts = read({ 'main.tf': smtpUser, 'ssm.tf': ssm });
    expect(facts.iam.exposures.map((e) => `${at(e.span, e.file)} ${e.channel}`)).toEqual(['ssm.tf:4:3 ssm-parameter']);
  });

  it('reads a heredoc policy with interpolations bound to the SMTP user, and resolves its resources', () => {
    const policy = `resource "aws_iam_user_policy" "extra" {\n  user   = aws_iam_user.mail[0].name\n  policy = <<EOF\n{\n  "Version": "2012-10-17",\n  "Statement": [\n    {\n      "Effect": "Allow",\n      "Action": ["dynamodb:GetItem", "iam:CreateAccessKey"],\n      "Resource": ["\${aws_iam_user.mail[0].arn}", "arn:aws:iam::\${var.account}:user/*"]\n    }\n  ]\n}\nEOF\n}\n`;
    const facts = read({ 'main.tf': smtpUser, 'policy.tf': policy });
    expect(facts.iam.bindings.map((b) => `${b.principalKey} <- ${b.ownerKey}`)).toEqual([
      '.::aws_iam_user.mail <- .::aws_iam_user_policy.extra',
    ]);
    const [statement] = facts.iam.statements;
    expect(statement && at(statement.span, statement.file)).toBe('policy.tf:9:7');
    expect(statement?.resources).toEqual(['aws_iam_user.mail', 'arn:aws:iam::${var.account}:user/*']);
  });

  it('binds a policy through a module output to the user a module creates, matched by name', () => {
    const userModule = `resource "aws_iam_user" "user" {\n  name = var.name\n}\noutput "name" {\n  value = var.name\n}\n`;
    const bucketModule = `data "aws_iam_policy_document" "policy" {\n  statement {\n    actions   = ["s3:GetObject", "s3:PutObject"]\n    resources = ["*"]\n  }\n}\noutput "policy" {\n  value = data.aws_iam_policy_document.policy.json\n}\n`;
    const app = `module "outline_user" {\n  source = "../modules/user"\n  name   = "outline"\n}\nmodule "outline_bucket" {\n  source = "../modules/bucket"\n}\nresource "aws_iam_user_policy" "outline" {\n  user   = module.outline_user.name\n  policy = module.outline_bucket.policy\n}\n`;
    const facts = read({
      'modules/user/main.tf': userModule,
      'modules/bucket/main.tf': bucketModule,
      'apps/outline.tf': app,
    });
    expect(facts.iam.bindings.map((b) => `${b.principalKey} <- ${b.ownerKey}`)).toEqual([
      'modules/user::aws_iam_user.user <- modules/bucket::data.aws_iam_policy_document.policy',
    ]);
  });
});

describe('Terraform value flows', () => {
  it('follows an SMTP password into a Lambda environment and a Kubernetes secret, through a local and for_each', () => {
    const locals = `locals {\n  smtp = { password = aws_iam_access_key.mail[0].ses_smtp_password_v4 }\n}\n`;
    const lambda = `resource "aws_lambda_function" "f" {\n  environment {\n    variables = {\n      SMTP_HOST     = "email-smtp.eu-west-1.amazonaws.com"\n      SMTP_PASSWORD = local.smtp.password\n    }\n  }\n}\nresource "kubernetes_secret" "s" {\n  for_each = aws_iam_access_key.mail\n  data = {\n    AWS_SECRET_ACCESS_KEY = each.value.secret\n  }\n}\n`;
    const facts = read({ 'main.tf': smtpUser, 'locals.tf': locals, 'lambda.tf': lambda });
    expect(
      facts.flows
        .filter((flow) => flow.file === 'lambda.tf')
        .map(
          (f) =>
            `${at(f.span, f.file)} ${f.slot} ${f.name} from ${at(f.origin.span, f.origin.file)} in ${f.block.label} ${f.endpointRegions.join(',')}`,
        ),
    ).toEqual([
      `lambda.tf:5:23 SMTP_PASSWORD aws_iam_access_key.mail.ses_smtp_password_v4 from ${locate(locals, 'aws_iam_access_key', 1, 'locals.tf')} in aws_lambda_function.f eu-west-1`,
      `lambda.tf:12:29 AWS_SECRET_ACCESS_KEY aws_iam_access_key.mail.secret from lambda.tf:10:14 in kubernetes_secret.s `,
    ]);
  });
});

describe('Terraform JSON syntax', () => {
  it('reads .tf.json through the same evaluator, with the file positions', () => {
    const json = `{\n  "resource": {\n    "aws_iam_user": { "mail": { "name": "ses-smtp" } },\n    "aws_iam_access_key": { "mail": { "user": "\${aws_iam_user.mail.name}" } }\n  },\n  "output": {\n    "password": { "value": "\${aws_iam_access_key.mail.ses_smtp_password_v4}" }\n  }\n}\n`;
    const facts = readConfiguration([parseJsonSource('main.tf.json', json)]);
    expect(facts.iam.exposures.map((e) => `${at(e.span, e.file)} ${e.what}`)).toEqual([
      `${locate(json, '"value"', 1, 'main.tf.json')} output "password" (aws_iam_access_key.mail.ses_smtp_password_v4)`,
    ]);
    expect(facts.iam.accessKeys.map((key) => key.userKey)).toEqual(['.::aws_iam_user.mail']);
  });
});
