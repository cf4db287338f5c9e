import { beforeAll, describe, expect, it } from '@jest/globals';
import { loadHcl } from '../../src/formats/terraform/hcl.js';
import { identities, metaOf, sendMail, told } from '../helpers/rule-findings.js';
import { fake } from '../helpers/scan.js';

beforeAll(loadHcl);

const rule = 'smtp-username-not-access-key-id';
const sesHost = 'email-smtp.eu-west-1.amazonaws.com';
const password = '${{ secrets.SES_SMTP_PASSWORD }}';
/** Where the rule placed its findings when SES is sent mail with `username`. */
const firesOn = (username: string, host = sesHost) => told(rule, sendMail(host, username, password)).map((f) => f.at);
const userNameAt = '.github/workflows/ci.yml:10:21';

describe('smtp-username-not-access-key-id', () => {
  it('is a wrong-kind warning of medium precision, tagged for SES and SMTP', () => {
    expect(metaOf(rule)).toMatchObject({
      defaultSeverity: 'warning',
      precision: 'medium',
      wrongKind: true,
      tags: ['aws', 'ses', 'smtp', 'correctness'],
    });
  });

  it('says which literal is no access key ID and what SES expects', () => {
    expect(told(rule, sendMail(sesHost, 'ses-smtp-user', password))).toEqual([
      {
        at: userNameAt,
        message:
          'Literal `ses-…` is used as the SES SMTP user name but is not an access key ID. SES expects the access key ID of the IAM user the SMTP password was derived from.',
        credential: { name: 'ses-…', kind: 'smtp-username' },
      },
    ]);
  });

  it('takes a literal key ID, padded or not, and leaves placeholders to whoever fills them in', () => {
    expect(firesOn(fake.accessKeyId())).toEqual([]);
    expect(firesOn(`" ${fake.accessKeyId()} "`)).toEqual([]);
    expect(firesOn('<your-smtp-user>')).toEqual([]);
  });

  it('flags an e-mail address even at an example domain', () => {
    expect(firesOn('you@example.com')).toEqual([userNameAt]);
  });

  it('flags a secret of another kind, naming the kind it holds', () => {
    expect(told(rule, sendMail(sesHost, '${{ secrets.AWS_SECRET_ACCESS_KEY }}', password))).toEqual([
      expect.objectContaining({
        at: '.github/workflows/ci.yml:10:25',
        credential: { name: 'AWS_SECRET_ACCESS_KEY', kind: 'secret-access-key' },
      }),
    ]);
    expect(firesOn('${{ secrets.SES_SMTP_USERNAME }}')).toEqual([]);
    expect(firesOn('${{ secrets.AWS_ACCESS_KEY_ID }}')).toEqual([]);
  });

  it.each([
    ['ACCOUNT_EMAIL', 'account-email'],
    ['IAM_USERNAME', 'console-username'],
    ['CONSOLE_PASSWORD', 'console-password'],
    ['SES_SMTP_PASSWORD', 'smtp-password'],
    ['SMTP_PASSWORD_V2', 'smtp-password-v2'],
  ])('flags secret %s, of kind %s', (name, kind) => {
    expect(told(rule, sendMail(sesHost, `\${{ secrets.${name} }}`, password))).toEqual([
      expect.objectContaining({ credential: expect.objectContaining({ name, kind }) }),
    ]);
  });

  it('flags a secret of no known kind only when its name says e-mail or address', () => {
    for (const name of ['SENDER_EMAIL', 'SENDER_E_MAIL', 'SENDER_ADDRESS', 'sender_email'])
      expect(firesOn(`\${{ secrets.${name} }}`)).toEqual(['.github/workflows/ci.yml:10:25']);
    expect(firesOn('${{ secrets.SENDER_NAME }}')).toEqual([]);
    expect(firesOn('${{ inputs.email }}')).toEqual([]);
  });

  it('judges only SES: an unknown or other host’s user name is not its business', () => {
    expect(firesOn('ci@mail.example.com', '${{ vars.SMTP_HOST }}')).toEqual([]);
    expect(firesOn('ci@mail.example.com', 'smtp.gmail.com')).toEqual([]);
  });

  it('names the Terraform slot and the attribute SES expects when IaC gives it a user name', () => {
    const terraform = `resource "aws_iam_user" "smtp" {
  name = "ses-smtp"
}
output "smtp_username" {
  value = aws_iam_user.smtp.name
}
output "smtp_password" {
  value     = aws_iam_access_key.smtp.ses_smtp_password_v4
  sensitive = true
}
`;
    expect(told(rule, { 'mail/main.tf': terraform })).toEqual([
      {
        at: 'mail/main.tf:5:11',
        message:
          'The IAM user name `aws_iam_user.smtp.name` is set as the SES SMTP user name (`smtp_username`) but is not an access key ID. SES expects the access key ID of the IAM user the SMTP password was derived from: `aws_iam_access_key.<name>.id`.',
        credential: { name: 'smtp_username', kind: 'smtp-username' },
      },
    ]);
  });

  it('gives each slot a user name reaches an identity of its own', () => {
    const outputs = ['smtp_username', 'smtp_user']
      .map((name) => `output "${name}" {\n  value = aws_iam_user.smtp.name\n}\n`)
      .join('');
    const seeds = identities(rule, {
      'mail/main.tf': `resource "aws_iam_user" "smtp" {\n  name = "ses-smtp"\n}\n${outputs}`,
    });
    expect(seeds).toHaveLength(2);
    expect(new Set(seeds).size).toBe(2);
  });
});
