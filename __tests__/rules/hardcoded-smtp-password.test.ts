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

  it('fires on a real-looking password inside an smtp:// URL to SES or an unknown server', () => {
    const text = workflow(`      - run: ./notify.sh
        env:
          MAIL_URL: smtp://\${{ secrets.SES_SMTP_USERNAME }}:Xk9-tR2q-Lm7v@email-smtp.eu-west-1.amazonaws.com:587
      - run: ./notify.sh
        env:
          OTHER_URL: smtp://ops:Pq4-wZ8n-Yc1d@\${{ secrets.SMTP_HOST }}:587
      - run: ./notify.sh
        env:
          LOCAL_URL: smtp://ops:Pq4-wZ8n-Yc1d@localhost:1025
`);
    expect(placesOf(rule, text)).toEqual([locate(text, 'Xk9-tR2q'), locate(text, 'Pq4-wZ8n')]);
  });

  it('stays quiet on a value of no SMTP-password shape in the password slot: SES would not accept it', () => {
    const text = workflow(`      - uses: dawidd6/action-send-mail@v3
        with:
          server_address: email-smtp.eu-west-1.amazonaws.com
          username: \${{ secrets.SES_SMTP_USERNAME }}
          password: "hunter2-but-longer"
`);
    expect(placesOf(rule, text)).toEqual([]);
  });

  it('stays quiet on key names, secret names and parameter paths that a name calls an SMTP password', () => {
    const text = `module "mail" {
  source                     = "./ses"
  smtp_secret_password_key   = "smtp-password"
  smtp_password_secret_name  = "gitlab-ses-secrets"
  ses_smtp_password_ssm_path = "/mail/ses/smtp-password"
}
variable "smtp_password" {
  default = "smtp-password"
}
`;
    expect(placesOf(rule, { 'main.tf': text })).toEqual([]);
    const url = workflow(`      - run: ./notify.sh
        env:
          MAIL_URL: smtp://user:smtp-password@email-smtp.eu-west-1.amazonaws.com:587
          TEMPLATE_URL: smtp://user:\${SMTP_PASSWORD}@email-smtp.eu-west-1.amazonaws.com:587
`);
    expect(placesOf(rule, url)).toEqual([]);
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
