import { beforeAll, describe, expect, it } from '@jest/globals';
import { loadHcl } from '../../src/formats/terraform/hcl.js';
import { fixesOf, metaOf, told, toldWith } from '../helpers/rule-findings.js';
import { workflow } from '../helpers/scan.js';

beforeAll(loadHcl);

const rule = 'smtp-password-as-secret-key';

const configure = (secretKey: string) =>
  workflow(`      - uses: aws-actions/configure-aws-credentials@v4
        with:
          aws-access-key-id: \${{ secrets.AWS_ACCESS_KEY_ID }}
          aws-secret-access-key: ${secretKey}
          aws-region: eu-west-1
`);

describe('smtp-password-as-secret-key', () => {
  it('is a wrong-kind error of medium precision, tagged for SES and SMTP', () => {
    expect(metaOf(rule)).toMatchObject({
      defaultSeverity: 'error',
      precision: 'medium',
      wrongKind: true,
      tags: ['aws', 'ses', 'smtp', 'correctness'],
    });
  });

  it('says which SMTP password went where a secret key is expected, and why it cannot work', () => {
    expect(told(rule, configure('${{ secrets.SES_SMTP_PASSWORD }}'))).toEqual([
      {
        at: '.github/workflows/ci.yml:10:38',
        message:
          'Secret `SES_SMTP_PASSWORD` is an SES SMTP password, but input `aws-secret-access-key` of `aws-actions/configure-aws-credentials@v4` expects a secret access key. SMTP passwords cannot sign AWS API requests.',
        credential: { name: 'SES_SMTP_PASSWORD', kind: 'smtp-password' },
      },
    ]);
  });

  it('stays quiet on a secret key where one is expected, and on an SMTP password in another slot', () => {
    expect(told(rule, configure('${{ secrets.AWS_SECRET_ACCESS_KEY }}'))).toEqual([]);
    expect(told(rule, configure('${{ inputs.value }}'))).toEqual([]);
    const elsewhere = workflow(`      - run: ./send.sh
        env:
          SMTP_PASSWORD: \${{ secrets.SES_SMTP_PASSWORD }}
`);
    expect(told(rule, elsewhere)).toEqual([]);
  });

  it('offers the key’s own secret where Terraform writes its SMTP password of either version, and no fix elsewhere', () => {
    const swap = (file: string, line: number, column: number, attribute: string) => ({
      description: "use the key's secret access key `.secret` where a secret access key is expected",
      edits: [
        {
          file,
          span: { startLine: line, startColumn: column, endLine: line, endColumn: column + attribute.length },
          original: attribute,
          replacement: 'secret',
        },
      ],
    });
    const lambda = (attribute: string) => `resource "aws_lambda_function" "app" {
  environment {
    variables = {
      AWS_ACCESS_KEY_ID     = aws_iam_access_key.app.id
      AWS_SECRET_ACCESS_KEY = aws_iam_access_key.app.${attribute}
    }
  }
}
`;
    for (const attribute of ['ses_smtp_password_v4', 'ses_smtp_password']) {
      expect(fixesOf(rule, { 'mod/lambda.tf': lambda(attribute) })).toEqual([swap('mod/lambda.tf', 5, 54, attribute)]);
    }
    const output = `output "secret_access_key" {
  value     = aws_iam_access_key.this.ses_smtp_password_v4
  sensitive = true
}
`;
    expect(fixesOf(rule, { 'm/outputs.tf': output })).toEqual([swap('m/outputs.tf', 2, 39, 'ses_smtp_password_v4')]);
    // Inside a call the reference is swapped where it is written; a workflow's secret is not Terraform's to swap.
    const wrapped = output.replace(/aws_iam\S+/, 'try(aws_iam_access_key.this.ses_smtp_password_v4, "")');
    expect(fixesOf(rule, { 'm/outputs.tf': wrapped })).toEqual([swap('m/outputs.tf', 2, 43, 'ses_smtp_password_v4')]);
    expect(fixesOf(rule, configure('${{ secrets.SES_SMTP_PASSWORD }}'))).toEqual([undefined]);
  });

  it('says which checked value is an SMTP password where the step was given a secret key, of its version', () => {
    const text = configure('${{ secrets.AWS_SECRET_ACCESS_KEY }}');
    const value = (
      nameKind: 'secret-access-key' | 'smtp-password',
      shapeKind: 'smtp-password' | 'smtp-password-v2',
    ) => ({
      name: 'AWS_SECRET_ACCESS_KEY',
      nameKind,
      shapeKind,
    });
    expect(toldWith(rule, text, { values: [value('secret-access-key', 'smtp-password-v2')] })).toEqual([
      {
        at: '.github/workflows/ci.yml:10:38',
        message:
          'The value of `AWS_SECRET_ACCESS_KEY` is an SES SMTP password, not a secret access key. SMTP passwords cannot sign AWS API requests.',
        credential: { name: 'AWS_SECRET_ACCESS_KEY', kind: 'smtp-password-v2' },
      },
    ]);
    expect(toldWith(rule, text, { values: [value('smtp-password', 'smtp-password')] })).toEqual([]);
  });
});
