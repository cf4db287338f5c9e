import {
  actionMatches,
  allowsBeyondSmtp,
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

/** `${aws:username}` limits a grant to the caller's own user, which is the safe form. */
function onlySelf(resources: string[]): boolean {
  return resources.length > 0 && resources.every((resource) => resource.includes('${aws:username}'));
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
    help: "Creating SMTP credentials needs `iam:CreateUser`, `iam:CreateAccessKey` and `iam:PutUserPolicy`. Granted on `*` (or on users other than the caller), the same permissions let the identity create an access key for any user, administrators included, and give any user any policy: a privilege-escalation path. Keep SMTP-credential creation a manual or tightly scoped task; if automation must do it, limit the resource to the SMTP users' ARN path (for example `arn:aws:iam::<account>:user/system/ses-smtp-*`).",
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
        message: `This policy allows ${actions.join(', ')} on ${resources}${via}: the permissions that create SMTP credentials also let the holder mint access keys for ${whom(statement)}. Scope them to the SMTP users' ARNs or remove them.`,
        key: `${actions.join(',')}|${resources}`,
      });
    };
    for (const statement of model.iam.statements) {
      const actions = mintingActions(statement);
      if (actions.length > 0) report(statement.file, statement.span, actions, statement, '');
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
