import { describe, expect, it } from '@jest/globals';
import { defaultConfig } from '../../src/config/config.js';
import { checkValues, credentialVariables } from '../../src/credentials/check-values.js';
import { classifyName } from '../../src/credentials/names.js';
import type { RepositoryContext } from '../../src/model/repository.js';
import { parseText } from '../../src/scan/parse-files.js';
import { analyze } from '../../src/scan/scan.js';
import { fake, workflow } from '../helpers/scan.js';

/**
 * The wrong-kind and root rules on facts from outside the files: the values the action was handed
 * (check-values), what STS said of a key (verify-with-aws) and the repository's defined secrets. Rule
 * cases cannot give these, so they are tested here.
 */
const mail = workflow(`      - uses: dawidd6/action-send-mail@v3
        with:
          server_address: email-smtp.eu-central-1.amazonaws.com
          username: \${{ secrets.SES_SMTP_USERNAME }}
          password: \${{ secrets.SES_SMTP_PASSWORD }}
`);

function findings(context: (smtpRegions: string[]) => RepositoryContext, text = mail) {
  const config = defaultConfig();
  const parsed = [parseText('.github/workflows/ci.yml', text, config)];
  return analyze(parsed, config, [], '.', ({ smtpRegions }) => context(smtpRegions)).findings;
}

/** Findings of `rule` as `place message-start`, from the values the step was handed. */
function withValues(rule: string, env: Record<string, string>, text = mail): string[] {
  const variables = credentialVariables(env, (name) => classifyName(name));
  return findings((smtpRegions) => ({ values: checkValues(variables, smtpRegions) }), text)
    .filter((finding) => finding.ruleId === rule)
    .map(
      (finding) => `${finding.file}:${finding.span.startLine}:${finding.span.startColumn} ${finding.credential?.kind}`,
    );
}

describe('secret-key-as-smtp-password on checked values', () => {
  const rule = 'secret-key-as-smtp-password';

  it('fires where the secret is used when the SMTP password handed to the step is a 40-character secret key', () => {
    expect(withValues(rule, { SES_SMTP_PASSWORD: fake.secretKey() })).toEqual([
      '.github/workflows/ci.yml:11:25 secret-access-key',
    ]);
  });

  it('fires on a version-2 password name too, and on the repository when no file uses the secret', () => {
    expect(withValues(rule, { SES_SMTP_PASSWORD_V2: fake.secretKey() })).toEqual([':0:0 secret-access-key']);
  });

  it('stays quiet on a real SMTP password, and on a secret key under a secret-key name', () => {
    expect(withValues(rule, { SES_SMTP_PASSWORD: 'BMXhUYlu5Z3gSXVQORxlVa7XPaz91aGWdfHxvkOZdWZ2' })).toEqual([]);
    expect(withValues(rule, { AWS_SECRET_ACCESS_KEY: fake.secretKey() })).toEqual([]);
  });
});

describe('smtp-password-as-secret-key on checked values', () => {
  const rule = 'smtp-password-as-secret-key';

  it('fires when the secret access key handed to the step is an SMTP password, of either version', () => {
    expect(withValues(rule, { AWS_SECRET_ACCESS_KEY: 'BMXhUYlu5Z3gSXVQORxlVa7XPaz91aGWdfHxvkOZdWZ2' })).toEqual([
      ':0:0 smtp-password',
    ]);
    expect(withValues(rule, { AWS_SECRET_ACCESS_KEY: 'AnkqhOiWEcszZZzTMCQbOY1sPGoLFgMH9zhp4eNgSjo4' })).toEqual([
      ':0:0 smtp-password-v2',
    ]);
  });

  it('stays quiet on a secret key, and on an SMTP password under an SMTP password name', () => {
    expect(withValues(rule, { AWS_SECRET_ACCESS_KEY: fake.secretKey() })).toEqual([]);
    expect(withValues(rule, { SES_SMTP_PASSWORD: 'BMXhUYlu5Z3gSXVQORxlVa7XPaz91aGWdfHxvkOZdWZ2' })).toEqual([]);
  });
});

describe('root-credentials on outside facts', () => {
  const rule = 'root-credentials';
  const rootOf = (context: (smtpRegions: string[]) => RepositoryContext) =>
    findings(context)
      .filter((finding) => finding.ruleId === rule)
      .map(
        (finding) =>
          `${finding.file}:${finding.span.startLine} ${finding.credential?.name} ${finding.credential?.kind}`,
      );

  it('fires when STS says a key belongs to the root user, and on no other verification', () => {
    const value = (status: 'root' | 'iam') => ({
      name: 'SES_SMTP_USERNAME',
      nameKind: 'smtp-username' as const,
      shapeKind: 'access-key-id' as const,
      verification: { status, arnKind: status === 'root' ? 'root' : 'user' },
    });
    expect(rootOf(() => ({ values: [value('root')] }))).toEqual([
      '.github/workflows/ci.yml:10 SES_SMTP_USERNAME access-key-id',
    ]);
    expect(rootOf(() => ({ values: [value('iam')] }))).toEqual([]);
  });

  it('fires on a defined secret named as root credentials of a known kind, used or not', () => {
    const secrets = [
      { name: 'AWS_ROOT_SECRET_ACCESS_KEY', scope: 'repository', kind: 'secret-access-key' as const, root: true },
      { name: 'ROOT_NOTES', scope: 'repository', kind: 'ambiguous' as const, root: true },
      { name: 'ROOT_SOMETHING', scope: 'repository', kind: undefined, root: true },
      { name: 'AWS_SECRET_ACCESS_KEY', scope: 'organization', kind: 'secret-access-key' as const, root: false },
    ];
    expect(rootOf(() => ({ values: [], definedSecrets: secrets }))).toEqual([
      ':0 AWS_ROOT_SECRET_ACCESS_KEY secret-access-key',
    ]);
  });
});
