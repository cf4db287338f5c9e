import { describe, expect, it } from '@jest/globals';
import { metaOf, told, toldWith } from '../helpers/rule-findings.js';
import { fake, workflow } from '../helpers/scan.js';

const rule = 'root-credentials';
const withEnv = (lines: string) => workflow(`      - run: ./deploy.sh\n        env:\n${lines}`);

describe('root-credentials', () => {
  it('is a security error of medium precision, not a wrong kind', () => {
    const meta = metaOf(rule);
    expect(meta).toMatchObject({ defaultSeverity: 'error', precision: 'medium', tags: ['security', 'aws', 'root'] });
    expect(meta?.wrongKind).toBeUndefined();
  });

  it('says whose credential a root-named slot holds, from its name or from the secret’s', () => {
    const text = withEnv(`          AWS_ROOT_ACCESS_KEY_ID: ${fake.accessKeyId()}
          AWS_ACCESS_KEY_ID: \${{ secrets.AWS_ROOT_ACCESS_KEY_ID }}
`);
    expect(told(rule, text)).toEqual([
      {
        at: '.github/workflows/ci.yml:9:35',
        message:
          "Literal `AKIA…` in variable `AWS_ROOT_ACCESS_KEY_ID` is the account root user's access key ID. Root credentials give unrestricted access to the whole AWS account; use an IAM user limited to SES instead.",
        credential: { name: 'AKIA…', kind: 'access-key-id', root: true },
      },
      {
        at: '.github/workflows/ci.yml:10:34',
        message:
          "Secret `AWS_ROOT_ACCESS_KEY_ID` in variable `AWS_ACCESS_KEY_ID` is the account root user's access key ID. Root credentials give unrestricted access to the whole AWS account; use an IAM user limited to SES instead.",
        credential: { name: 'AWS_ROOT_ACCESS_KEY_ID', kind: 'access-key-id', root: true },
      },
    ]);
  });

  it('names the kind the secret holds, not the kind its slot expects', () => {
    const text = withEnv(`          SES_SMTP_PASSWORD: \${{ secrets.AWS_ROOT_SECRET_ACCESS_KEY }}\n`);
    expect(told(rule, text).map((finding) => finding.credential?.kind)).toEqual(['secret-access-key']);
  });

  it('leaves root names of no known kind, and literals that cannot be the credential, alone', () => {
    const text = withEnv(`          ROOT_SECRET: \${{ secrets.ROOT_SECRET }}
          ROOT_EMAIL: not-an-email
          AWS_ROOT_PASSWORD: true
          AWS_ACCESS_KEY_ID: \${{ secrets.AWS_ACCESS_KEY_ID }}
`);
    expect(told(rule, text)).toEqual([]);
  });

  it('says STS found a root key, placed where the secret is used', () => {
    const text = withEnv(`          SES_SMTP_USERNAME: \${{ secrets.SES_SMTP_USERNAME }}\n`);
    const checked = (status: 'root' | 'iam') => ({
      name: 'SES_SMTP_USERNAME',
      nameKind: 'smtp-username' as const,
      shapeKind: 'access-key-id' as const,
      verification: { status, arnKind: status === 'root' ? 'root' : 'user' },
    });
    const unverified = { name: 'SES_SMTP_USERNAME', nameKind: 'smtp-username' as const, shapeKind: undefined };
    expect(toldWith(rule, text, { values: [unverified, checked('root')] })).toEqual([
      {
        at: '.github/workflows/ci.yml:9:34',
        message:
          'AWS STS GetCallerIdentity says the access key in `SES_SMTP_USERNAME` belongs to the account root user. Root credentials give unrestricted access to the whole AWS account: delete this key and use an IAM user limited to SES, or an OIDC role.',
        credential: { name: 'SES_SMTP_USERNAME', kind: 'access-key-id' },
      },
    ]);
    expect(toldWith(rule, text, { values: [checked('iam')] })).toEqual([]);
  });

  it('says which defined secret is named as root’s, of its kind and scope', () => {
    const secret = (name: string, kind: 'console-password' | 'ambiguous' | undefined, root: boolean) => ({
      name,
      scope: 'organization',
      kind,
      root,
    });
    // All of them sit on the repository, where the engine keeps one finding: the one due comes last.
    const definedSecrets = [
      secret('ROOT_NOTES', 'ambiguous', true),
      secret('ROOT_SOMETHING', undefined, true),
      secret('IAM_USER_PASSWORD', 'console-password', false),
      secret('ROOT_ACCOUNT_PASSWORD', 'console-password', true),
    ];
    expect(toldWith(rule, withEnv('          A: b\n'), { values: [], definedSecrets })).toEqual([
      {
        at: ':0:0',
        message:
          "The organization secret `ROOT_ACCOUNT_PASSWORD` is named as the account root user's console password. Root credentials belong in no repository: delete the secret and the root access keys.",
        credential: { name: 'ROOT_ACCOUNT_PASSWORD', kind: 'console-password' },
      },
    ]);
  });
});
