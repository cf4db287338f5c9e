import { beforeAll, describe, expect, it } from '@jest/globals';
import { loadHcl } from '../../src/formats/terraform/hcl.js';
import { locate, placesOf, scanFiles } from '../helpers/scan.js';

// Issue 11: Terraform read as Terraform evaluates it. Each case is a shape published in real SES SMTP
// modules (values synthetic), checked through the whole scan at the exact line and column.
beforeAll(loadHcl);

const exposed = 'credential-exposed-in-output';

const keys = `resource "aws_iam_user" "smtp" {
  count = var.create ? 1 : 0
  name  = "ses-smtp-user"
}

resource "aws_iam_access_key" "smtp" {
  count = var.create ? 1 : 0
  user  = aws_iam_user.smtp[0].name
}

resource "aws_iam_access_key" "encrypted" {
  count   = var.pgp_key == null ? 0 : 1
  user    = aws_iam_user.smtp[0].name
  pgp_key = var.pgp_key
}
`;

const at = (text: string, needle: string, file: string) => locate(text, needle, 1, file);

describe('Terraform as Terraform evaluates it', () => {
  it('exposes count, for_each and splat references in outputs without sensitive', () => {
    const outputs = `output "indexed" {
  value = aws_iam_access_key.smtp[0].ses_smtp_password_v4
}
output "splat" {
  value = aws_iam_access_key.smtp[*].ses_smtp_password_v4
}
output "legacy_splat" {
  value     = concat(aws_iam_access_key.smtp.*.ses_smtp_password_v4, [""])[0]
  sensitive = false
}
`;
    expect(placesOf(exposed, { 'main.tf': keys, 'outputs.tf': outputs })).toEqual([
      at(outputs, 'value = aws_iam_access_key.smtp[0]', 'outputs.tf'),
      at(outputs, 'value = aws_iam_access_key.smtp[*]', 'outputs.tf'),
      at(outputs, 'value     = concat', 'outputs.tf'),
    ]);
  });

  it('exposes both branches of a conditional and for-expression bodies, list and map', () => {
    const outputs = `output "ses_password" {
  value = var.pgp_key == null ? aws_iam_access_key.smtp[0].ses_smtp_password_v4 : aws_iam_access_key.encrypted[0].ses_smtp_password_v4
}
output "users" {
  value = [for k, v in var.users : {
    password = aws_iam_access_key.smtp[v.name].ses_smtp_password_v4
  }]
}
output "by_name" {
  value = { for n in var.users : n => try(aws_iam_access_key.smtp[n].secret, null) }
}
`;
    const files = { 'main.tf': keys, 'outputs.tf': outputs };
    expect(placesOf(exposed, files)).toEqual([
      at(outputs, 'value = var.pgp_key', 'outputs.tf'),
      at(outputs, 'value = [for', 'outputs.tf'),
      at(outputs, 'value = { for', 'outputs.tf'),
    ]);
  });

  it('exposes a whole access key object and a local holding the password', () => {
    const outputs = `locals {
  smtp = { password = one(aws_iam_access_key.smtp[*].ses_smtp_password_v4) }
}
output "key" {
  value = { this = aws_iam_access_key.smtp[0] }
}
output "conf" {
  value = local.smtp
}
`;
    expect(placesOf(exposed, { 'main.tf': keys, 'outputs.tf': outputs })).toEqual([
      at(outputs, 'value = { this', 'outputs.tf'),
      at(outputs, 'value = local.smtp', 'outputs.tf'),
    ]);
  });

  it('follows module.smtp.password across folders, and an access key passed into a module', () => {
    const rootKeys = `resource "aws_iam_user" "root" {\n  name = "mailer"\n}\nresource "aws_iam_access_key" "root" {\n  user = aws_iam_user.root.name\n}\n`;
    const root = `module "smtp" {
  source = "./modules/smtp"
}
module "relay" {
  source   = "./modules/relay"
  password = aws_iam_access_key.root.ses_smtp_password_v4
}
output "password" {
  value = module.smtp.password
}
`;
    const smtp = `${keys}output "password" {
  value     = aws_iam_access_key.smtp[0].ses_smtp_password_v4
  sensitive = true
}
`;
    const relay = `variable "password" {}
output "relay_password" {
  value = var.password
}
`;
    const files = {
      'main.tf': rootKeys,
      'root.tf': root,
      'modules/smtp/main.tf': smtp,
      'modules/relay/main.tf': relay,
    };
    expect(placesOf(exposed, files)).toEqual([
      'modules/relay/main.tf:3:3',
      at(root, 'value = module.smtp.password', 'root.tf'),
    ]);
  });

  it('finds an overprivileged SMTP user through a heredoc policy with interpolations and a jsonencode policy', () => {
    const policies = `resource "aws_iam_user_policy" "extra" {
  user   = aws_iam_user.smtp[0].name
  policy = <<EOF
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Action": ["dynamodb:GetItem"],
      "Resource": "arn:aws:dynamodb:\${var.region}:\${var.account}:table/\${var.table}"
    }
  ]
}
EOF
}
resource "aws_iam_user_policy" "s3" {
  user = aws_iam_user.smtp[0].name
  policy = jsonencode({
    Statement = [{ Effect = "Allow", Action = ["s3:*"], Resource = "\${aws_s3_bucket.b.arn}/*" }]
  })
}
`;
    expect(placesOf('overprivileged-smtp-user', { 'main.tf': keys, 'policies.tf': policies })).toEqual([
      at(policies, '"Action"', 'policies.tf'),
      at(policies, 'Action = ["s3:*"]', 'policies.tf'),
    ]);
  });

  it('keeps the rotation grant on the SMTP user quiet and names what a wider grant allows', () => {
    const rotation = `data "aws_iam_policy_document" "rotate" {
  statement {
    actions   = ["iam:CreateAccessKey", "iam:DeleteAccessKey", "iam:ListAccessKeys"]
    resources = [aws_iam_user.smtp[0].arn]
  }
  statement {
    actions   = ["iam:CreateAccessKey"]
    resources = ["arn:aws:iam::\${data.aws_caller_identity.current.account_id}:user/\${var.smtp_user}"]
  }
}
`;
    const wide = `data "aws_iam_policy_document" "wide" {
  statement {
    actions   = ["iam:CreateAccessKey"]
    resources = ["arn:aws:iam::\${var.account}:user/*", aws_iam_user.smtp[0].arn]
  }
}
`;
    const rule = 'credential-minting-permissions';
    expect(placesOf(rule, { 'main.tf': keys, 'rotate.tf': rotation })).toEqual([]);
    const findings = scanFiles({ 'main.tf': keys, 'wide.tf': wide }).findings.filter((f) => f.ruleId === rule);
    expect(findings.map((f) => `${f.file}:${f.span.startLine}:${f.span.startColumn}`)).toEqual([
      at(wide, 'actions', 'wide.tf'),
    ]);
    expect(findings[0]?.message).toContain('on arn:aws:iam::${var.account}:user/*, aws_iam_user.smtp');
    expect(findings[0]?.message).not.toContain('<expression>');
  });

  it('flags an IAM user name and an e-mail address given as the SES SMTP user name', () => {
    const mail = `locals {
  smtp_conf = {
    smtp_server   = "\${var.mail_name}:587"
    smtp_username = aws_iam_user.smtp[0].name
    smtp_password = aws_iam_access_key.smtp[0].ses_smtp_password_v4
  }
}
resource "kubernetes_secret" "mail" {
  data = {
    SMTP_HOST = "email-smtp.eu-west-1.amazonaws.com"
    SMTP_USER = "mailer@example.org"
  }
}
resource "kubernetes_secret" "fine" {
  data = {
    SMTP_HOST = "email-smtp.eu-west-1.amazonaws.com"
    SMTP_USER = aws_iam_access_key.smtp[0].id
  }
}
`;
    expect(placesOf('smtp-username-not-access-key-id', { 'main.tf': keys, 'mail.tf': mail })).toEqual([
      at(mail, 'aws_iam_user.smtp[0].name', 'mail.tf'),
      at(mail, 'mailer@example.org', 'mail.tf'),
    ]);
  });

  it("takes the config's names: rows in the cross-file join as in each file", () => {
    const mail = `resource "kubernetes_secret" "mail" {
  data = {
    relay_login = aws_iam_user.smtp[0].name
    relay_pass  = aws_iam_access_key.smtp[0].ses_smtp_password_v4
  }
}
`;
    const config = 'names:\n  - pattern: "^RELAY_LOGIN$"\n    kind: smtp-username\n';
    expect(placesOf('smtp-username-not-access-key-id', { 'main.tf': keys, 'mail.tf': mail })).toEqual([]);
    expect(placesOf('smtp-username-not-access-key-id', { 'main.tf': keys, 'mail.tf': mail }, config)).toEqual([
      at(mail, 'aws_iam_user.smtp[0].name', 'mail.tf'),
    ]);
  });

  it('reads .tf.json through the same evaluator', () => {
    const json = `{
  "resource": {
    "aws_iam_user": { "smtp": { "name": "ses-smtp" } },
    "aws_iam_access_key": { "smtp": { "user": "\${aws_iam_user.smtp.name}" } }
  },
  "output": { "password": { "value": "\${aws_iam_access_key.smtp.ses_smtp_password_v4}" } }
}
`;
    expect(placesOf(exposed, { 'main.tf.json': json })).toEqual([at(json, '"value"', 'main.tf.json')]);
  });

  it('survives a 2 000-term expression and a cycle of locals', () => {
    const terms = Array.from({ length: 2000 }, (_, i) => `try(local.v${i}, `).join('');
    const deep = `locals {\n  a = local.b\n  b = [local.a, aws_iam_access_key.smtp[0].secret]\n}\noutput "deep" {\n  value = ${terms}local.a${')'.repeat(2000)}\n}\n`;
    expect(placesOf(exposed, { 'main.tf': keys, 'deep.tf': deep })).toEqual([at(deep, 'value = try', 'deep.tf')]);
  });
});
