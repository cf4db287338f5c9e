import type { CredentialReference } from '../model/references.js';
import { atReference, describeSink, describeSource, label, withArticle } from './helpers.js';
import type { Rule } from './types.js';

function isHardcodedKeyPart(reference: CredentialReference): boolean {
  return (
    reference.source.type === 'literal' &&
    (reference.supplied?.kind === 'access-key-id' || reference.supplied?.kind === 'secret-access-key')
  );
}

export const hardcodedAccessKey: Rule = {
  meta: {
    id: 'hardcoded-access-key',
    title: 'Hard-coded AWS access key',
    defaultSeverity: 'error',
    securitySeverity: 8.8,
    precision: 'high',
    help: "An access key ID or secret access key written into a file is readable by everyone who can read the repository, forever, in its history. A secret access key, or a key ID with its secret beside it, is a working credential (error); a key ID alone names the account and the key, and says the secret is kept somewhere near (warning). Deactivate and rotate the key, then pass it in as an encrypted secret (`${{ secrets.NAME }}`) or, for the SES API, replace it with an OIDC role (`role-to-assume`). AWS's documentation example keys are not reported.",
    tags: ['security', 'aws', 'secret'],
  },
  check: (model) => {
    const parts = model.references.filter(isHardcodedKeyPart);
    const filesWithSecret = new Set(
      parts.filter((reference) => reference.supplied?.kind === 'secret-access-key').map((reference) => reference.file),
    );
    return parts.map((reference) => {
      const kind = reference.supplied?.kind ?? 'access-key-id';
      const lone = kind === 'access-key-id' && !filesWithSecret.has(reference.file);
      const finding = atReference(
        reference,
        lone
          ? `An access key ID (${describeSource(reference)}) is hard-coded in ${describeSink(reference)}, without its secret in this file: it names the account and the key. Deactivate and rotate the key if its secret is kept anywhere near, and pass the ID as a secret.`
          : `${withArticle(label(kind))} (${describeSource(reference)}) is hard-coded in ${describeSink(reference)}. Deactivate and rotate it, then pass it as a secret.`,
      );
      return lone ? { ...finding, severity: 'warning' as const } : finding;
    });
  },
};
