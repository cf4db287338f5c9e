import type { CredentialKind } from '../credentials/kinds.js';
import type { CredentialReference } from '../model/references.js';
import { referencesOf } from '../model/scan-model.js';
import { atReference, describeSource, label } from './helpers.js';
import type { Rule } from './types.js';

/** Each half and the half it needs. */
const partners: Partial<Record<CredentialKind, CredentialKind>> = {
  'access-key-id': 'secret-access-key',
  'secret-access-key': 'access-key-id',
  'smtp-username': 'smtp-password',
  'smtp-password': 'smtp-username',
};

function slotKind(reference: CredentialReference): CredentialKind | undefined {
  const kind = reference.sink.expects;
  return kind === 'smtp-password-v2' ? 'smtp-password' : kind;
}

export const incompleteCredentialPair: Rule = {
  meta: {
    id: 'incomplete-credential-pair',
    title: 'Half of a credential pair',
    defaultSeverity: 'notice',
    securitySeverity: 1.0,
    precision: 'medium',
    help: 'Access keys and SMTP credentials work only as pairs: a key ID with its secret access key, an SMTP user name with its SMTP password. When only one half reaches a step, the other comes from somewhere this scan cannot see (a profile, an instance role, a default) or is missing, and the call fails or runs as another identity. Pass both halves to the same step, from secrets named as a pair.',
    tags: ['aws', 'ses', 'correctness'],
  },
  check: (model) => {
    const flagged = new Map<string, ReturnType<typeof atReference>>();
    for (const use of model.uses) {
      const references = referencesOf(model, use).filter((reference) => reference.source.type !== 'all-secrets');
      if (
        references.length === 0 ||
        referencesOf(model, use).some((reference) => reference.source.type === 'all-secrets')
      )
        continue;
      const present = new Set(references.map(slotKind));
      for (const reference of references) {
        const kind = slotKind(reference);
        const partner = kind ? partners[kind] : undefined;
        if (!kind || !partner || present.has(partner)) continue;
        if ((kind === 'smtp-username' || kind === 'smtp-password') && !use.destination.smtp) continue;
        flagged.set(
          reference.id,
          atReference(
            reference,
            `${describeSource(reference)} gives the ${label(kind)} without its ${label(partner)}. Pass both halves of the pair to the same step.`,
            kind,
          ),
        );
      }
    }
    return [...flagged.values()];
  },
};
