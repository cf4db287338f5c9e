import { isSmtpPasswordKind } from '../../model/kinds.js';
import type { NameClassifier } from '../../model/references.js';
import { concatLists, emptyIam, type SmtpPasswordUse } from '../../model/iam.js';
import type { CredentialReference, CredentialUse, Destination } from '../../model/references.js';
import type { ModelJoin } from '../../model/scan-model.js';
import { emptyDestination } from '../shared/builder.js';
import { namedSink } from '../shared/values.js';
import { readConfiguration, type ReadConfiguration } from './facts.js';
import { folderOf } from './source.js';
import type { TerraformSource } from './source.js';
import { variableKey } from './variable-types.js';
import type { ValueFlow } from './value-flows.js';

declare module '../../model/scan-model.js' {
  interface FormatFacts {
    /** A Terraform file's parsed source, read with every other file of the configuration by the join. */
    terraformSource: TerraformSource;
  }
}

/** File names and labels come from the checkout: the key is JSON, which no name can cut. */
const useKey = (file: string, label: string, span: { startLine: number; startColumn: number }) =>
  JSON.stringify([file, label, span.startLine, span.startColumn]);

/**
 * Terraform's cross-file step: the whole configuration (every folder a module, local module calls
 * followed) is evaluated once; its IAM facts, exposures and wrong SMTP user names join the model, and
 * every access-key value that reaches a block's slot becomes a reference in that block's use.
 */
export const joinConfiguration: ModelJoin = (files, joined, context) => {
  const readAll = (): ReadConfiguration | null => {
    const sources = files.flatMap((file) => file.formatFacts?.terraformSource ?? []);
    if (sources.length === 0) return null;
    return { facts: readConfiguration(sources, context.classifyName), files: sources.map((source) => source.path) };
  };
  // The parse cache keeps what a configuration none of whose files changed says: their trees are not kept.
  const read = context.remember ? (context.remember('terraform', readAll) as ReadConfiguration | null) : readAll();
  if (!read) return joined;
  const { facts } = read;
  const terraformFiles = new Set(read.files);
  // A reference to a variable that holds a boolean or a number is no credential: its value says so.
  const dropped = new Set(
    joined.references
      .filter(
        (reference) =>
          reference.source.type === 'variable' &&
          terraformFiles.has(reference.file) &&
          facts.nonCredentialVariables.has(variableKey(folderOf(reference.file), reference.source.name)),
      )
      .map((reference) => reference.id),
  );
  // One reference per place an access key's attribute is written; a flow through a local, variable or
  // module output reuses the reference at its origin, so one value is reported once, where it is taken.
  const references: CredentialReference[] = [];
  const atPlace = new Map<string, string>();
  const idOf = (flow: ValueFlow) => {
    const place = JSON.stringify([
      flow.origin.file,
      flow.origin.span.startLine,
      flow.origin.span.startColumn,
      flow.name,
    ]);
    const known = atPlace.get(place);
    if (known) return known;
    const direct = flow.origin.file === flow.file && sameStart(flow.origin.span, flow.span);
    const reference = referenceOf(direct ? flow : { ...flow, ...flow.origin }, references.length, context.classifyName);
    references.push(reference);
    atPlace.set(place, reference.id);
    return reference.id;
  };
  const ordered = [...facts.flows].sort((a, b) => Number(isIndirect(a)) - Number(isIndirect(b)));
  const byUse = new Map<string, Array<{ flow: ValueFlow; id: string }>>();
  for (const flow of ordered) {
    const id = idOf(flow);
    // An output is no use of its values: what it exposes is an exposure, read above.
    if (flow.block.label.startsWith('output ')) continue;
    const key = useKey(flow.file, flow.block.label, flow.block.span);
    const same = byUse.get(key);
    if (same) same.push({ flow, id });
    else byUse.set(key, [{ flow, id }]);
  }
  const uses: CredentialUse[] = joined.uses.map((kept) => {
    const use = dropped.size > 0 ? { ...kept, referenceIds: kept.referenceIds.filter((id) => !dropped.has(id)) } : kept;
    // Flows are read in Terraform files only: the other files' uses need no key.
    if (byUse.size === 0 || !terraformFiles.has(use.file)) return use;
    const key = useKey(use.file, use.label, use.span);
    const added = byUse.get(key);
    if (!added) return use;
    byUse.delete(key);
    return withFlows(use, added);
  });
  let created = 0;
  for (const added of byUse.values()) {
    const first = added[0]?.flow;
    if (!first) continue;
    const id = `${first.file}#tu${++created}`;
    const base = { id, file: first.file, label: first.block.label, span: first.block.span };
    uses.push(withFlows({ ...base, referenceIds: [], destination: emptyDestination() }, added));
  }
  const smtpPasswordUses: SmtpPasswordUse[] = facts.flows
    .filter((flow) => flow.kind === 'smtp-password')
    .map((flow) => ({
      file: flow.file,
      span: flow.span,
      accessKeyKey: flow.accessKeyKey,
      derivedRegion: undefined,
      endpointRegions: flow.endpointRegions,
    }));
  const iam = concatLists(emptyIam(), [joined.iam, facts.iam, { ...emptyIam(), smtpPasswordUses }]);
  const kept =
    dropped.size > 0 ? joined.references.filter((reference) => !dropped.has(reference.id)) : joined.references;
  return { references: [...kept, ...references], uses, iam };
};

function sameStart(a: { startLine: number; startColumn: number }, b: { startLine: number; startColumn: number }) {
  return a.startLine === b.startLine && a.startColumn === b.startColumn;
}

function isIndirect(flow: ValueFlow): boolean {
  return flow.origin.file !== flow.file || !sameStart(flow.origin.span, flow.span);
}

function referenceOf(flow: ValueFlow, index: number, classify: NameClassifier): CredentialReference {
  return {
    // `#j`: the text layer hands out `#t` ids in the same file.
    id: `${flow.file}#j${index + 1}`,
    file: flow.file,
    span: flow.span,
    source: { type: 'attribute', name: flow.name, kind: flow.kind, accessKey: flow.accessKeyKey },
    // An output's value takes the kind its output's name says, under the slot's own name.
    sink: {
      ...(flow.kindFrom
        ? { ...namedSink('env', flow.kindFrom, classify), name: flow.slot }
        : namedSink('env', flow.slot, classify)),
      holder: holderOf(flow.block.label),
    },
    // An attribute's kind is known from the resource type, as file references are classified.
    supplied: { kind: flow.kind, root: false },
  };
}

/** A block's label as Terraform addresses it: `output smtp_password` is `output.smtp_password`. */
function holderOf(label: string): string {
  return label.includes('"') ? label : label.replace(/ /g, '.');
}

/** A use with the flows into its block: their references, and SES SMTP when an SMTP password arrives. */
function withFlows(use: CredentialUse, added: Array<{ flow: ValueFlow; id: string }>): CredentialUse {
  const destination: Destination = { ...use.destination };
  const flows = added.map((entry) => entry.flow);
  const regions = [...new Set(flows.flatMap((flow) => flow.endpointRegions))];
  if (regions.length > 0 && !destination.smtp) destination.smtp = { target: 'ses', regions };
  if (
    flows.some((flow) => isSmtpPasswordKind(flow.kind)) &&
    (!destination.smtp || destination.smtp.target === 'unknown')
  )
    destination.smtp = { target: 'ses', regions };
  if (flows.some((flow) => /^AWS_(?:ACCESS_KEY_ID|SECRET_ACCESS_KEY)$/i.test(flow.slot))) destination.awsApi = true;
  return { ...use, referenceIds: [...new Set([...use.referenceIds, ...added.map((entry) => entry.id)])], destination };
}
