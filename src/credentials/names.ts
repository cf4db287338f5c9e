import type { CredentialKind } from '../model/kinds.js';
import type { Classification } from '../model/references.js';

/**
 * One row of the name classifier. `pattern` is matched against the name in upper case with every
 * run of non-alphanumeric characters folded to `_`, so `ses-smtp.password` and `SES_SMTP_PASSWORD`
 * classify alike.
 */
export interface NameRule {
  pattern: RegExp;
  kind: CredentialKind;
  root?: boolean;
  /**
   * A row of the built-in table, whose AWS words under another provider's name say nothing of AWS. A
   * mark, not the table's identity: the rules are copied to the parse worker, and a copy is another object.
   */
  builtIn?: true;
}

/** What a name says of its value: the model's classification. */
export type NameClassification = Classification;

const word = (alternatives: string): RegExp => new RegExp(`(?:^|_)(?:${alternatives})(?:_|$)`);

/** First match wins, so the more specific rows come first (SECRET_ACCESS_KEY before ACCESS_KEY). */
export const defaultNameRules: readonly NameRule[] = (
  [
    { pattern: word('ACCOUNT_EMAIL|ROOT_EMAIL|ROOT_USER_EMAIL|ROOT_ACCOUNT_EMAIL'), kind: 'account-email', root: true },
    {
      pattern: word('ACCOUNT_PASSWORD|ROOT_PASSWORD|ROOT_USER_PASSWORD|ROOT_ACCOUNT_PASSWORD'),
      kind: 'console-password',
      root: true,
    },
    {
      pattern: word(
        'CONSOLE_PASSWORD|CONSOLE_PASS|LOGIN_PASSWORD|SIGNIN_PASSWORD|SIGN_IN_PASSWORD|IAM_PASSWORD|IAM_USER_PASSWORD',
      ),
      kind: 'console-password',
    },
    {
      pattern: word('CONSOLE_USER|CONSOLE_USERNAME|CONSOLE_LOGIN|IAM_USER|IAM_USERNAME|IAM_USER_NAME'),
      kind: 'console-username',
    },
    { pattern: word('SMTP_PASSWORD_V2|SES_PASSWORD_V2'), kind: 'smtp-password-v2' },
    {
      pattern: word(
        'SMTP_PASSWORD|SMTP_PASS|SMTP_PASSWD|SMTP_PWD|SMTP_SECRET_PASSWORD|MAIL_PASSWORD|MAIL_PASS|EMAIL_PASSWORD|EMAIL_HOST_PASSWORD|SES_PASSWORD|MAILER_PASSWORD',
      ),
      kind: 'smtp-password',
    },
    {
      pattern: word(
        'SMTP_USER|SMTP_USERNAME|SMTP_LOGIN|SMTP_USER_NAME|MAIL_USER|MAIL_USERNAME|EMAIL_USER|EMAIL_USERNAME|EMAIL_HOST_USER|MAILER_USER|MAILER_USERNAME',
      ),
      kind: 'smtp-username',
    },
    {
      pattern: word('SECRET_ACCESS_KEY|SECRET_KEY|SECRET_ACCESS|ACCESS_SECRET|ACCESS_KEY_SECRET|AWS_SECRET|SECRETKEY'),
      kind: 'secret-access-key',
    },
    {
      pattern: word('ACCESS_KEY_ID|ACCESS_KEY|ACCESS_ID|KEY_ID|AWS_KEY|ACCESSKEY|ACCESSKEYID|AKID'),
      kind: 'access-key-id',
    },
    { pattern: word('SESSION_TOKEN|SECURITY_TOKEN|STS_TOKEN'), kind: 'session-token' },
    // Names that are plainly secret but say nothing of which SES credential they hold.
    { pattern: word('KEY|SECRET|PASSWORD|PASS|PASSWD|PWD|CREDENTIAL|CREDENTIALS|CREDS|TOKEN'), kind: 'ambiguous' },
  ] satisfies NameRule[]
).map((rule) => ({ ...rule, builtIn: true }));

const rootMarker = word('ROOT');

/** Words that put a name on AWS, SES or mail; without one, another provider's word takes the name away from AWS. */
const awsOrMail = word('AWS|AMAZON|SES|SMTP|MAIL|EMAIL|MAILER|IAM|STS');
/** Other clouds, databases and frameworks whose keys and root passwords share AWS's words (`COS_SECRET_KEY`, `MYSQL_ROOT_PASSWORD`). */
const otherProvider = word(
  'COS|TENCENT|TENCENTCLOUD|QCLOUD|ALIYUN|ALIBABA|ALICLOUD|OSS|AZURE|GCP|GCS|GOOGLE|DIGITALOCEAN|DO|SPACES|MINIO|R2|CLOUDFLARE|B2|BACKBLAZE|WASABI|LINODE|HUAWEI|OBS|QINIU|UPYUN|SCALEWAY|OVH|IBM|ORACLE|OCI|MYSQL|MARIADB|POSTGRES|POSTGRESQL|PG|MONGO|MONGODB|REDIS|RABBITMQ|DB|DATABASE|SQL|MSSQL|SQLSERVER|INFLUXDB|ELASTIC|ELASTICSEARCH|OPENSEARCH|CLICKHOUSE|COUCHDB|NEO4J|LDAP|VAULT|JENKINS|KEYCLOAK|GRAFANA|DJANGO|FLASK|RAILS|JWT|SESSION_SECRET|LARAVEL|APP',
);
/**
 * The kinds that sign AWS requests or sign in to AWS (not SMTP's, not unclear): the kinds another
 * provider's word takes from AWS. Not `account-email`: each of its names says EMAIL, a mail word.
 */
export const awsKinds: ReadonlySet<CredentialKind> = new Set([
  'access-key-id',
  'secret-access-key',
  'session-token',
  'console-password',
  'console-username',
]);

export function normalizeName(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '_')
    .replace(/^_/, '')
    .replace(/_$/, '');
}

/**
 * No variable or secret name a person chose is longer; capping the length keeps every pattern, also
 * the config's, cheap on a name a pull request made huge.
 */
const longestName = 256;

/**
 * Classifies a secret, variable or input name. Names that hold no credential (`SES_REGION`,
 * `ROOT_DOMAIN`, `AWS_ROOT_ACCOUNT_ID`) return undefined.
 */
export function classifyName(
  name: string,
  rules: readonly NameRule[] = defaultNameRules,
): NameClassification | undefined {
  if (name.length > longestName) return undefined;
  // The same few names recur in every file of a repository; each rule list keeps its answers (a copy goes out).
  let known = classified.get(rules);
  if (!known) classified.set(rules, (known = new Map()));
  if (known.has(name)) {
    const answer = known.get(name);
    return answer && { ...answer };
  }
  // Bounded, so a file of a million distinct names costs time, not memory.
  if (known.size >= maxRemembered) known.clear();
  const answer = classifyAnew(name, rules);
  known.set(name, answer && { ...answer });
  return answer;
}

const classified = new WeakMap<readonly NameRule[], Map<string, NameClassification | undefined>>();
const maxRemembered = 10_000;

function classifyAnew(name: string, rules: readonly NameRule[]): NameClassification | undefined {
  const normalized = normalizeName(name);
  if (isIdentifierName(normalized) || isSettingName(normalized)) return undefined;
  for (const rule of rules) {
    if (rule.pattern.test(normalized)) {
      // User rows are taken as written; a default row's AWS words under another provider's name say nothing of AWS.
      if (rule.builtIn === true && isOtherProvider(normalized, rule)) return { kind: 'ambiguous', root: false };
      return {
        kind: rule.kind,
        root: rule.root === true || (rule.kind !== 'ambiguous' && rootMarker.test(normalized)),
      };
    }
  }
  return undefined;
}

function isOtherProvider(normalized: string, rule: NameRule): boolean {
  return awsKinds.has(rule.kind) && otherProvider.test(normalized) && !awsOrMail.test(normalized);
}

/** Account IDs, key fingerprints and the like end in these words and never hold a credential. */
function isIdentifierName(normalized: string): boolean {
  return /(?:^|_)(?:ACCOUNT_ID|ACCOUNT|ARN|REGION|HOST|SERVER|PORT|DOMAIN|ENDPOINT|URL|KEY_NAME|KEY_ARN|KMS_KEY|KMS_KEY_ID|KEY_PAIR|PUBLIC_KEY|SSH_KEY|SSH_PRIVATE_KEY|DEPLOY_KEY|GPG_KEY|PRIVATE_KEY|API_KEY_NAME|FROM|TO|SENDER|RECIPIENT|SECRET_NAME|SECRET_ARN|PASSWORD_KEY|PATH|SSM_PATH|PARAMETER|PARAMETER_NAME|PARAM_NAME|FILE|FILENAME|LENGTH|TTL|ENABLED|PREFIX)$/.test(
    normalized,
  );
}

/**
 * Settings about a credential, not the credential: flags (`create_access_key`, `enable_root_password`),
 * ages and counts (`iam_access_key_max_age`), statuses, policies (`create_account_password_policy`), and
 * anything of KMS, whose key IDs and ARNs sign nothing.
 */
function isSettingName(normalized: string): boolean {
  return (
    /^(?:CREATE|ENABLE|ENABLED|DISABLE|DISABLED|USE|HAS|IS|ALLOW|REQUIRE|MANAGE|SKIP|SHOW|GENERATE|ROTATE|FORCE|SHOULD)_/.test(
      normalized,
    ) ||
    /(?:^|_)(?:POLICY|POLICY_ARN|POLICY_NAME|STATUS|STATE|MAX_AGE|AGE|DAYS|COUNT|ROTATION|EXPIRY|EXPIRATION|EXPIRES|TYPE|FORMAT|REQUIRED|MIN_LENGTH|REUSE_PREVENTION)$/.test(
      normalized,
    ) ||
    /(?:^|_)KMS(?:_|$)/.test(normalized)
  );
}

/** Builds name rules from the config file's `names:` entries; they take precedence over the defaults. */
export function withUserNameRules(user: readonly NameRule[]): NameRule[] {
  return [...user, ...defaultNameRules];
}
