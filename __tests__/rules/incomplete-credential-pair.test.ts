import { describe, expect, it } from '@jest/globals';
import { placesOf, scanFiles, workflow } from '../helpers/scan.js';

const rule = 'incomplete-credential-pair';

describe(rule, () => {
  it('fires on a key ID without its secret', () => {
    const text = workflow(`      - uses: aws-actions/configure-aws-credentials@v4
        with:
          aws-access-key-id: \${{ secrets.AWS_ACCESS_KEY_ID }}
          aws-region: eu-west-1
`);
    expect(placesOf(rule, text)).toEqual(['.github/workflows/ci.yml:9:34']);
  });

  it('fires on an SMTP user name without a password', () => {
    const text = workflow(`      - uses: dawidd6/action-send-mail@v3
        with:
          server_address: email-smtp.eu-west-1.amazonaws.com
          username: \${{ secrets.SES_SMTP_USERNAME }}
`);
    expect(placesOf(rule, text)).toEqual(['.github/workflows/ci.yml:10:25']);
  });

  it('fires on a lone key half of another name in words that do not say AWS', () => {
    const text = workflow(`      - run: ./upload.sh
        env:
          STORE_SECRET_KEY: \${{ secrets.STORE_SECRET_KEY }}
`);
    const findings = scanFiles(text).findings.filter((finding) => finding.ruleId === rule);
    expect(findings.map((finding) => `${finding.span.startLine}:${finding.span.startColumn}`)).toEqual(['9:33']);
    expect(findings[0]?.message).not.toMatch(/access key/);
  });

  it('stays quiet on pairs of the same stem, whatever their cloud (COS_SECRET_ID with COS_SECRET_KEY)', () => {
    const text = workflow(`      - run: ./upload.sh
        env:
          COS_SECRET_ID: \${{ secrets.COS_SECRET_ID }}
          COS_SECRET_KEY: \${{ secrets.COS_SECRET_KEY }}
      - run: ./upload.sh
        env:
          STORE_SECRET_ID: \${{ secrets.STORE_SECRET_ID }}
          STORE_SECRET_KEY: \${{ secrets.STORE_SECRET_KEY }}
`);
    expect(placesOf(rule, text)).toEqual([]);
  });

  it('stays quiet on a key ID with an SMTP password: the SES SMTP user name is the key ID', () => {
    const text = workflow(`      - run: ./mail.sh
        env:
          SMTP_HOST: email-smtp.eu-west-1.amazonaws.com
          SES_ACCESS_KEY_ID: \${{ secrets.SES_ACCESS_KEY_ID }}
          SES_SMTP_PASSWORD: \${{ secrets.SES_SMTP_PASSWORD }}
`);
    expect(placesOf(rule, text)).toEqual([]);
  });

  it('counts halves inherited from job and workflow env', () => {
    const text = `name: t\non: push\nenv:\n  AWS_ACCESS_KEY_ID: \${{ secrets.AWS_ACCESS_KEY_ID }}\njobs:\n  a:\n    runs-on: ubuntu-latest\n    env:\n      AWS_SECRET_ACCESS_KEY: \${{ secrets.AWS_SECRET_ACCESS_KEY }}\n    steps:\n      - run: aws ses get-send-quota\n`;
    expect(placesOf(rule, text)).toEqual([]);
  });

  it('stays quiet on complete pairs and OIDC', () => {
    const text = workflow(`      - uses: dawidd6/action-send-mail@v3
        with:
          server_address: email-smtp.eu-west-1.amazonaws.com
          username: \${{ secrets.SES_SMTP_USERNAME }}
          password: \${{ secrets.SES_SMTP_PASSWORD }}
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::123456789012:role/x
          aws-region: eu-west-1
`);
    expect(placesOf(rule, text)).toEqual([]);
  });
});
