import { describe, expect, it } from '@jest/globals';
import { fake, locate, placesOf, workflow } from '../helpers/scan.js';

const rule = 'secret-key-as-smtp-password';

describe(rule, () => {
  it('fires on the secret access key as the password of a mail action', () => {
    const text = workflow(`      - uses: dawidd6/action-send-mail@v3
        with:
          server_address: email-smtp.us-east-2.amazonaws.com
          username: \${{ secrets.AWS_ACCESS_KEY_ID }}
          password: \${{ secrets.AWS_SECRET_ACCESS_KEY }}
`);
    expect(placesOf(rule, text)).toEqual(['.github/workflows/ci.yml:11:25']);
  });

  it('fires inside curl --user with an SES smtps:// URL in a script', () => {
    const text = workflow(`      - run: |
          curl --ssl-reqd --url "smtps://email-smtp.ca-central-1.amazonaws.com:465" \\
            --user "\${{ secrets.AWS_ACCESS_KEY_ID }}:\${{ secrets.AWS_SECRET_ACCESS_KEY }}" \\
            --upload-file mail.txt
`);
    expect(placesOf(rule, text)).toEqual([locate(text, 'secrets.AWS_SECRET_ACCESS_KEY')]);
    expect(placesOf(rule, text)).toEqual(['.github/workflows/ci.yml:9:58']);
  });

  it('fires inside a connection URL', () => {
    const text = workflow(`      - uses: dawidd6/action-send-mail@v3
        with:
          connection_url: smtp+starttls://\${{ secrets.SES_USER }}:\${{ secrets.AWS_SECRET_KEY }}@email-smtp.eu-west-1.amazonaws.com:587
`);
    expect(placesOf(rule, text)).toEqual([locate(text, 'secrets.AWS_SECRET_KEY')]);
  });

  it('fires on a literal secret key (by shape) as SMTP password in env', () => {
    const secret = fake.secretKey();
    const text = workflow(`      - run: node send.js
        env:
          SMTP_HOST: email-smtp.eu-west-1.amazonaws.com
          SMTP_PASSWORD: ${secret}
`);
    expect(placesOf(rule, text)).toEqual(['.github/workflows/ci.yml:10:26']);
  });

  it('fires when the SMTP server is unknown: only SES takes AWS keys for SMTP', () => {
    const text = workflow(`      - uses: dawidd6/action-send-mail@v3
        with:
          server_address: \${{ secrets.MAIL_HOST }}
          username: \${{ secrets.AWS_ACCESS_KEY_ID }}
          password: \${{ secrets.AWS_SECRET_ACCESS_KEY }}
`);
    expect(placesOf(rule, text)).toEqual(['.github/workflows/ci.yml:11:25']);
  });

  it('stays quiet on the derived SMTP password', () => {
    const text = workflow(`      - uses: dawidd6/action-send-mail@v3
        with:
          server_address: email-smtp.us-east-1.amazonaws.com
          username: \${{ secrets.SES_SMTP_USERNAME }}
          password: \${{ secrets.SES_SMTP_PASSWORD }}
`);
    expect(placesOf(rule, text)).toEqual([]);
  });

  it('stays quiet on an AWS secret key used for an ECR docker login', () => {
    const text = workflow(`      - uses: docker/login-action@v3
        with:
          registry: 123456789012.dkr.ecr.us-east-1.amazonaws.com
          username: \${{ secrets.AWS_ACCESS_KEY_ID }}
          password: \${{ secrets.AWS_SECRET_ACCESS_KEY }}
`);
    expect(placesOf(rule, text)).toEqual([]);
  });

  it('stays quiet when the SMTP server is plainly not SES', () => {
    const text = workflow(`      - uses: dawidd6/action-send-mail@v3
        with:
          server_address: smtp.gmail.com
          username: \${{ secrets.MAIL_USERNAME }}
          password: \${{ secrets.AWS_SECRET_ACCESS_KEY }}
`);
    expect(placesOf(rule, text)).toEqual([]);
  });
});

describe(`${rule} in IaC`, () => {
  it('fires on aws_iam_access_key.x.secret given as SMTP password in Terraform', async () => {
    const { loadHcl } = await import('../../src/formats/terraform/hcl.js');
    await loadHcl();
    const files = {
      'mod/lambda.tf': `resource "aws_lambda_function" "mailer" {
  environment {
    variables = {
      SMTP_HOST     = "email-smtp.eu-west-1.amazonaws.com"
      SMTP_PASSWORD = aws_iam_access_key.smtp.secret
    }
  }
}
`,
    };
    expect(placesOf(rule, files)).toEqual(['mod/lambda.tf:5:23']);
  });

  it('stays quiet on ses_smtp_password_v4 given as SMTP password', async () => {
    const files = {
      'mod/lambda.tf':
        'resource "aws_lambda_function" "m" {\n  environment {\n    variables = {\n      SMTP_PASSWORD = aws_iam_access_key.smtp.ses_smtp_password_v4\n    }\n  }\n}\n',
    };
    expect(placesOf(rule, files)).toEqual([]);
  });
});

describe(`${rule} through actions it does not know`, () => {
  it('reads the inputs of an unknown action by their names', () => {
    const text = workflow(`      - uses: acme/notify-by-smtp@v2
        with:
          smtp_host: email-smtp.eu-west-1.amazonaws.com
          smtp_username: \${{ secrets.AWS_ACCESS_KEY_ID }}
          smtp_password: \${{ secrets.AWS_SECRET_ACCESS_KEY }}
`);
    expect(placesOf(rule, text)).toEqual([locate(text, 'secrets.AWS_SECRET_ACCESS_KEY')]);
  });

  it('stays quiet on registry logins and on inputs whose names say nothing', () => {
    const text = workflow(`      - uses: docker/login-action@v3
        with:
          username: \${{ secrets.AWS_ACCESS_KEY_ID }}
          password: \${{ secrets.AWS_SECRET_ACCESS_KEY }}
      - uses: acme/deploy@v1
        with:
          token: \${{ secrets.AWS_SECRET_ACCESS_KEY }}
`);
    expect(placesOf(rule, text)).toEqual([]);
  });
});

describe(`${rule} in scripts`, () => {
  it('fires on a secret key exported as the SMTP password in a run script', () => {
    const text = workflow(`      - run: |
          export SMTP_USERNAME="\${{ secrets.AWS_ACCESS_KEY_ID }}"
          export SMTP_PASSWORD="\${{ secrets.AWS_SECRET_ACCESS_KEY }}"
          python send_report.py
`);
    expect(placesOf(rule, text)).toEqual([locate(text, 'secrets.AWS_SECRET_ACCESS_KEY')]);
  });

  it('stays quiet on the SMTP password exported the same way', () => {
    const text = workflow(`      - run: |
          export SMTP_PASSWORD="\${{ secrets.SES_SMTP_PASSWORD }}"
          python send_report.py
`);
    expect(placesOf(rule, text)).toEqual([]);
  });
});
