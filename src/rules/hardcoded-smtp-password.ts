import { isSmtpPasswordKind } from '../credentials/kinds.js';
import { isPlaceholder } from '../credentials/values.js';
import type { CredentialReference } from '../model/references.js';
import {
  atReference,
  describeSink,
  describeSource,
  isSmtpPasswordSlot,
  smtpUses,
  uniqueReferences,
} from './helpers.js';
import type { Rule } from './types.js';

function isLiteral(reference: CredentialReference): boolean {
  return reference.source.type === 'literal';
}

export const hardcodedSmtpPassword: Rule = {
  meta: {
    id: 'hardcoded-smtp-password',
    title: 'Hard-coded SES SMTP password',
    defaultSeverity: 'error',
    securitySeverity: 8.1,
    precision: 'high',
    help: 'An SES SMTP password lets anyone who reads it send mail as your verified identities, and it is an IAM credential: it stays valid until the access key behind it is deleted. Delete that access key, create new SMTP credentials, and pass the password in as an encrypted secret.',
    tags: ['security', 'aws', 'ses', 'smtp', 'secret'],
  },
  check: (model) => {
    // SMTP-password-shaped literals anywhere, plus any literal in the password slot of a connection that may be SES.
    const byShape = model.references.filter(
      (reference) => isLiteral(reference) && isSmtpPasswordKind(reference.supplied?.kind),
    );
    const bySlot = uniqueReferences(model, smtpUses(model, ['ses', 'unknown'])).filter(
      (reference) =>
        isLiteral(reference) &&
        isSmtpPasswordSlot(reference) &&
        reference.source.type === 'literal' &&
        !isPlaceholder(reference.source.value) &&
        reference.supplied?.kind !== 'secret-access-key' &&
        reference.supplied?.kind !== 'access-key-id',
    );
    const unique = new Map([...byShape, ...bySlot].map((reference) => [reference.id, reference]));
    return [...unique.values()].map((reference) =>
      atReference(
        reference,
        `An SES SMTP password (${describeSource(reference)}) is hard-coded in ${describeSink(reference)}. Delete the access key it was derived from and pass new SMTP credentials as a secret.`,
        reference.supplied?.kind ?? 'smtp-password',
      ),
    );
  },
};
