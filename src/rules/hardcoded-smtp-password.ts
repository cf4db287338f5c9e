import { isSmtpPasswordKind } from '../model/kinds.js';
import { looksLikeRealPassword } from '../credentials/values.js';
import type { CredentialReference } from '../model/references.js';
import { atReference, describeSink, describeSource, smtpUses, uniqueReferences } from './helpers.js';
import type { Rule } from './types.js';

/** The password of an `smtp://user:pass@host` URL, written out and not a name for one. */
function isRealUrlPassword(reference: CredentialReference): boolean {
  return (
    reference.source.type === 'literal' &&
    reference.sink.type === 'url-userinfo' &&
    reference.sink.name === 'password' &&
    reference.supplied?.kind !== 'secret-access-key' &&
    reference.supplied?.kind !== 'access-key-id' &&
    looksLikeRealPassword(reference.source.value)
  );
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
    // Only a value of the SMTP password's own shape is one; a name that says password proves nothing of its value.
    const byShape = model.references.filter(
      (reference) => reference.source.type === 'literal' && isSmtpPasswordKind(reference.supplied?.kind),
    );
    const inUrl = uniqueReferences(model, smtpUses(model, ['ses', 'unknown'])).filter(isRealUrlPassword);
    const unique = new Map([...byShape, ...inUrl].map((reference) => [reference.id, reference]));
    return [...unique.values()].map((reference) =>
      atReference(
        reference,
        `An SES SMTP password (${describeSource(reference)}) is hard-coded in ${describeSink(reference)}. Delete the access key it was derived from and pass new SMTP credentials as a secret.`,
        reference.supplied?.kind ?? 'smtp-password',
      ),
    );
  },
};
