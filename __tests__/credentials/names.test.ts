import { describe, expect, it } from '@jest/globals';
import { classifyName, normalizeName, withUserNameRules, type NameRule } from '../../src/credentials/names.js';

describe('classifyName', () => {
  it.each([
    ['AWS_ACCESS_KEY_ID', 'access-key-id', false],
    ['AWS_SECRET_ACCESS_KEY', 'secret-access-key', false],
    ['aws-secret-access-key', 'secret-access-key', false],
    ['AWS_SESSION_TOKEN', 'session-token', false],
    ['SES_SMTP_USERNAME', 'smtp-username', false],
    ['SES_SMTP_PASSWORD', 'smtp-password', false],
    ['EMAIL_HOST_PASSWORD', 'smtp-password', false],
    ['SPRING_MAIL_PASSWORD', 'smtp-password', false],
    ['IAM_CONSOLE_PASSWORD', 'console-password', false],
    ['ROOT_AWS_ACCESS_KEY_ID', 'access-key-id', true],
    ['AWS_ROOT_SECRET_ACCESS_KEY', 'secret-access-key', true],
    ['ROOT_EMAIL', 'account-email', true],
    ['AWS_ACCOUNT_PASSWORD', 'console-password', true],
    ['SES_KEY', 'ambiguous', false],
    ['MAIL_SECRET', 'ambiguous', false],
    ['smtpPassword', 'smtp-password', false],
    // Another provider's keys and root passwords share AWS's words; without an AWS or mail word they are not AWS's.
    ['COS_SECRET_KEY', 'ambiguous', false],
    ['COS_SECRET_ID', 'ambiguous', false],
    ['MYSQL_ROOT_PASSWORD', 'ambiguous', false],
    ['DB_ROOT_PASSWORD', 'ambiguous', false],
    ['DATABASE_ROOT_PASSWORD', 'ambiguous', false],
    ['DJANGO_SECRET_KEY', 'ambiguous', false],
    ['MINIO_AWS_SECRET_ACCESS_KEY', 'secret-access-key', false],
    ['SES_SMTP_USER', 'smtp-username', false],
    // One name for each row of the table, so none can be switched off unnoticed.
    ['AWS_ROOT_USER_EMAIL', 'account-email', true],
    ['ROOT_ACCOUNT_PASSWORD', 'console-password', true],
    ['IAM_USER_PASSWORD', 'console-password', false],
    ['CONSOLE_USERNAME', 'console-username', false],
    ['IAM_USER_NAME', 'console-username', false],
    ['SES_PASSWORD_V2', 'smtp-password-v2', false],
    ['SMTP_PASSWORD_V2', 'smtp-password-v2', false],
    ['MAILER_PASSWORD', 'smtp-password', false],
    ['EMAIL_HOST_USER', 'smtp-username', false],
    ['AWS_SECRET', 'secret-access-key', false],
    ['AWS_KEY', 'access-key-id', false],
    ['AKID', 'access-key-id', false],
    ['AWS_SECURITY_TOKEN', 'session-token', false],
    ['STS_TOKEN', 'session-token', false],
    ['DEPLOY_TOKEN', 'ambiguous', false],
    // A root word marks a kind's name as root's, never an ambiguous one's.
    ['ROOT_SMTP_PASSWORD', 'smtp-password', true],
    ['ROOT_TOKEN', 'ambiguous', false],
    // Another provider's word does not take a mail or AWS name away.
    ['AZURE_AWS_SECRET_ACCESS_KEY', 'secret-access-key', false],
    ['GCP_SES_ACCESS_KEY_ID', 'access-key-id', false],
    ['REDIS_PASSWORD', 'ambiguous', false],
    // Words that make settings elsewhere leave a credential's name a credential's.
    ['CREATED_ACCESS_KEY_ID', 'access-key-id', false],
    ['STATUS_PAGE_SMTP_PASSWORD', 'smtp-password', false],
    ['USER_SECRET_KEY', 'secret-access-key', false],
    // A root row marks its names root without the word ROOT.
    ['ACCOUNT_EMAIL', 'account-email', true],
    // Another provider's word takes each AWS kind away, a mail kind not.
    ['GCP_SESSION_TOKEN', 'ambiguous', false],
    ['KEYCLOAK_CONSOLE_USER', 'ambiguous', false],
    ['AZURE_ACCESS_KEY_ID', 'ambiguous', false],
    ['GRAFANA_ACCOUNT_EMAIL', 'account-email', true],
    ['JENKINS_SMTP_PASSWORD', 'smtp-password', false],
    // Words of identifiers, settings and KMS decide only where they stand whole: last, first, or between separators.
    ['HOST_SMTP_PASSWORD', 'smtp-password', false],
    ['SES_USE_SMTP_PASSWORD', 'smtp-password', false],
    ['SMTP_PASSWORD_STATUSES', 'smtp-password', false],
    ['AWS_KMSKEY_SECRET', 'ambiguous', false],
    ['AWSKMS_SECRET', 'ambiguous', false],
  ])('%s is %s (root: %s)', (name, kind, root) => {
    expect(classifyName(name)).toEqual({ kind, root });
  });

  it.each([
    'AWS_ROOT_ACCOUNT_ID',
    'ROOT_DOMAIN',
    'SES_REGION',
    'SMTP_HOST',
    'DEPLOY_SSH_KEY',
    'NODE_ENV',
    'KMS_KEY_ID',
    'AWS_REGION',
    // An SES host's user may be an SSH login: the slot it fills decides, not the name.
    'SES_USER',
    // Names for where a password is kept, not the password.
    'SMTP_SECRET_PASSWORD_KEY',
    'SMTP_PASSWORD_SECRET_NAME',
    // The same words as the whole name.
    'PASSWORD_KEY',
    'SECRET_NAME',
    'SES_SMTP_PASSWORD_SSM_PATH',
    'AWS_SECRET_ACCESS_KEY_FILE',
    // Settings about a credential: flags, ages, statuses, policies, and KMS keys that sign nothing.
    'create_access_key',
    'create_iam_access_key',
    'enable_root_password',
    'iam_access_key_max_age',
    'access_key_status',
    'create_account_password_policy',
    'ROOT_PASSWORD_MAX_AGE',
    'sns_kms_master_key_id',
    'SMTP_PASSWORD_ROTATION',
    'SMTP_PASSWORD_KMS',
    'KMS_SMTP_PASSWORD',
  ])('%s is not a credential', (name) => {
    expect(classifyName(name)).toBeUndefined();
  });

  it('takes a user row as written, even under another provider’s name', () => {
    const rules = withUserNameRules([{ pattern: /^AZURE_ACCESS_KEY$/, kind: 'access-key-id' }]);
    expect(classifyName('AZURE_ACCESS_KEY', rules)).toEqual({ kind: 'access-key-id', root: false });
    expect(classifyName('AZURE_ACCESS_KEY')).toEqual({ kind: 'ambiguous', root: false });
  });

  it('marks a user row root when it says so, or when the name holds ROOT', () => {
    const rules = withUserNameRules([
      { pattern: /^OWNER_MAIL$/, kind: 'account-email', root: true },
      { pattern: /^ROOT_KEY_HALF$/, kind: 'access-key-id' },
    ]);
    expect(classifyName('OWNER_MAIL', rules)).toEqual({ kind: 'account-email', root: true });
    expect(classifyName('ROOT_KEY_HALF', rules)).toEqual({ kind: 'access-key-id', root: true });
  });

  it('takes names up to 256 characters', () => {
    expect(classifyName(`${'A'.repeat(242)}_SMTP_PASSWORD`)).toEqual({ kind: 'smtp-password', root: false });
    expect(classifyName(`${'A'.repeat(243)}_SMTP_PASSWORD`)).toBeUndefined();
  });

  it('takes no name longer than any a person chose', () => {
    expect(classifyName(`${'A'.repeat(250)}_SMTP_PASSWORD`)).toBeUndefined();
    expect(classifyName(`${'A'.repeat(236)}_SMTP_PASSWORD`)).toEqual({ kind: 'smtp-password', root: false });
  });

  it('lets user rows take precedence', () => {
    const rules = withUserNameRules([{ pattern: /^MAILGUN_/, kind: 'smtp-password' }]);
    expect(classifyName('MAILGUN_KEY', rules)?.kind).toBe('smtp-password');
  });

  it('normalises separators and camel case', () => {
    expect(normalizeName('ses-smtp.password')).toBe('SES_SMTP_PASSWORD');
    expect(normalizeName('smtpUserName')).toBe('SMTP_USER_NAME');
    expect(normalizeName('__ses--smtp__')).toBe('SES_SMTP');
    expect(normalizeName('aws2Key')).toBe('AWS2_KEY');
  });
});

describe('classifyName, asked again', () => {
  it('gives the same answer, and a caller changing its copy changes no later answer', () => {
    // A name no other test asks for: its first answer is made here, its second remembered.
    const first = classifyName('ORDERS_SMTP_PASSWORD');
    expect(first).toEqual({ kind: 'smtp-password', root: false });
    if (first) first.root = true;
    expect(classifyName('ORDERS_SMTP_PASSWORD')).toEqual({ kind: 'smtp-password', root: false });
  });

  it('answers per rule list', () => {
    const custom = withUserNameRules([{ pattern: /^MAILER_THING$/, kind: 'smtp-password' }]);
    expect(classifyName('MAILER_THING')).toBeUndefined();
    expect(classifyName('MAILER_THING', custom)?.kind).toBe('smtp-password');
  });

  it('answers from memory until it has remembered 10 000 names, then asks the rules again', () => {
    // A rule list a caller changes after asking: only a forgotten answer shows the change.
    const rules: NameRule[] = withUserNameRules([]);
    const name = 'ROTATING_THING';
    expect(classifyName(name, rules)).toBeUndefined();
    rules.unshift({ pattern: /^ROTATING_THING$/, kind: 'smtp-password' });
    expect(classifyName(name, rules)).toBeUndefined();
    for (let index = 1; index < 10_000; index++) classifyName(`OTHER_${index}`, rules);
    expect(classifyName(name, rules)).toBeUndefined();
    classifyName('ONE_MORE', rules);
    expect(classifyName(name, rules)).toEqual({ kind: 'smtp-password', root: false });
  });
});
