import { beforeAll, describe, expect, it } from '@jest/globals';
import { loadHcl } from '../../src/formats/terraform/hcl.js';
import { fixesOf, identities, metaOf, sendMail, told, toldWith } from '../helpers/rule-findings.js';

beforeAll(loadHcl);

const rule = 'secret-key-as-smtp-password';

const sesHost = 'email-smtp.eu-west-1.amazonaws.com';
const user = '${{ secrets.SES_SMTP_USERNAME }}';

describe('secret-key-as-smtp-password', () => {
  it('is a wrong-kind error of medium precision, tagged for security, SES and SMTP', () => {
    expect(metaOf(rule)).toMatchObject({
      defaultSeverity: 'error',
      precision: 'medium',
      wrongKind: true,
      tags: ['security', 'aws', 'ses', 'smtp', 'correctness'],
    });
  });

  it('says which secret is the raw key and what SES needs instead', () => {
    expect(told(rule, sendMail(sesHost, user, '${{ secrets.AWS_SECRET_ACCESS_KEY }}'))).toEqual([
      {
        at: '.github/workflows/ci.yml:11:25',
        message:
          "Secret `AWS_SECRET_ACCESS_KEY` is a secret access key used as the SES SMTP password. SES needs the SMTP password derived from the key for the endpoint's region, never the raw secret.",
        credential: { name: 'AWS_SECRET_ACCESS_KEY', kind: 'secret-access-key' },
      },
    ]);
  });

  it('fires where the SMTP host is unknown, and stays quiet where it is another provider’s', () => {
    expect(told(rule, sendMail('${{ vars.SMTP_HOST }}', user, '${{ secrets.AWS_SECRET_ACCESS_KEY }}'))).toHaveLength(1);
    expect(told(rule, sendMail('smtp.gmail.com', user, '${{ secrets.AWS_SECRET_ACCESS_KEY }}'))).toEqual([]);
  });

  it('stays quiet on the derived SMTP password, and on a secret key in the user-name slot', () => {
    expect(told(rule, sendMail(sesHost, user, '${{ secrets.SES_SMTP_PASSWORD }}'))).toEqual([]);
    const keyAsUser = sendMail(sesHost, '${{ secrets.AWS_SECRET_ACCESS_KEY }}', '${{ secrets.SES_SMTP_PASSWORD }}');
    expect(told(rule, keyAsUser)).toEqual([]);
  });

  it('stays quiet on a password of no known kind', () => {
    expect(told(rule, sendMail(sesHost, user, '${{ inputs.value }}'))).toEqual([]);
    expect(told(rule, sendMail(sesHost, user, 'Xk9-not-a-real-one'))).toEqual([]);
  });

  it('names the Terraform slot and the attribute SES needs when IaC gives it the raw secret', () => {
    const terraform = `resource "aws_iam_access_key" "smtp" {
  user = "ses-smtp"
}
output "smtp_password" {
  value     = aws_iam_access_key.smtp.secret
  sensitive = true
}
`;
    expect(told(rule, { 'mail/main.tf': terraform })).toEqual([
      {
        at: 'mail/main.tf:5:15',
        message:
          "The secret access key `aws_iam_access_key.smtp.secret` is given to `smtp_password`, an SES SMTP password. SES needs the SMTP password derived from the key for the endpoint's region: `aws_iam_access_key.<name>.ses_smtp_password_v4`.",
        credential: { name: 'smtp_password', kind: 'secret-access-key' },
      },
    ]);
  });

  it('offers the key’s derived SMTP password where Terraform writes the raw secret, and no fix elsewhere', () => {
    const description =
      "use the key's SMTP password `ses_smtp_password_v4` (derived for the provider's region) instead of its raw secret";
    const swap = (file: string, line: number, column: number) => ({
      description,
      edits: [
        {
          file,
          span: { startLine: line, startColumn: column, endLine: line, endColumn: column + 'secret'.length },
          original: 'secret',
          replacement: 'ses_smtp_password_v4',
        },
      ],
    });
    const lambda = `resource "aws_lambda_function" "mailer" {
  environment {
    variables = {
      SMTP_HOST     = "email-smtp.eu-west-1.amazonaws.com"
      SMTP_PASSWORD = aws_iam_access_key.smtp.secret
    }
  }
}
`;
    expect(fixesOf(rule, { 'mod/lambda.tf': lambda })).toEqual([swap('mod/lambda.tf', 5, 47)]);
    const output = 'output "smtp_password" {\n  value     = aws_iam_access_key.smtp.secret\n  sensitive = true\n}\n';
    expect(fixesOf(rule, { 'mail/main.tf': output })).toEqual([swap('mail/main.tf', 2, 39)]);
    // A workflow's secret is not Terraform's to swap: the finding stands without a fix.
    expect(fixesOf(rule, sendMail(sesHost, user, '${{ secrets.AWS_SECRET_ACCESS_KEY }}'))).toEqual([undefined]);
  });

  it('gives each slot the raw secret reaches an identity of its own', () => {
    const outputs = ['smtp_password', 'mail_password']
      .map((name) => `output "${name}" {\n  value     = aws_iam_access_key.smtp.secret\n  sensitive = true\n}\n`)
      .join('');
    const seeds = identities(rule, { 'mail/main.tf': outputs });
    expect(seeds).toHaveLength(2);
    expect(new Set(seeds).size).toBe(2);
  });

  it('says which checked value is a secret key where the step was given an SMTP password', () => {
    const text = sendMail(sesHost, user, '${{ secrets.SES_SMTP_PASSWORD }}');
    const value = (shapeKind: 'secret-access-key' | 'smtp-password') => ({
      name: 'SES_SMTP_PASSWORD',
      nameKind: 'smtp-password' as const,
      shapeKind,
    });
    expect(toldWith(rule, text, { values: [value('secret-access-key')] })).toEqual([
      {
        at: '.github/workflows/ci.yml:11:25',
        message:
          "The value of `SES_SMTP_PASSWORD` is a 40-character secret access key, not an SMTP password. SES needs the SMTP password derived from the key for the endpoint's region.",
        credential: { name: 'SES_SMTP_PASSWORD', kind: 'secret-access-key' },
      },
    ]);
    expect(toldWith(rule, text, { values: [value('smtp-password')] })).toEqual([]);
  });
});
