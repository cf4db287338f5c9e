import { actionMatches, credentialMintingActions, grantsOf } from '../credentials/iam.js';
import type { IamStatement } from '../model/iam.js';
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
    const report = (file: string, span: IamStatement['span'], actions: string[], resources: string[], via: string) => {
      const place = `${file}:${span.startLine}:${span.startColumn}`;
      if (seen.has(place) || onlySelf(resources)) return;
      seen.add(place);
      findings.push({
        file,
        span,
        message: `This policy allows ${actions.join(', ')} on ${resources.join(', ') || '*'}${via}: the permissions that create SMTP credentials also let the holder mint access keys for any user. Scope them to the SMTP users' ARNs or remove them.`,
        key: `${actions.join(',')}|${resources.join(',')}`,
      });
    };
    for (const statement of model.iam.statements) {
      const actions = mintingActions(statement);
      if (actions.length > 0) report(statement.file, statement.span, actions, statement.resources, '');
    }
    for (const principal of model.iam.principals) {
      for (const grant of grantsOf(model.iam, principal.key)) {
        if (grant.via === 'policy') continue;
        const actions = mintingActions(grant.statement);
        if (actions.length > 0)
          report(grant.file, grant.span, actions, grant.statement.resources, ` (through ${grant.via})`);
      }
    }
    return findings;
  },
};
