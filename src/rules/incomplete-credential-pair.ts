import type { CredentialKind } from '../model/kinds.js';
import { normalizeName } from '../credentials/names.js';
import { pairHalf, type PairHalf } from '../credentials/pair-names.js';
import { isPlaceholder, literalFits } from '../credentials/values.js';
import type { CredentialReference } from '../model/references.js';
import { referencesOf } from '../model/scan-model.js';
import { atReference, describeSource, label } from './helpers.js';
import type { Rule } from './types.js';
import { remembering } from '../common/collections.js';

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

const awsWords = /(?:^|_)(?:AWS|AMAZON|SES|IAM)(?:_|$)/;

/** The names a reference goes by, as written: its slot's, and its secret's or variable's. */
function namesOf(reference: CredentialReference): string[] {
  const { source, sink } = reference;
  return source.type === 'secret' || source.type === 'variable' ? [sink.name, source.name] : [sink.name];
}

function halvesOf(reference: CredentialReference, halfOf: (name: string) => PairHalf | undefined): PairHalf[] {
  return namesOf(reference).flatMap((name) => {
    const half = halfOf(name);
    return half && half.half !== 'token' ? [half] : [];
  });
}

/** The half a reference's slot takes, if any, given what it stands for. */
function slotKind(reference: CredentialReference, stands: Stands): CredentialKind | undefined {
  const kind = reference.sink.expects;
  if (kind === undefined || stands === 'nothing') return undefined;
  return kind === 'smtp-password-v2' ? 'smtp-password' : kind;
}

type Stands = 'credential' | 'stand-in' | 'nothing';

/**
 * What the rule reads of a reference, worked out once per reference however many steps it reaches:
 * what it stands for, the half its slot takes, and (`halves`, asked only when a step's slots do not pair
 * its lone half) its halves by name.
 */
interface Read {
  stands: Stands;
  kind: CredentialKind | undefined;
}

interface Reader {
  read: (reference: CredentialReference) => Read;
  halves: (reference: CredentialReference) => PairHalf[];
}

/** Reads each reference once, and each name once (the same few names recur across a repository's steps). */
function reader(): Reader {
  const halfOf = remembering(pairHalf);
  const read = remembering((reference: CredentialReference): Read => {
    const stands = standsFor(reference);
    return { stands, kind: slotKind(reference, stands) };
  });
  const halves = remembering((reference: CredentialReference): PairHalf[] =>
    read(reference).stands === 'nothing' ? [] : halvesOf(reference, halfOf),
  );
  return { read, halves };
}

/**
 * What a reference stands for in its slot. A literal that fits the slot is a credential; a placeholder or a
 * reference to a value kept elsewhere (`AKIAXXXXXXXXXXXXXXXX`, `$(aws ssm …)`) stands in for one, so it
 * completes its partner but is no lone half itself; a flag, number or enum word (`create_access_key = true`,
 * `access_key_status = "Inactive"`) or a key of another shape (Django's `SECRET_KEY`) is nothing.
 */
function standsFor(reference: CredentialReference): Stands {
  const { source, sink } = reference;
  if (source.type !== 'literal' || sink.expects === undefined || literalFits(sink.expects, source.value))
    return 'credential';
  if (isPlaceholder(source.value.trim())) return 'stand-in';
  // The user-info place of an `smtp://user:pass@host` URL holds a credential or a stand-in for one (`pass`), never a setting.
  return sink.type === 'url-userinfo' ? 'stand-in' : 'nothing';
}

/**
 * Who in one step could complete a half: reference ids by the kind of their slot, and (built when first
 * asked) by the half and stem their names give. Built once per step, so a step with many references stays
 * linear.
 */
interface PairIndex {
  byKind: Map<CredentialKind, Set<string>>;
  byHalf?: Map<string, Set<string>>;
}

const halfKey = (half: PairHalf['half'], stem: string): string => `${half}:${stem}`;

function addTo<K>(map: Map<K, Set<string>>, key: K, id: string): void {
  const ids = map.get(key);
  if (ids) ids.add(id);
  else map.set(key, new Set([id]));
}

function indexStep(all: readonly CredentialReference[], { read }: Reader): PairIndex {
  const index: PairIndex = { byKind: new Map() };
  for (const reference of all) {
    const { kind } = read(reference);
    if (kind) addTo(index.byKind, kind, reference.id);
  }
  return index;
}

function halfIndex(all: readonly CredentialReference[], { halves }: Reader): Map<string, Set<string>> {
  const byHalf = new Map<string, Set<string>>();
  for (const reference of all)
    for (const named of halves(reference)) addTo(byHalf, halfKey(named.half, named.stem), reference.id);
  return byHalf;
}

/** Some reference other than `self` is among `ids`. */
function hasOther(ids: ReadonlySet<string> | undefined, self: string): boolean {
  return ids !== undefined && (ids.size > 1 || (ids.size === 1 && !ids.has(self)));
}

/** The other half reaches the same step: by the kind of its slot, or by a name of the same stem. */
function isPaired(
  reference: CredentialReference,
  kind: CredentialKind,
  index: PairIndex,
  all: readonly CredentialReference[],
  reading: Reader,
): boolean {
  if ((partners[kind] ?? []).some((wanted) => hasOther(index.byKind.get(wanted), reference.id))) return true;
  const byHalf = (index.byHalf ??= halfIndex(all, reading));
  return reading
    .halves(reference)
    .some((mine) => hasOther(byHalf.get(halfKey(mine.half === 'id' ? 'secret' : 'id', mine.stem)), reference.id));
}

/** Speaks of access keys only when a name says AWS or the slot is an AWS one. */
function message(reference: CredentialReference, kind: CredentialKind): string {
  const aws =
    reference.sink.type === 'action-input' || namesOf(reference).some((name) => awsWords.test(normalizeName(name)));
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
    const reading = reader();
    const { read } = reading;
    for (const use of model.uses) {
      const all = referencesOf(model, use);
      if (all.length === 0 || all.some((reference) => reference.source.type === 'all-secrets')) continue;
      // Built when the step has a lone half to pair: most steps' references are none (a setting, a stand-in).
      let index: PairIndex | undefined;
      for (const reference of all) {
        const { kind, stands } = read(reference);
        if (!kind || !partners[kind] || stands !== 'credential') continue;
        if ((kind === 'smtp-username' || kind === 'smtp-password') && !use.destination.smtp) continue;
        index ??= indexStep(all, reading);
        if (isPaired(reference, kind, index, all, reading)) continue;
        flagged.set(reference.id, atReference(reference, message(reference, kind), kind));
      }
    }
    return [...flagged.values()];
  },
};
