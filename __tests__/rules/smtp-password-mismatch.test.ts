import { describe, expect, it } from '@jest/globals';
import { defaultConfig } from '../../src/config/config.js';
import { checkValues, credentialVariables } from '../../src/credentials/check-values.js';
import { classifyName } from '../../src/credentials/names.js';
import { parseText } from '../../src/scan/parse-files.js';
import { analyze } from '../../src/scan/scan.js';
import { workflow } from '../helpers/scan.js';

const rule = 'smtp-password-mismatch';
const mail = workflow(`      - uses: dawidd6/action-send-mail@v3
        with:
          server_address: email-smtp.eu-central-1.amazonaws.com
          username: \${{ secrets.SES_SMTP_USERNAME }}
          password: \${{ secrets.SES_SMTP_PASSWORD }}
`);

/** Scans the workflow with the given values handed to the step, as `check-values` does. */
function places(env: Record<string, string>, files: Record<string, string> = { '.github/workflows/ci.yml': mail }) {
  const config = defaultConfig();
  const parsed = Object.entries(files).map(([path, text]) => parseText(path, text, config));
  const variables = credentialVariables(env, (name) => classifyName(name));
  const result = analyze(parsed, config, [], '.', ({ smtpRegions }) => ({
    values: checkValues(variables, smtpRegions),
  }));
  return result.findings
    .filter((f) => f.ruleId === rule || f.ruleId === 'smtp-region-mismatch')
    .map((f) => `${f.ruleId} ${f.file}:${f.span.startLine}:${f.span.startColumn}`);
}

describe(rule, () => {
  it("fires on the secret's use when the password comes from another key", () => {
    expect(
      places({
        AWS_SECRET_ACCESS_KEY: 'some+secret+key',
        SES_SMTP_PASSWORD: 'BBbphbrQmrKMx42d1N6+C7VINYEBGI5v9VsZeTxwskfh',
      }),
    ).toEqual([`${rule} .github/workflows/ci.yml:11:25`]);
  });

  it('fires on the repository when no workflow uses a secret of that name', () => {
    expect(
      places({
        AWS_SECRET_ACCESS_KEY: 'some+secret+key',
        MAIL_PASSWORD: 'BBbphbrQmrKMx42d1N6+C7VINYEBGI5v9VsZeTxwskfh',
      }),
    ).toEqual([`${rule} :0:0`]);
  });

  it('stays quiet on the right derivation, and leaves a wrong region to smtp-region-mismatch', () => {
    expect(
      places({
        AWS_SECRET_ACCESS_KEY: 'some+secret+key',
        SES_SMTP_PASSWORD: 'BMXhUYlu5Z3gSXVQORxlVa7XPaz91aGWdfHxvkOZdWZ2',
      }),
    ).toEqual([]);
    expect(
      places({
        AWS_SECRET_ACCESS_KEY: 'some+secret+key',
        SES_SMTP_PASSWORD: 'BH+jbMzper5WwlwUar9E1ySBqHa9whi0GPo+sJ0mVYJj',
      }),
    ).toEqual(['smtp-region-mismatch .github/workflows/ci.yml:11:25']);
  });
});
