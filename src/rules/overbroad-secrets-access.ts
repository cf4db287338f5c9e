import { awsKinds } from '../credentials/names.js';
import type { CredentialKind } from '../model/kinds.js';
import type { CredentialReference } from '../model/references.js';
import type { ScanModel } from '../model/scan-model.js';
import { atReference, describeSource } from './helpers.js';
import type { Rule, RuleFinding } from './types.js';
import { namedSecretsFix } from './fixes/workflow.js';
import { FixTexts } from './fixes/text.js';

const smtpKinds: ReadonlySet<CredentialKind> = new Set(['smtp-username', 'smtp-password', 'smtp-password-v2']);

/** How many secret names a message lists before it says how many more there are. */
const listed = 5;

/**
 * A secret is SES-relevant when its kind is an AWS credential's, or it is an SMTP credential used with no
 * other provider's server, or it reaches an SES use at all. Defined secrets (listed from the repository)
 * count by their name's kind.
 */
function sesRelevantSecrets(model: ScanModel): string[] {
  const names = new Set<string>();
  for (const reference of model.references) {
    if (reference.source.type !== 'secret') continue;
    if (isSesRelevant(model, reference)) names.add(reference.source.name);
  }
  for (const secret of model.repository.definedSecrets ?? [])
    if (secret.kind && (awsKinds.has(secret.kind) || smtpKinds.has(secret.kind))) names.add(secret.name);
  return [...names].sort();
}

function isSesRelevant(model: ScanModel, reference: CredentialReference): boolean {
  const kind = reference.supplied?.kind;
  if (kind && awsKinds.has(kind)) return true;
  const uses = model.usesByReference.get(reference.id) ?? [];
  if (uses.some((use) => use.destination.sesApi || use.destination.smtp?.target === 'ses')) return true;
  return kind !== undefined && smtpKinds.has(kind) && uses.every((use) => use.destination.smtp?.target !== 'other');
}

function listOf(names: readonly string[]): string {
  const shown = names
    .slice(0, listed)
    .map((name) => `\`${name}\``)
    .join(', ');
  return names.length > listed ? `${shown} and ${names.length - listed} more` : shown;
}

/**
 * `secrets: inherit` and `toJSON(secrets)` name the SES-relevant secrets they hand over; with none in sight
 * (a module's boilerplate workflows) they are a notice. A computed index picks a secret the file cannot show.
 */
function finding(reference: CredentialReference, sesSecrets: readonly string[]): RuleFinding {
  const what = describeSource(reference);
  if (reference.source.type === 'all-secrets' && reference.source.via === 'dynamic-index')
    return atReference(
      reference,
      `${what} can read any secret of the repository, SES credentials included. Pass only the secrets that are needed, by name.`,
    );
  if (sesSecrets.length === 0)
    return {
      ...atReference(
        reference,
        `${what} passes every secret of the repository; none this scan sees is an SES credential. Pass only the secrets that are needed, by name.`,
      ),
      severity: 'notice',
    };
  return atReference(
    reference,
    `${what} passes every secret of the repository, SES credentials included: ${listOf(sesSecrets)}. Pass only the secrets that are needed, by name.`,
  );
}

export const overbroadSecretsAccess: Rule = {
  meta: {
    id: 'overbroad-secrets-access',
    title: 'Every secret handed over at once',
    defaultSeverity: 'warning',
    securitySeverity: 5.0,
    precision: 'high',
    help: '`toJSON(secrets)`, a computed `secrets[…]` index and `secrets: inherit` hand every secret of the repository, including SES access keys and SMTP passwords, to a step or a called workflow that needs only some. Pass the secrets it needs by name, so a compromised step or workflow gets no more. The finding names the SES-relevant secrets the scan sees; with none, it is a notice.',
    tags: ['security', 'github-actions'],
  },
  check: (model, context) => {
    const overbroad = model.references.filter((reference) => reference.source.type === 'all-secrets');
    if (overbroad.length === 0) return [];
    const sesSecrets = sesRelevantSecrets(model);
    const texts = new FixTexts(context.texts);
    return overbroad.map((reference) => ({
      ...finding(reference, sesSecrets),
      fix:
        reference.source.type === 'all-secrets' && reference.source.via === 'inherit'
          ? namedSecretsFix(texts, model, reference)
          : undefined,
    }));
  },
};
