import { describe, expect, it } from '@jest/globals';
import { placesOf, workflow } from '../helpers/scan.js';

const rule = 'long-lived-access-key';

describe(rule, () => {
  it('fires on static keys for a job that calls the SES API', () => {
    const text = workflow(`      - uses: aws-actions/configure-aws-credentials@v4
        with:
          aws-access-key-id: \${{ secrets.AWS_ACCESS_KEY_ID }}
          aws-secret-access-key: \${{ secrets.AWS_SECRET_ACCESS_KEY }}
          aws-region: eu-west-1
      - run: aws sesv2 send-email --from-email-address a@example.com --destination ToAddresses=b@example.com
`);
    expect(placesOf(rule, text)).toEqual(['.github/workflows/ci.yml:9:34']);
  });

  it('fires on AWS_ACCESS_KEY_ID env for an SES call', () => {
    const text = workflow(`      - run: aws ses send-email --from a@example.com --to b@example.com --subject x --text y
        env:
          AWS_ACCESS_KEY_ID: \${{ secrets.AWS_ACCESS_KEY_ID }}
          AWS_SECRET_ACCESS_KEY: \${{ secrets.AWS_SECRET_ACCESS_KEY }}
`);
    expect(placesOf(rule, text)).toEqual(['.github/workflows/ci.yml:9:34']);
  });

  it('stays quiet on OIDC, on jobs that do not call SES, and on SMTP', () => {
    const text = workflow(`      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::123456789012:role/gha-ses
          aws-region: eu-west-1
      - run: aws sesv2 send-email --from-email-address a@example.com
  upload:
    runs-on: ubuntu-latest
    steps:
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          aws-access-key-id: \${{ secrets.AWS_ACCESS_KEY_ID }}
          aws-secret-access-key: \${{ secrets.AWS_SECRET_ACCESS_KEY }}
      - run: aws s3 sync dist s3://bucket
      - uses: dawidd6/action-send-mail@v3
        with:
          server_address: email-smtp.eu-west-1.amazonaws.com
          username: \${{ secrets.SES_SMTP_USERNAME }}
          password: \${{ secrets.SES_SMTP_PASSWORD }}
`);
    expect(placesOf(rule, text)).toEqual([]);
  });
});
