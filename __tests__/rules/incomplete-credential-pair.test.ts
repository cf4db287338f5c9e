import { describe, expect, it } from '@jest/globals';
import { placesOf, workflow } from '../helpers/scan.js';

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
