import {
  allowsBeyondSmtp,
  apiUsedSmtpNamedUsers,
  grantsOf,
  grantsWholeServices,
  smtpUserKeys,
} from '../credentials/iam.js';
import type { Rule, RuleFinding } from './types.js';
import { firstBy } from '../common/collections.js';

export const overprivilegedSmtpUser: Rule = {
  meta: {
    id: 'overprivileged-smtp-user',
    title: 'SMTP user allowed more than sending mail',
    defaultSeverity: 'warning',
    securitySeverity: 6.5,
    precision: 'high',
    help: "SMTP credentials are IAM credentials: the access key behind them can call every API its user is allowed. An SES SMTP user needs `ses:SendRawEmail` (the policy the SES console creates) and nothing else; `ses:*`, `*`, IAM actions, AdministratorAccess or AmazonSESFullAccess turn a leaked SMTP password into account access. Limit the user's policy to `ses:SendRawEmail`, ideally with a `ses:FromAddress` condition.",
    tags: ['security', 'aws', 'iam', 'ses', 'smtp'],
  },
  check: (model) => {
    const findings: RuleFinding[] = [];
    const apiUsed = apiUsedSmtpNamedUsers(model);
    const principals = firstBy(model.iam.principals, (principal) => principal.key);
    for (const userKey of smtpUserKeys(model)) {
      const user = principals.get(userKey);
      for (const grant of grantsOf(model.iam, userKey)) {
        if (!allowsBeyondSmtp(grant.statement)) continue;
        // A key used with the SES API may need templates or attachments; whole services are still too much.
        if (apiUsed.has(userKey) && !grantsWholeServices(grant.statement)) continue;
        const actions = grant.statement.notAction
          ? `everything but ${grant.statement.actions.join(', ')}`
          : grant.statement.actions.join(', ');
        findings.push({
          file: grant.file,
          span: grant.span,
          message: `The SES SMTP user ${user?.label ?? userKey.split('::').pop()} is allowed ${actions}${grant.via === 'policy' ? '' : ` (through ${grant.via})`}. An SMTP user needs only ses:SendRawEmail; anyone with its SMTP password gets the rest.`,
          key: `${userKey}|${grant.statement.actions.join(',')}`,
        });
      }
    }
    return findings;
  },
};
