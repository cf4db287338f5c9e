import { describe, expect, it } from '@jest/globals';
import { metaOf, told, toldWith } from '../helpers/rule-findings.js';
import { workflow } from '../helpers/scan.js';

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
