import { describe, expect, it } from '@jest/globals';
import { fake, locate, placesOf, workflow } from '../helpers/scan.js';

const rule = 'hardcoded-smtp-password';

describe(rule, () => {
  it('fires on a literal SMTP password in a mail action', () => {
    const text = workflow(`      - uses: dawidd6/action-send-mail@v3
        with:
          server_address: email-smtp.ap-southeast-2.amazonaws.com
          username: ${fake.accessKeyId()}
          password: ${fake.smtpPasswordV4()}
`);
    expect(placesOf(rule, text)).toEqual(['.github/workflows/ci.yml:11:21']);
  });

  it('fires on the password inside an smtp:// URL', () => {
    const password = fake.smtpPasswordV4();
    const text = workflow(`      - uses: dawidd6/action-send-mail@v3
        with:
          connection_url: smtp://\${{ secrets.SES_SMTP_USERNAME }}:${password}@email-smtp.eu-west-1.amazonaws.com:465
`);
    expect(placesOf(rule, text)).toEqual([locate(text, password)]);
  });

  it('fires on any literal in the password slot of an SES connection', () => {
    const text = workflow(`      - uses: dawidd6/action-send-mail@v3
        with:
          server_address: email-smtp.eu-west-1.amazonaws.com
          username: \${{ secrets.SES_SMTP_USERNAME }}
          password: "hunter2-but-longer"
`);
    expect(placesOf(rule, text)).toEqual(['.github/workflows/ci.yml:11:22']);
  });

  it('stays quiet on secrets, placeholders and local test servers', () => {
    const text = workflow(`      - uses: dawidd6/action-send-mail@v3
        with:
          server_address: email-smtp.eu-west-1.amazonaws.com
          username: \${{ secrets.SES_SMTP_USERNAME }}
          password: \${{ secrets.SES_SMTP_PASSWORD }}
      - run: ./test.sh
        env:
          MAIL_URL: smtp://test:test@localhost:1025
      - uses: dawidd6/action-send-mail@v3
        with:
          server_address: email-smtp.eu-west-1.amazonaws.com
          username: \${{ secrets.SES_SMTP_USERNAME }}
          password: your-smtp-password
`);
    expect(placesOf(rule, text)).toEqual([]);
  });
});
