import { literalFits } from '../credentials/values.js';
import { atReference, describeSink, describeSource } from './helpers.js';
import type { Rule } from './types.js';

export const consoleCredentialsInAutomation: Rule = {
  meta: {
    id: 'console-credentials-in-automation',
    title: 'Console sign-in password in automation',
    defaultSeverity: 'error',
    securitySeverity: 8.1,
    precision: 'medium',
    help: "A console password signs a person in to the AWS Management Console; SES never accepts it for the API or for SMTP, and CI never needs it. Remove it from the pipeline. Use access keys (or an OIDC role) for the SES API, and SMTP credentials derived from an IAM user's key for SMTP.",
    tags: ['security', 'aws', 'console'],
  },
  check: (model) =>
    model.references
      .filter((reference) => {
        const root = reference.supplied?.root === true || reference.sink.root === true;
        const consolePassword =
          reference.supplied?.kind === 'console-password' || reference.sink.expects === 'console-password';
        if (!consolePassword || root) return false; // root-credentials reports the root user's password
        return reference.source.type !== 'literal' || literalFits('console-password', reference.source.value);
      })
      .map((reference) =>
        atReference(
          reference,
          `${describeSource(reference)} in ${describeSink(reference)} is a console sign-in password. Automation never needs console credentials, and SES does not accept them for the API or SMTP.`,
          'console-password',
        ),
      ),
};
