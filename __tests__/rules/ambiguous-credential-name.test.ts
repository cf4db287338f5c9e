import { describe, expect, it } from '@jest/globals';
import { placesOf, workflow } from '../helpers/scan.js';

const rule = 'ambiguous-credential-name';

describe(rule, () => {
  it('fires on secrets whose names do not tell their kind in an SES SMTP step', () => {
    const text = workflow(`      - uses: dawidd6/action-send-mail@v3
        with:
          server_address: email-smtp.eu-west-1.amazonaws.com
          username: \${{ secrets.SES_KEY }}
          password: \${{ secrets.MAIL_SECRET }}
`);
    expect(placesOf(rule, text)).toEqual(['.github/workflows/ci.yml:10:25', '.github/workflows/ci.yml:11:25']);
  });

  it('fires on an unclear name given to configure-aws-credentials before an SES call', () => {
    const text = workflow(`      - uses: aws-actions/configure-aws-credentials@v4
        with:
          aws-access-key-id: \${{ secrets.AWS_ACCESS_KEY_ID }}
          aws-secret-access-key: \${{ secrets.SES_CREDENTIAL }}
      - run: aws ses send-email --from a@example.com
`);
    expect(placesOf(rule, text)).toEqual(['.github/workflows/ci.yml:10:38']);
  });

  it('stays quiet outside SES and on clear names', () => {
    const text = workflow(`      - run: ./deploy.sh
        env:
          SES_KEY: \${{ secrets.SES_KEY }}
      - uses: dawidd6/action-send-mail@v3
        with:
          server_address: email-smtp.eu-west-1.amazonaws.com
          username: \${{ secrets.SES_SMTP_USERNAME }}
          password: \${{ secrets.SES_SMTP_PASSWORD }}
      - uses: appleboy/ssh-action@v1
        with:
          host: ses.example.com
          key: \${{ secrets.SES_SSH_KEY }}
`);
    expect(placesOf(rule, text)).toEqual([]);
  });
});
