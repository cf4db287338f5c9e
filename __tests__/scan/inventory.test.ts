import { describe, expect, it } from '@jest/globals';
import { fake, scanFiles, workflow } from '../helpers/scan.js';
import { mergeFlowsByPlace } from '../../src/scan/inventory.js';

const inventoryOf = (text: string) =>
  Object.fromEntries(scanFiles(text).inventory.map((entry) => [entry.name, [entry.kind, entry.channels.join(',')]]));

describe('inventory channels', () => {
  it('calls mail through a server taken from a secret SMTP (provider unknown), never SES, whatever the names say', () => {
    const text = workflow(`      - uses: dawidd6/action-send-mail@v3
        with:
          server_address: \${{ secrets.MAIL_SERVER }}
          username: \${{ secrets.SES_SMTP_USERNAME }}
          password: \${{ secrets.SES_SMTP_PASSWORD }}
      - uses: dawidd6/action-send-mail@v3
        with:
          server_address: email-smtp.eu-west-1.amazonaws.com
          username: \${{ secrets.MAIL_USER }}
          password: \${{ secrets.MAIL_PASSWORD }}
`);
    expect(inventoryOf(text)).toMatchObject({
      SES_SMTP_USERNAME: ['smtp-username', 'smtp-unknown'],
      SES_SMTP_PASSWORD: ['smtp-password', 'smtp-unknown'],
      MAIL_USER: ['smtp-username', 'ses-smtp'],
      MAIL_PASSWORD: ['smtp-password', 'ses-smtp'],
    });
  });

  it('does not take an SSH user for mail because its name says SES: the slot decides', () => {
    const text = workflow(`      - uses: appleboy/ssh-action@v1
        with:
          host: \${{ secrets.SES_HOST }}
          username: \${{ secrets.SES_USER }}
          key: \${{ secrets.SES_SSH_KEY }}
      - uses: dawidd6/action-send-mail@v3
        with:
          server_address: smtp.gmail.com
          username: \${{ secrets.GMAIL_LOGIN_NAME }}
          password: \${{ secrets.GMAIL_APP_PW }}
`);
    const inventory = inventoryOf(text);
    expect(inventory.SES_USER).toEqual([undefined, 'other']);
    expect(inventory.GMAIL_APP_PW).toEqual(['smtp-password', 'smtp']);
  });
});

describe('inventory names', () => {
  it('never carries a key pasted into a secrets index as the name', () => {
    const key = fake.accessKeyId();
    const result = scanFiles(
      workflow(`      - run: aws ses send-email
        env:
          AWS_ACCESS_KEY_ID: \${{ secrets['${key}'] }}
`),
    );
    expect(result.inventory.length).toBeGreaterThan(0);
    expect(JSON.stringify(result.inventory)).not.toContain(key);
  });
});

describe('mergeFlowsByPlace', () => {
  it('merges an IaC reference and an exposure on the same line into one plainly labelled flow', () => {
    const flows = mergeFlowsByPlace([
      { part: 'smtp-password', to: 'value', file: 'outputs.tf', line: 7 },
      { part: 'smtp-password', to: 'Terraform output', file: 'outputs.tf', line: 7 },
      { part: 'access-key-id', to: 'value', file: 'outputs.tf', line: 2 },
    ]);
    expect(flows.map((flow) => flow.to)).toEqual(['Terraform output', 'the `value` attribute']);
  });
});
