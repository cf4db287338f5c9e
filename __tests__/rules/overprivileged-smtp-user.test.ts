import { beforeAll, describe, expect, it } from '@jest/globals';
import { loadHcl } from '../../src/formats/terraform/hcl.js';
import { placesOf } from '../helpers/scan.js';

const rule = 'overprivileged-smtp-user';
beforeAll(loadHcl);

const terraformUser = (policy: string) => ({
  'infra/mail/main.tf': `resource "aws_iam_user" "mailer" {
  name = "mailer"
}

resource "aws_iam_access_key" "mailer" {
  user = aws_iam_user.mailer.name
}

${policy}
`,
  'infra/mail/outputs.tf': `output "smtp_password" {
  value     = aws_iam_access_key.mailer.ses_smtp_password_v4
  sensitive = true
}
`,
});

describe(rule, () => {
  it('fires on ses:* in a policy document reaching a user whose SMTP password is used', () => {
    const files = terraformUser(`data "aws_iam_policy_document" "send" {
  statement {
    actions   = ["ses:*"]
    resources = ["*"]
  }
}

resource "aws_iam_user_policy" "send" {
  user   = aws_iam_user.mailer.name
  policy = data.aws_iam_policy_document.send.json
}`);
    expect(placesOf(rule, files)).toEqual(['infra/mail/main.tf:11:5']);
  });

  it('fires on jsonencode policies and on managed policy attachments', () => {
    const files = terraformUser(`resource "aws_iam_user_policy" "send" {
  user = aws_iam_user.mailer.name
  policy = jsonencode({
    Statement = [{ Effect = "Allow", Action = ["ses:SendRawEmail", "iam:PassRole"], Resource = "*" }]
  })
}

resource "aws_iam_user_policy_attachment" "full" {
  user       = aws_iam_user.mailer.name
  policy_arn = "arn:aws:iam::aws:policy/AmazonSESFullAccess"
}`);
    expect(placesOf(rule, files)).toEqual(['infra/mail/main.tf:12:38', 'infra/mail/main.tf:18:16']);
  });

  it('fires on a CloudFormation SMTP user with an inline ses:* policy', () => {
    const template = `AWSTemplateFormatVersion: '2010-09-09'
Resources:
  SmtpUser:
    Type: AWS::IAM::User
    Properties:
      Policies:
        - PolicyName: send
          PolicyDocument:
            Statement:
              - Effect: Allow
                Action: 'ses:*'
                Resource: '*'
`;
    expect(placesOf(rule, { 'cfn/mail.yaml': template })).toEqual(['cfn/mail.yaml:11:17']);
  });

  it('stays quiet on ses:SendRawEmail, on Deny and on users that are not SMTP users', () => {
    const files = terraformUser(`data "aws_iam_policy_document" "send" {
  statement {
    actions   = ["ses:SendRawEmail"]
    resources = ["*"]
  }
  statement {
    effect    = "Deny"
    actions   = ["*"]
    resources = ["*"]
  }
}

resource "aws_iam_user_policy" "send" {
  user   = aws_iam_user.mailer.name
  policy = data.aws_iam_policy_document.send.json
}

resource "aws_iam_user" "deployer" {
  name = "deployer"
}

resource "aws_iam_user_policy_attachment" "admin" {
  user       = aws_iam_user.deployer.name
  policy_arn = "arn:aws:iam::aws:policy/AdministratorAccess"
}`);
    expect(placesOf(rule, files)).toEqual([]);
  });

  it('for an SMTP-named user whose key hands out only its raw secret (an API key), flags only whole services', () => {
    const user = (actions: string, output: string) => ({
      'mail/main.tf': `resource "aws_iam_user" "smtp_user" {
  name = "smtp_user"
}

resource "aws_iam_access_key" "smtp" {
  user = aws_iam_user.smtp_user.name
}

resource "aws_iam_user_policy" "send" {
  user   = aws_iam_user.smtp_user.name
  policy = jsonencode({ Statement = [{ Effect = "Allow", Action = [${actions}], Resource = "*" }] })
}
`,
      'mail/outputs.tf': `output "password" {
  value     = aws_iam_access_key.smtp.${output}
  sensitive = true
}
`,
    });
    const templatesAndAttachments = '"ses:SendTemplatedEmail", "s3:Get*"';
    expect(placesOf(rule, user(templatesAndAttachments, 'secret'))).toEqual([]);
    expect(placesOf(rule, user('"ses:*"', 'secret'))).toEqual(['mail/main.tf:11:58']);
    expect(placesOf(rule, user(templatesAndAttachments, 'ses_smtp_password_v4'))).toEqual(['mail/main.tf:11:58']);
  });
});
