import { describe, expect, it } from '@jest/globals';
import { placesOf, workflow } from '../helpers/scan.js';

const rule = 'sigv2-smtp-password';
// The version-2 test vector from DOMAIN.md, for the secret "some+secret+key".
const v2 = 'AnkqhOiWEcszZZzTMCQbOY1sPGoLFgMH9zhp4eNgSjo4';

describe(rule, () => {
  it('fires on a version-2 password literal in an SMTP password slot', () => {
    const text = workflow(`      - run: node send.js
        env:
          SES_SMTP_PASSWORD: ${v2}
`);
    expect(placesOf(rule, text)).toEqual(['.github/workflows/ci.yml:9:30']);
  });

  it('fires on a secret named as a version-2 password', () => {
    const text = workflow(`      - uses: dawidd6/action-send-mail@v3
        with:
          server_address: email-smtp.eu-west-1.amazonaws.com
          username: \${{ secrets.SES_SMTP_USERNAME }}
          password: \${{ secrets.SES_SMTP_PASSWORD_V2 }}
`);
    expect(placesOf(rule, text)).toEqual(['.github/workflows/ci.yml:11:25']);
  });

  it('stays quiet on a base64 value that is in no SMTP slot', () => {
    const text = workflow(`      - run: echo ${v2} | base64 -d > blob.bin\n`);
    expect(placesOf(rule, text)).toEqual([]);
  });
});

describe(`${rule} in Terraform`, () => {
  it('fires on the removed ses_smtp_password attribute', async () => {
    const { loadHcl } = await import('../../src/formats/terraform/hcl.js');
    await loadHcl();
    const files = {
      'mod/main.tf':
        'resource "aws_secretsmanager_secret_version" "s" {\n  secret_string = aws_iam_access_key.smtp.ses_smtp_password\n}\n',
    };
    expect(placesOf(rule, files)).toEqual(['mod/main.tf:2:19']);
  });
});
