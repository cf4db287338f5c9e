import { scrubCredentials } from '../credentials/values.js';
import type { Channel } from '../model/kinds.js';
import { isConsoleKind, isSmtpPasswordKind } from '../model/kinds.js';
import type { CredentialReference, CredentialUse, Sink } from '../model/references.js';
import type { IacCredentialEntry, InventoryEntry } from '../model/results.js';
import type { ScanModel } from '../model/scan-model.js';
import { firstBy, groupBy, remembering } from '../common/collections.js';

const smtpChannels = { ses: 'ses-smtp', other: 'smtp', unknown: 'smtp-unknown' } as const;

/** The channel a reference is used for in one use. */
function channelOf(reference: CredentialReference, use: CredentialUse): Channel {
  const kind = reference.sink.expects;
  if (isConsoleKind(reference.supplied?.kind) || isConsoleKind(kind)) return 'console';
  const smtp = use.destination.smtp;
  if (smtp && (kind === 'smtp-username' || isSmtpPasswordKind(kind))) return smtpChannels[smtp.target];
  if (kind === 'access-key-id' || kind === 'secret-access-key' || kind === 'session-token')
    return use.destination.sesApi ? 'ses-api' : 'aws-api';
  if (use.destination.registry) return 'registry';
  if (smtp && smtp.target !== 'other' && reference.sink.type === 'action-input') return smtpChannels[smtp.target];
  return 'other';
}

/** Adds a path unless the entry has it already (`known` holds the entry's paths as keys: no scan of the list). */
function addPath(entry: InventoryEntry, path: InventoryEntry['paths'][number], known: Set<string>): void {
  const key = JSON.stringify([path.via, path.file, path.channel]);
  if (known.has(key)) return;
  known.add(key);
  entry.paths.push(path);
}

/** Every secret the scanned files use: its kind and where it flows. */
export function buildInventory(model: ScanModel): InventoryEntry[] {
  const entries = new Map<string, InventoryEntry>();
  // Each entry's channels and paths as sets while they are gathered; the channels are listed sorted at the end.
  const gathered = new Map<InventoryEntry, { channels: Set<Channel>; paths: Set<string> }>();
  // The same names and labels recur across a repository's references: each is scrubbed once.
  const scrub = remembering(scrubCredentials);
  for (const reference of model.references) {
    if (reference.source.type !== 'secret') continue;
    // A string index (`secrets['…']`) can hold any text, a pasted key too: names reach JSON, tables and Mermaid.
    const name = scrub(reference.source.name);
    const entry = entries.get(name) ?? {
      name,
      kind: reference.supplied?.kind,
      root: false,
      channels: [],
      locations: [],
      paths: [],
    };
    // A name that says nothing (`SES_USER`) takes its kind from the slot it fills: a mail action's user name.
    entry.kind ??= reference.sink.expects === 'ambiguous' ? undefined : reference.sink.expects;
    entry.root ||= reference.supplied?.root === true || reference.sink.root === true;
    entry.locations.push({ file: reference.file, line: reference.span.startLine, column: reference.span.startColumn });
    let sets = gathered.get(entry);
    if (!sets) {
      sets = { channels: new Set(entry.channels), paths: new Set() };
      gathered.set(entry, sets);
    }
    const { channels, paths } = sets;
    const uses = model.usesByReference.get(reference.id) ?? [];
    for (const use of uses) {
      const channel = channelOf(reference, use);
      channels.add(channel);
      addPath(entry, { via: scrub(use.label), file: use.file, channel }, paths);
    }
    if (uses.length === 0) {
      const channel = isConsoleKind(reference.supplied?.kind) ? 'console' : 'other';
      channels.add(channel);
      addPath(entry, { via: reference.file, file: reference.file, channel }, paths);
    }
    entries.set(name, entry);
  }
  for (const [entry, { channels }] of gathered) entry.channels = [...channels].sort();
  const defined = model.repository.definedSecrets;
  if (defined) {
    // GitHub matches secret names case-insensitively: grouped by upper case once, not a pass per name.
    const scopes = groupBy(defined, (secret) => secret.name.toUpperCase());
    for (const entry of entries.values())
      entry.definedIn = (scopes.get(entry.name.toUpperCase()) ?? []).map((secret) => secret.scope);
    const listed = new Set([...entries.values()].map((entry) => entry.name.toUpperCase()));
    // Defined but used by no scanned file: listed too, once per name in upper case, with every scope defining
    // it (a secret set for the repository and for an environment is in both), classified by name, flowing nowhere.
    for (const secret of defined) {
      const upper = secret.name.toUpperCase();
      if (listed.has(upper)) continue;
      listed.add(upper);
      entries.set(secret.name, {
        name: secret.name,
        kind: secret.kind,
        root: secret.root,
        channels: [],
        locations: [],
        paths: [],
        definedIn: (scopes.get(upper) ?? []).map((same) => same.scope),
      });
    }
  }
  return [...entries.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

const exposureLabels = {
  'terraform-output': 'Terraform output',
  'cloudformation-output': 'CloudFormation output',
  'cloudformation-custom-resource': 'custom resource without NoEcho',
  'ssm-parameter': 'SSM String parameter',
};

type Flow = IacCredentialEntry['flows'][number];

/** A bare attribute name ("value") says less than any other label. */
function isBareAttribute(label: string): boolean {
  return /^[A-Za-z_][\w-]*$/.test(label);
}

const exposures = new Set<string>(Object.values(exposureLabels));

/**
 * One flow per part and place. A reference and an exposure on the same line are one flow, labelled by
 * the exposure ("Terraform output") with what the reference adds; a bare attribute name alone reads
 * "the `value` attribute".
 */
export function mergeFlowsByPlace(flows: readonly Flow[]): Flow[] {
  const byPlace = new Map<string, Flow[]>();
  for (const flow of flows) {
    const place = `${flow.part}|${flow.file}|${flow.line}`;
    const same = byPlace.get(place);
    if (same) same.push(flow);
    else byPlace.set(place, [flow]);
  }
  return [...byPlace.values()].flatMap((same) => {
    const [head] = same;
    if (!head) return [];
    const exposure = same.find((flow) => exposures.has(flow.to));
    const described = same.find((flow) => !exposures.has(flow.to) && !isBareAttribute(flow.to));
    const to =
      exposure && described
        ? `${exposure.to}: ${described.to}`
        : (exposure?.to ?? described?.to ?? `the \`${head.to}\` attribute`);
    return [{ ...head, to }];
  });
}

/**
 * Where a value goes when no use names the place: an output is named alone (its value is the output), an
 * attribute with the resource that holds it, else the bare attribute name.
 */
function placeOf(sink: Sink): string {
  if (!sink.holder) return sink.name || 'an expression';
  return /^(?:output|Outputs)\./.test(sink.holder) ? sink.holder : `${sink.name} in ${sink.holder}`;
}

/** Every access key that IaC creates: its user, whether that user can sign in, and where its parts flow. */
export function buildIacInventory(model: ScanModel): IacCredentialEntry[] {
  // Grouped once, each group in the model's order: every access key then looks up only its own.
  const principals = firstBy(model.iam.principals, (principal) => principal.key);
  const referencesByKey = groupBy(
    model.references.flatMap((reference) =>
      reference.source.type === 'attribute'
        ? [{ reference, kind: reference.source.kind, accessKey: reference.source.accessKey }]
        : [],
    ),
    (attribute) => attribute.accessKey,
  );
  const exposuresByKey = groupBy(model.iam.exposures, (exposure) => exposure.accessKeyKey);
  const consoleUsers = new Set(model.iam.loginProfiles.flatMap((profile) => profile.userKey ?? []));
  return model.iam.accessKeys
    .map((accessKey) => {
      const user = accessKey.userKey === undefined ? undefined : principals.get(accessKey.userKey);
      const flows: IacCredentialEntry['flows'] = [];
      for (const { reference, kind } of referencesByKey.get(accessKey.key) ?? []) {
        const uses = model.usesByReference.get(reference.id) ?? [];
        const where = uses[0] ? `${reference.sink.name} in ${uses[0].label}` : placeOf(reference.sink);
        // Labels come from names in the files (step names, keys); redacted like every other free text.
        flows.push({
          part: kind,
          to: scrubCredentials(where),
          file: reference.file,
          line: reference.span.startLine,
        });
      }
      for (const exposure of exposuresByKey.get(accessKey.key) ?? []) {
        flows.push({
          part: exposure.kind,
          to: exposureLabels[exposure.channel],
          file: exposure.file,
          line: exposure.span.startLine,
        });
      }
      return {
        key: accessKey.key,
        file: accessKey.file,
        line: accessKey.span.startLine,
        user: user?.label ?? accessKey.userKey?.split('::').pop(),
        consoleAccess: accessKey.userKey !== undefined && consoleUsers.has(accessKey.userKey),
        flows: mergeFlowsByPlace(flows),
      };
    })
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
