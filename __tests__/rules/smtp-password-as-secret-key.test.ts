import { describe, expect, it } from '@jest/globals';
import { fake, placesOf, workflow } from '../helpers/scan.js';

const rule = 'smtp-password-as-secret-key';

describe(rule, () => {
  it('fires on an SMTP password given to configure-aws-credentials', () => {
    const text = workflow(`      - uses: aws-actions/configure-aws-credentials@v4
        with:
          aws-access-key-id: \${{ secrets.SMTP_USERNAME }}
          aws-secret-access-key: \${{ secrets.SMTP_PASSWORD }}
          aws-region: ca-central-1
      - run: aws sesv2 send-email --from-email-address a@example.com
`);
    expect(placesOf(rule, text)).toEqual(['.github/workflows/ci.yml:10:38']);
  });

  it('fires on an SMTP-password-shaped literal in AWS_SECRET_ACCESS_KEY', () => {
    const text = workflow(`      - run: aws ses send-email
        env:
          AWS_SECRET_ACCESS_KEY: ${fake.smtpPasswordV4()}
`);
    expect(placesOf(rule, text)).toEqual(['.github/workflows/ci.yml:9:34']);
  });

  it('stays quiet on a secret access key where one is expected', () => {
    const text = workflow(`      - uses: aws-actions/configure-aws-credentials@v4
        with:
          aws-access-key-id: \${{ secrets.SES_AWS_ACCESS_KEY_ID }}
          aws-secret-access-key: \${{ secrets.SES_AWS_SECRET_ACCESS_KEY }}
`);
    expect(placesOf(rule, text)).toEqual([]);
  });
});
