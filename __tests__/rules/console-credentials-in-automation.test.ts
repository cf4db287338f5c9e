import { describe, expect, it } from '@jest/globals';
import { placesOf, workflow } from '../helpers/scan.js';

const rule = 'console-credentials-in-automation';

describe(rule, () => {
  it('fires on a console password used as an SMTP password', () => {
    const text = workflow(`      - uses: dawidd6/action-send-mail@v3
        with:
          server_address: email-smtp.eu-central-1.amazonaws.com
          username: \${{ secrets.SES_SMTP_USERNAME }}
          password: \${{ secrets.IAM_CONSOLE_PASSWORD }}
`);
    expect(placesOf(rule, text)).toEqual(['.github/workflows/ci.yml:11:25']);
  });

  it('fires on a console password handed to a script through env', () => {
    const text = workflow(`      - run: ./login.sh
        env:
          CONSOLE_PASSWORD: \${{ secrets.OPS_PASSWORD }}
`);
    expect(placesOf(rule, text)).toEqual(['.github/workflows/ci.yml:9:33']);
  });

  it('leaves root passwords to root-credentials', () => {
    const text = workflow(`      - run: ./login.sh
        env:
          ROOT_PASSWORD: \${{ secrets.ROOT_PASSWORD }}
`);
    expect(placesOf(rule, text)).toEqual([]);
  });

  it('stays quiet on SMTP passwords and registry logins', () => {
    const text = workflow(`      - uses: docker/login-action@v3
        with:
          registry: 123456789012.dkr.ecr.eu-west-1.amazonaws.com
          username: \${{ secrets.AWS_ACCESS_KEY_ID }}
          password: \${{ secrets.AWS_SECRET_ACCESS_KEY }}
      - uses: dawidd6/action-send-mail@v3
        with:
          server_address: email-smtp.eu-central-1.amazonaws.com
          username: \${{ secrets.SES_SMTP_USERNAME }}
          password: \${{ secrets.SES_SMTP_PASSWORD }}
`);
    expect(placesOf(rule, text)).toEqual([]);
  });
});
