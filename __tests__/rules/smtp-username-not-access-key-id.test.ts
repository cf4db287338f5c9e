import { beforeAll, describe, expect, it } from '@jest/globals';
import { loadHcl } from '../../src/formats/terraform/hcl.js';
import { fixesOf, identities, metaOf, sendMail, told } from '../helpers/rule-findings.js';
import { fake } from '../helpers/scan.js';

beforeAll(loadHcl);

const rule = 'smtp-username-not-access-key-id';
const sesHost = 'email-smtp.eu-west-1.amazonaws.com';
const password = '${{ secrets.SES_SMTP_PASSWORD }}';
/** Where the rule placed its findings when SES is sent mail with `username`. */
const firesOn = (username: string, host = sesHost) => told(rule, sendMail(host, username, password)).map((f) => f.at);
const userNameAt = '.github/workflows/ci.yml:10:21';

/** Terraform: an IAM user (`extra` first in its block), and an access key `name` of the user written as `user`. */
const iamUser = (extra = '') => `resource "aws_iam_user" "smtp" {\n${extra}  name = "ses-smtp"\n}\n`;
const accessKey = (name: string, user: string, extra = '') =>
  `resource "aws_iam_access_key" "${name}" {\n${extra}  user = ${user}\n}\n`;
/** Outputs of SMTP settings: the user name as written, the password of the key at `key`. */
const smtpOutputs = (userName: string, key = 'aws_iam_access_key.smtp') =>
  `output "smtp_username" {\n  value = ${userName}\n}\noutput "smtp_password" {\n  value     = ${key}.ses_smtp_password_v4\n  sensitive = true\n}\n`;
/** The fix that writes `replacement` over `original` at line:column of `file`. */
const idFix = (file: string, line: number, column: number, original: string, replacement: string) => ({
  description:
    original === 'user'
      ? "use the access key's ID, the SES SMTP user name"
      : `use the access key's ID, the SES SMTP user name: \`${replacement}\``,
  edits: [
    {
      file,
      span: { startLine: line, startColumn: column, endLine: line, endColumn: column + original.length },
      original,
      replacement,
    },
  ],
});

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

  it('flags a variable of another kind or named for an e-mail address, as Compose interpolates it', () => {
    const compose = (user: string) => ({
      'docker-compose.yml': `services:
  app:
    image: example/app:1.0
    environment:
      SMTP_HOST: ${sesHost}
      SMTP_USERNAME: \${${user}}
      SMTP_PASSWORD: \${SES_SMTP_PASSWORD}
`,
    });
    expect(told(rule, compose('SENDER_EMAIL')).map((f) => [f.at, f.credential])).toEqual([
      ['docker-compose.yml:6:22', { name: 'SENDER_EMAIL', kind: 'smtp-username' }],
    ]);
    expect(told(rule, compose('AWS_SECRET_ACCESS_KEY')).map((f) => f.credential)).toEqual([
      { name: 'AWS_SECRET_ACCESS_KEY', kind: 'secret-access-key' },
    ]);
    expect(told(rule, compose('SES_SMTP_USERNAME'))).toEqual([]);
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

  it('offers the .id of the user’s one access key where Terraform writes the user’s name or the key’s .user', () => {
    const single = iamUser() + accessKey('smtp', 'aws_iam_user.smtp.name');
    expect(fixesOf(rule, { 'mail/main.tf': single + smtpOutputs('aws_iam_user.smtp.name') })).toEqual([
      idFix('mail/main.tf', 8, 11, 'aws_iam_user.smtp.name', 'aws_iam_access_key.smtp.id'),
    ]);
    // At the root of the checkout, and with the key in another file of the module.
    expect(fixesOf(rule, { 'main.tf': single + smtpOutputs('aws_iam_user.smtp.name') })).toEqual([
      idFix('main.tf', 8, 11, 'aws_iam_user.smtp.name', 'aws_iam_access_key.smtp.id'),
    ]);
    const apart = {
      'mail/main.tf': iamUser() + smtpOutputs('aws_iam_user.smtp.name'),
      'mail/keys.tf': accessKey('smtp', 'aws_iam_user.smtp.name'),
    };
    expect(fixesOf(rule, apart)).toEqual([
      idFix('mail/main.tf', 5, 11, 'aws_iam_user.smtp.name', 'aws_iam_access_key.smtp.id'),
    ]);
    expect(fixesOf(rule, { 'mail/main.tf': single + smtpOutputs('aws_iam_access_key.smtp.user') })).toEqual([
      idFix('mail/main.tf', 8, 35, 'user', 'id'),
    ]);
    // A user name written as a literal names no key.
    expect(fixesOf(rule, { 'mail/main.tf': single + smtpOutputs('"ses-smtp"') })).toEqual([undefined]);
  });

  it('keeps the user’s index for a key repeated by count as the user is, and offers no .id where the key is unsure', () => {
    const counted =
      iamUser('  count = 1\n') + accessKey('smtp', 'aws_iam_user.smtp[count.index].name', '  count = 1\n');
    const key0 = 'aws_iam_access_key.smtp[0]';
    expect(fixesOf(rule, { 'mail/main.tf': counted + smtpOutputs('aws_iam_user.smtp[0].name', key0) })).toEqual([
      idFix('mail/main.tf', 10, 11, 'aws_iam_user.smtp[0].name', 'aws_iam_access_key.smtp[0].id'),
    ]);
    // One key of a counted user: the key has no index.
    const oneKey = iamUser('  count = 1\n') + accessKey('smtp', 'aws_iam_user.smtp[0].name');
    expect(fixesOf(rule, { 'mail/main.tf': oneKey + smtpOutputs('aws_iam_user.smtp[0].name') })).toEqual([
      idFix('mail/main.tf', 9, 11, 'aws_iam_user.smtp[0].name', 'aws_iam_access_key.smtp.id'),
    ]);
    const each = '  for_each = toset(["a"])\n';
    const unsure = {
      'a counted key without the user’s index': counted + smtpOutputs('aws_iam_user.smtp.name', key0),
      'a key repeated by for_each':
        iamUser() +
        accessKey('smtp', 'aws_iam_user.smtp.name', each) +
        smtpOutputs('aws_iam_user.smtp.name', 'aws_iam_access_key.smtp["a"]'),
      'a key and user repeated by for_each':
        iamUser(each) +
        accessKey('smtp', 'aws_iam_user.smtp[each.key].name', each) +
        smtpOutputs('aws_iam_user.smtp["a"].name', 'aws_iam_access_key.smtp["a"]'),
      'two keys of the user':
        iamUser() +
        accessKey('smtp', 'aws_iam_user.smtp.name') +
        accessKey('spare', 'aws_iam_user.smtp.name') +
        smtpOutputs('aws_iam_user.smtp.name'),
      'a key of another user':
        iamUser() +
        iamUser().replace(/smtp/g, 'other') +
        accessKey('smtp', 'aws_iam_user.other.name') +
        smtpOutputs('aws_iam_user.smtp.name'),
      'no key': iamUser() + smtpOutputs('aws_iam_user.smtp.name'),
    };
    for (const [label, text] of Object.entries(unsure))
      expect([label, fixesOf(rule, { 'mail/main.tf': text })]).toEqual([label, [undefined]]);
    // The user's one key declared in a module it is passed to: its address there is not the caller's to write.
    const inModule = {
      'main.tf': `${iamUser()}module "mail" {\n  source = "./mail"\n  user   = aws_iam_user.smtp.name\n}\n${smtpOutputs('aws_iam_user.smtp.name', 'module.mail')}`,
      'mail/main.tf': `variable "user" {}\n${accessKey('smtp', 'var.user')}output "ses_smtp_password_v4" {\n  value     = aws_iam_access_key.smtp.ses_smtp_password_v4\n  sensitive = true\n}\n`,
    };
    expect(fixesOf(rule, inModule)).toEqual([undefined]);
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
