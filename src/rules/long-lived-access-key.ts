import { atReference, describeSink, describeSource } from './helpers.js';
import type { Rule, RuleFinding } from './types.js';
import { roleFormFix } from './fixes/workflow.js';
import { FixTexts } from './fixes/text.js';

export const longLivedAccessKey: Rule = {
  meta: {
    id: 'long-lived-access-key',
    title: 'Long-lived access key for the SES API',
    defaultSeverity: 'warning',
    securitySeverity: 5.3,
    precision: 'medium',
    help: "A job that calls the SES API can assume an IAM role through GitHub's OIDC provider (`role-to-assume` with `permissions: id-token: write`), getting credentials that expire within the hour. Static access keys stored as secrets never expire, must be rotated by hand and leak with any log or fork that exposes them. SMTP is different: it needs SMTP credentials, so this rule does not fire for SMTP.",
    tags: ['security', 'aws', 'ses', 'oidc'],
  },
  check: (model, context) => {
    const texts = new FixTexts(context.texts);
    const flagged = new Map<string, RuleFinding>();
    for (const use of model.uses) {
      if (!use.destination.sesApi || !use.destination.awsApi) continue;
      for (const id of use.referenceIds) {
        const reference = model.referenceById.get(id);
        if (
          !reference ||
          reference.sink.expects !== 'access-key-id' ||
          reference.sink.type === 'url-userinfo' ||
          reference.sink.type === 'command-argument'
        )
          continue;
        // A literal key is hardcoded-access-key's finding: it is not stored as a secret at all.
        if (reference.source.type === 'all-secrets' || reference.source.type === 'literal') continue;
        flagged.set(reference.id, {
          ...atReference(
            reference,
            `${describeSource(reference)} gives a long-lived access key to ${describeSink(reference)} in a job that calls the SES API. Assume a role with OIDC (\`role-to-assume\`) instead of storing static keys.`,
            'access-key-id',
          ),
          fix: roleFormFix(texts, reference),
        });
      }
    }
    return [...flagged.values()];
  },
};
