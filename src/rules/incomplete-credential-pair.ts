import type { CredentialKind } from '../credentials/kinds.js';
import { normalizeName } from '../credentials/names.js';
import type { CredentialReference } from '../model/references.js';
import { referencesOf } from '../model/scan-model.js';
import { atReference, describeSource, label } from './helpers.js';
import type { Rule } from './types.js';

/**
 * What completes each half. An SES SMTP user name is the access key ID, so a key ID and an SMTP password
 * make a pair too.
 */
const partners: Partial<Record<CredentialKind, readonly CredentialKind[]>> = {
  'access-key-id': ['secret-access-key', 'smtp-password'],
  'secret-access-key': ['access-key-id'],
  'smtp-username': ['smtp-password'],
  'smtp-password': ['smtp-username', 'access-key-id'],
};

/** The half a name is, and the stem two halves share (`COS_SECRET_ID` and `COS_SECRET_KEY` share `COS`). */
interface NamedHalf {
  stem: string;
  half: 'id' | 'secret';
}

const secretSuffix =
  /^(.*?)_?(?:SECRET_ACCESS_KEY|SECRET_KEY|ACCESS_KEY_SECRET|ACCESS_SECRET|SECRET|PASSWORD|PASSWD|PASS|PWD)$/;
const idSuffix = /^(.*?)_?(?:ACCESS_KEY_ID|ACCESS_KEY|KEY_ID|ACCESS_ID|SECRET_ID|USERNAME|USER_NAME|USER|LOGIN)$/;
const awsWords = /(?:^|_)(?:AWS|AMAZON|SES|IAM)(?:_|$)/;

function namesOf(reference: CredentialReference): string[] {
  const { source, sink } = reference;
  const names = [normalizeName(sink.name)];
  if (source.type === 'secret' || source.type === 'variable') names.push(normalizeName(source.name));
  return names;
}

function halvesOf(reference: CredentialReference): NamedHalf[] {
  return namesOf(reference).flatMap((name): NamedHalf[] => {
    const secret = secretSuffix.exec(name);
    if (secret) return [{ stem: secret[1] ?? '', half: 'secret' }];
    const id = idSuffix.exec(name);
    return id ? [{ stem: id[1] ?? '', half: 'id' }] : [];
  });
}

function slotKind(reference: CredentialReference): CredentialKind | undefined {
  const kind = reference.sink.expects;
  return kind === 'smtp-password-v2' ? 'smtp-password' : kind;
}

/** The other half reaches the same step: by the kind of its slot, or by a name of the same stem. */
function isPaired(reference: CredentialReference, kind: CredentialKind, others: CredentialReference[]): boolean {
  const wanted = partners[kind] ?? [];
  if (others.some((other) => wanted.includes(slotKind(other) ?? 'ambiguous'))) return true;
  const own = halvesOf(reference);
  return others.some((other) =>
    halvesOf(other).some((theirs) => own.some((mine) => mine.stem === theirs.stem && mine.half !== theirs.half)),
  );
}

/** Speaks of access keys only when a name says AWS or the slot is an AWS one. */
function message(reference: CredentialReference, kind: CredentialKind): string {
  const aws = reference.sink.type === 'action-input' || namesOf(reference).some((name) => awsWords.test(name));
  const partner = partners[kind]?.[0];
  if (aws || kind === 'smtp-username' || kind === 'smtp-password')
    return `${describeSource(reference)} gives the ${label(kind)} without its ${partner ? label(partner) : 'other half'}. Pass both halves of the pair to the same step.`;
  return `${describeSource(reference)} is one half of a key pair, and no other half of the same name reaches this step. Pass both halves of the pair to the same step.`;
}

export const incompleteCredentialPair: Rule = {
  meta: {
    id: 'incomplete-credential-pair',
    title: 'Half of a credential pair',
    defaultSeverity: 'notice',
    securitySeverity: 1.0,
    precision: 'medium',
    help: 'Access keys and SMTP credentials work only as pairs: a key ID with its secret access key, an SMTP user name (for SES, the key ID) with its SMTP password. When only one half reaches a step, the other comes from somewhere this scan cannot see (a profile, an instance role, a default) or is missing, and the call fails or runs as another identity. Pass both halves to the same step, from secrets named as a pair.',
    tags: ['aws', 'ses', 'correctness'],
  },
  check: (model) => {
    const flagged = new Map<string, ReturnType<typeof atReference>>();
    for (const use of model.uses) {
      const all = referencesOf(model, use);
      if (all.length === 0 || all.some((reference) => reference.source.type === 'all-secrets')) continue;
      for (const reference of all) {
        const kind = slotKind(reference);
        if (!kind || !partners[kind]) continue;
        if ((kind === 'smtp-username' || kind === 'smtp-password') && !use.destination.smtp) continue;
        const others = all.filter((other) => other.id !== reference.id);
        if (isPaired(reference, kind, others)) continue;
        flagged.set(reference.id, atReference(reference, message(reference, kind), kind));
      }
    }
    return [...flagged.values()];
  },
};
