import { describe, expect, it } from '@jest/globals';
import { placesOf, workflow } from '../helpers/scan.js';

const rule = 'overbroad-secrets-access';

describe(rule, () => {
  it('fires on toJSON(secrets)', () => {
    const text = workflow(`      - run: ./send.sh
        env:
          ALL: \${{ toJSON(secrets) }}
`);
    expect(placesOf(rule, text)).toEqual(['.github/workflows/ci.yml:9:27']);
  });

  it('fires on secrets: inherit for a reusable workflow', () => {
    const text = `name: t\non: push\njobs:\n  mail:\n    uses: ./.github/workflows/mail.yml\n    secrets: inherit\n`;
    expect(placesOf(rule, text)).toEqual(['.github/workflows/ci.yml:6:14']);
  });

  it('fires on a computed index', () => {
    const text = workflow(`      - run: ./send.sh
        env:
          PW: \${{ secrets[format('{0}_SMTP_PASSWORD', matrix.env)] }}
`);
    expect(placesOf(rule, text)).toEqual(['.github/workflows/ci.yml:9:19']);
  });

  it('stays quiet on secrets passed by name', () => {
    const text = `name: t\non: push\njobs:\n  mail:\n    uses: ./.github/workflows/mail.yml\n    secrets:\n      SES_SMTP_PASSWORD: \${{ secrets.SES_SMTP_PASSWORD }}\n`;
    expect(placesOf(rule, text)).toEqual([]);
  });
});
