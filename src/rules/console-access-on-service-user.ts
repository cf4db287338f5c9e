import { grantsOf, grantsSes, smtpUserKeys } from '../credentials/iam.js';
import type { Rule, RuleFinding } from './types.js';
import { firstBy } from '../common/collections.js';

export const consoleAccessOnServiceUser: Rule = {
  meta: {
    id: 'console-access-on-service-user',
    title: 'Console login on a user whose keys serve SES',
    defaultSeverity: 'warning',
    securitySeverity: 6.0,
    precision: 'high',
    help: 'A user whose access key sends mail (as SMTP credentials or through the SES API) is a machine identity. A console login profile on it adds a password that people type, phish and reuse, for an identity that already holds keys, and mixes human and machine access so that neither can be rotated or audited alone. Remove the login profile; give people their own IAM users or SSO.',
    tags: ['security', 'aws', 'iam', 'console'],
  },
  check: (model) => {
    const smtpUsers = smtpUserKeys(model);
    const findings: RuleFinding[] = [];
    const withKeys = new Set(model.iam.accessKeys.map((key) => key.userKey));
    const principals = firstBy(model.iam.principals, (principal) => principal.key);
    for (const profile of model.iam.loginProfiles) {
      if (!profile.userKey) continue;
      const hasKeys = withKeys.has(profile.userKey);
      const servesSes = smtpUsers.has(profile.userKey) || grantsSes(grantsOf(model.iam, profile.userKey));
      if (!hasKeys || !servesSes) continue;
      const user = principals.get(profile.userKey);
      findings.push({
        file: profile.file,
        span: profile.span,
        message: `The user ${user?.label ?? profile.userKey.split('::').pop()} has access keys used for SES and also a console login profile. Machine identities need no console password; remove the login profile.`,
        key: profile.userKey,
      });
    }
    return findings;
  },
};
