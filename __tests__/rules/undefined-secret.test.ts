import { describe, expect, it } from '@jest/globals';
import { defaultConfig } from '../../src/config/config.js';
import { classifyName } from '../../src/credentials/names.js';
import { parseText } from '../../src/scan/parse-files.js';
import { analyze } from '../../src/scan/scan.js';
import { workflow } from '../helpers/scan.js';

const rule = 'undefined-secret';
const text = workflow(`      - uses: dawidd6/action-send-mail@v3
        with:
          server_address: email-smtp.eu-west-1.amazonaws.com
          username: \${{ secrets.ses_smtp_username }}
          password: \${{ secrets.SES_SMTP_PASSWROD }}
          github: \${{ secrets.GITHUB_TOKEN }}
`);

function scanWith(defined: string[] | undefined) {
  const config = defaultConfig();
  const definedSecrets = defined?.map((name) => ({
    name,
    scope: 'repository',
    kind: classifyName(name)?.kind,
    root: classifyName(name)?.root === true,
  }));
  return analyze([parseText('.github/workflows/ci.yml', text, config)], config, [], '.', () => ({
    values: [],
    ...(definedSecrets ? { definedSecrets } : {}),
  }));
}
const places = (defined: string[] | undefined) =>
  scanWith(defined)
    .findings.filter((f) => f.ruleId === rule)
    .map((f) => `${f.file}:${f.span.startLine}:${f.span.startColumn} ${f.message}`);

describe(rule, () => {
  it('fires on a secret defined nowhere, and names the likely typo', () => {
    expect(places(['SES_SMTP_USERNAME', 'SES_SMTP_PASSWORD'])).toEqual([
      '.github/workflows/ci.yml:11:25 Secret `SES_SMTP_PASSWROD` is defined in neither the repository, its environments nor the organisation, so it expands to an empty string at run time; did you mean `SES_SMTP_PASSWORD`?',
    ]);
  });

  it('stays quiet on defined secrets (names match case-insensitively), on GITHUB_TOKEN, and when secrets were not listed', () => {
    expect(places(['SES_SMTP_USERNAME', 'SES_SMTP_PASSWROD'])).toEqual([]);
    expect(places(undefined)).toEqual([]);
  });

  it('lists defined-but-unused secrets in the inventory, and reports a defined root secret on the repository', () => {
    const result = scanWith(['SES_SMTP_USERNAME', 'SES_SMTP_PASSWORD', 'AWS_ROOT_SECRET_ACCESS_KEY']);
    const byName = new Map(result.inventory.map((entry) => [entry.name, entry]));
    expect(byName.get('SES_SMTP_PASSWORD')).toMatchObject({ locations: [], channels: [], definedIn: ['repository'] });
    expect(byName.get('SES_SMTP_PASSWROD')?.definedIn).toEqual([]);
    expect(
      result.findings.filter((f) => f.ruleId === 'root-credentials').map((f) => [f.file, f.message.slice(0, 60)]),
    ).toEqual([['', 'The repository secret `AWS_ROOT_SECRET_ACCESS_KEY` is named ']]);
  });
});
