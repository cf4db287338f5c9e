import { atReference, describeSink, describeSource, label, withArticle } from './helpers.js';
import type { Rule } from './types.js';

export const hardcodedAccessKey: Rule = {
  meta: {
    id: 'hardcoded-access-key',
    title: 'Hard-coded AWS access key',
    defaultSeverity: 'error',
    securitySeverity: 8.8,
    precision: 'high',
    help: "An access key ID or secret access key written into a file is readable by everyone who can read the repository, forever, in its history. Deactivate and rotate the key, then pass it in as an encrypted secret (`${{ secrets.NAME }}`) or, for the SES API, replace it with an OIDC role (`role-to-assume`). AWS's documentation example keys are not reported.",
    tags: ['security', 'aws', 'secret'],
  },
  check: (model) =>
    model.references
      .filter(
        (reference) =>
          reference.source.type === 'literal' &&
          (reference.supplied?.kind === 'access-key-id' || reference.supplied?.kind === 'secret-access-key'),
      )
      .map((reference) => {
        const kind = reference.supplied?.kind ?? 'access-key-id';
        return atReference(
          reference,
          `${withArticle(label(kind))} (${describeSource(reference)}) is hard-coded in ${describeSink(reference)}. Deactivate and rotate it, then pass it as a secret.`,
        );
      }),
};
