import {
  actionMatches,
  allowsBeyondSmtp,
  consolePasswordActions,
  credentialMintingActions,
  grantsOf,
  grantsSes,
  smtpUserKeys,
} from '../credentials/iam.js';
import type { IamStatement, StatementTarget } from '../model/iam.js';
import type { ScanModel } from '../model/scan-model.js';
import type { Rule, RuleFinding } from './types.js';

function mintingActions(statement: Pick<IamStatement, 'effect' | 'actions' | 'notAction'>): string[] {
  if (statement.effect !== 'Allow' || statement.notAction) return [];
  // A bare `*` is administrator access, a problem of its own; this rule is about explicit IAM grants.
  return credentialMintingActions.filter((action) =>
    statement.actions.some((pattern) => pattern !== '*' && actionMatches(pattern, action)),
  );
}

/** `${aws:username}` limits a grant to the caller's own user, which is the safe form (`$${…}` in Terraform's source). */
function selfScoped(resource: string): boolean {
  return resource.replaceAll('$${', '${').includes('${aws:username}');
}

/**
 * What a reader could not evaluate, in a list built by an expression (a `for` over user paths): an empty
 * fallback, a bare reference (`data.aws_partition.current`), or a template of references naming no user
 * and no wildcard. It widens nothing the readable items do not.
 */
function unresolved(resource: string): boolean {
  if (resource.trim() === '') return true;
  if (/^(?:data|var|local|module|each|count|path)\.[\w.[\]"-]*$/.test(resource)) return true;
  return resource.includes('${') && !resource.includes(':user/') && !resource.includes('*');
}

/** Every resource that can be read is the caller's own user, and one can be read. */
function onlySelf(resources: string[]): boolean {
  return resources.some(selfScoped) && resources.every((resource) => selfScoped(resource) || unresolved(resource));
}

/** Users that send mail and nothing else: SMTP users by key or name, or users granted only SES sending. */
function mailUsers(model: ScanModel): Set<string> {
  const users = smtpUserKeys(model);
  for (const principal of model.iam.principals) {
    const grants = grantsOf(model.iam, principal.key);
    if (principal.kind === 'user' && grantsSes(grants) && !grants.some((grant) => allowsBeyondSmtp(grant.statement)))
      users.add(principal.key);
  }
  return users;
}

/**
 * The rotation pattern: every resource is an SMTP user the scan creates (by reference or ARN), or one
 * user named by a variable (`user/${var.smtp_user}`) or as an SMTP user, never a wildcard.
 */
function onlyMailUsers(targets: StatementTarget[], users: Set<string>): boolean {
  return (
    targets.length > 0 &&
    targets.every((target) =>
      target.userKeys.length > 0
        ? target.userKeys.every((key) => users.has(key))
        : target.singleUser && /\$\{|smtp|ses|mail/i.test(target.label.slice(target.label.indexOf(':user/'))),
    )
  );
}

/** The first minting action's own place when the reader kept it, else the statement's. */
function evidenceSpan(statement: Pick<IamStatement, 'span' | 'actions' | 'actionSpans'>, actions: string[]) {
  const index = statement.actions.findIndex((pattern) => actions.some((action) => actionMatches(pattern, action)));
  return statement.actionSpans?.[index] ?? statement.span;
}

/** What the granted actions let the holder do to `who`: mint access keys, set console passwords, or both. */
function powers(actions: string[], who: string): string {
  const keys = actions.some((action) => !consolePasswordActions.includes(action));
  const passwords = actions.some((action) => consolePasswordActions.includes(action));
  const minted = [keys ? `mint access keys for ${who}` : '', passwords ? `set the console password of ${who}` : '']
    .filter(Boolean)
    .join(' and ');
  return keys
    ? `the permissions that create SMTP credentials also let the holder ${minted}`
    : `they let the holder ${minted} and sign in as them`;
}

function whom(statement: Pick<IamStatement, 'resources' | 'targets'>): string {
  if (!statement.targets) return 'any user';
  return statement.targets.some((target) => /[*?]/.test(target.label)) ? 'any user' : 'the users it names';
}

export const credentialMintingPermissions: Rule = {
  meta: {
    id: 'credential-minting-permissions',
    title: 'Identity can mint access keys for other users',
    defaultSeverity: 'warning',
    securitySeverity: 8.0,
    precision: 'high',
    help: "Creating SMTP credentials needs `iam:CreateUser`, `iam:CreateAccessKey` and `iam:PutUserPolicy`. Granted on `*` (or on users other than the caller), the same permissions let the identity create an access key for any user, administrators included, and give any user any policy: a privilege-escalation path. `iam:CreateLoginProfile` and `iam:UpdateLoginProfile` on other users do the same with console passwords. Keep SMTP-credential creation a manual or tightly scoped task; if automation must re-key an SMTP user, grant only `iam:CreateAccessKey` on that user's own ARN (a wildcard path such as `user/ses-smtp-*` still lets the holder create a user of that name and give it any policy).",
    tags: ['security', 'aws', 'iam', 'privilege-escalation'],
  },
  check: (model) => {
    const findings: RuleFinding[] = [];
    const seen = new Set<string>();
    const users = mailUsers(model);
    const report = (
      file: string,
      span: IamStatement['span'],
      actions: string[],
      statement: Pick<IamStatement, 'resources' | 'targets'>,
      via: string,
    ) => {
      const place = `${file}:${span.startLine}:${span.startColumn}`;
      if (seen.has(place) || onlySelf(statement.resources)) return;
      if (statement.targets && onlyMailUsers(statement.targets, users)) return;
      seen.add(place);
      const resources = statement.resources.join(', ') || '*';
      findings.push({
        file,
        span,
        message: `This policy allows ${actions.join(', ')} on ${resources}${via}: ${powers(actions, whom(statement))}. Scope them to the SMTP users' ARNs or remove them.`,
        key: `${actions.join(',')}|${resources}`,
      });
    };
    for (const statement of model.iam.statements) {
      const actions = mintingActions(statement);
      if (actions.length > 0) report(statement.file, evidenceSpan(statement, actions), actions, statement, '');
    }
    for (const principal of model.iam.principals) {
      for (const grant of grantsOf(model.iam, principal.key)) {
        if (grant.via === 'policy') continue;
        const actions = mintingActions(grant.statement);
        if (actions.length > 0) report(grant.file, grant.span, actions, grant.statement, ` (through ${grant.via})`);
      }
    }
    return findings;
  },
};
