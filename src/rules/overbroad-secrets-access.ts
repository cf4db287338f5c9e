import { atReference, describeSource } from './helpers.js';
import type { Rule } from './types.js';
import { namedSecretsFix } from './fixes/workflow.js';
import { FixTexts } from './fixes/text.js';

export const overbroadSecretsAccess: Rule = {
  meta: {
    id: 'overbroad-secrets-access',
    title: 'Every secret handed over at once',
    defaultSeverity: 'warning',
    securitySeverity: 5.0,
    precision: 'high',
    help: '`toJSON(secrets)`, a computed `secrets[…]` index and `secrets: inherit` hand every secret of the repository, including SES access keys and SMTP passwords, to a step or a called workflow that needs only some. Pass the secrets it needs by name, so a compromised step or workflow gets no more.',
    tags: ['security', 'github-actions'],
  },
  check: (model, context) => {
    const texts = new FixTexts(context.texts);
    return model.references
      .filter((reference) => reference.source.type === 'all-secrets')
      .map((reference) => ({
        ...atReference(
          reference,
          `${describeSource(reference)} passes every secret of the repository, SES credentials included. Pass only the secrets that are needed, by name.`,
        ),
        fix:
          reference.source.type === 'all-secrets' && reference.source.via === 'inherit'
            ? namedSecretsFix(texts, model, reference)
            : undefined,
      }));
  },
};
