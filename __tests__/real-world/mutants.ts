// `npm run mutants`: mutation testing of the judgement over the real-world corpus. For every correct SES
// credential flow the model finds in a case (an IaC access key's parts where they land, the SMTP and AWS
// credentials of SES uses), it writes the mistakes people make at the model's own positions — the raw
// secret where the SMTP password was, an IAM user name where the SMTP user name was, the SMTP password
// where the secret key was, the SES host in each of its forms, a workflow's AWS secret in an SMTP password
// input — and requires each to draw its rule at its line, where the unmutated case has none.
// `-- --write-misses` records today's misses as the known ones the test holds the tool to.
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { classifyName } from '../../src/credentials/names.js';
import { classifyValue } from '../../src/credentials/values.js';
import type { CredentialKind } from '../../src/model/kinds.js';
import type { CredentialReference, CredentialUse } from '../../src/model/references.js';
import { fake } from '../helpers/scan.js';
import {
  baselineHas,
  loadCase,
  runMutant,
  type Edit,
  type LoadedCase,
  type Mutant,
  type MutantKind,
  type Outcome,
} from './mutant-scan.js';
import { blockOf, hostEdit, hostForms, hostsIn, useRegion, type Block, type Host } from './mutant-places.js';
import { formatMutantReport, knownMissesPath, missesOf } from './mutant-report.js';
import { loadCases } from './score.js';

const rules = {
  secretAsPassword: 'secret-key-as-smtp-password',
  userName: 'smtp-username-not-access-key-id',
  passwordAsSecret: 'smtp-password-as-secret-key',
} as const;

/** Synthetic values, checked against the project's own shape classifier so a mutant never rests on a bad value. */
function synthetic(kind: CredentialKind, value: string): string {
  if (classifyValue(value)?.kind !== kind) throw new Error(`synthetic ${kind} does not classify as one`);
  return value;
}

const syntheticSecretKey = synthetic('secret-access-key', fake.secretKey('m'));
const syntheticSmtpPassword = synthetic('smtp-password', fake.smtpPasswordV4());
/** What an IAM user is called: a name, not an access key ID. */
const iamUserName = 'ses-smtp-sender';

// ---------------------------------------------------------------------------------------------------
// Where a value lands: the slot's name and the kind it expects.

/** Slot names that say nothing of the value: the kind comes from the block that holds them. */
const genericSlotNames = new Set(['', 'value', 'values', 'plaintext', 'secret_string', 'secret_value', 'secretstring']);

const isSmtpPassword = (kind: CredentialKind | undefined) => kind === 'smtp-password' || kind === 'smtp-password-v2';

/**
 * The kind the slot expects, strongest evidence first: what the adapter read from the consumer, the
 * slot's own name, the name of the block that holds it (a Terraform output, parameter, module input).
 */
function slotKind(loaded: LoadedCase, reference: CredentialReference, block: Block): CredentialKind | undefined {
  const name = reference.sink.name;
  const classify = (text: string) => classifyName(text, loaded.config.nameRules)?.kind;
  const evidence = [
    reference.sink.expects,
    genericSlotNames.has(name.toLowerCase()) ? undefined : classify(name),
    classify(block.name),
  ];
  return evidence.find((kind) => kind !== undefined && kind !== 'ambiguous');
}

/** The credential a kind is part of: an access key's ID, its secret, or the SMTP password derived from it. */
function partOf(kind: CredentialKind | undefined): 'id' | 'secret' | 'password' | undefined {
  if (kind === 'access-key-id') return 'id';
  if (kind === 'secret-access-key') return 'secret';
  return isSmtpPassword(kind) ? 'password' : undefined;
}

/**
 * Whether the slot's kind contradicts the value the correct file writes there (a secret key where the
 * name says SMTP password): such a flow is already wrong, and a mutant of it would prove nothing.
 */
function contradicts(value: CredentialKind, slot: CredentialKind | undefined): boolean {
  const valuePart = partOf(value === 'smtp-username' ? 'access-key-id' : value);
  const slotPart = partOf(slot);
  return valuePart !== undefined && slotPart !== undefined && valuePart !== slotPart;
}

/** The kind of value the correct file writes there: an IaC attribute's, else what the model supplied. */
function valueKind(reference: CredentialReference): CredentialKind | undefined {
  return reference.source.type === 'attribute' ? reference.source.kind : reference.supplied?.kind;
}

interface Flow {
  reference: CredentialReference;
  value: CredentialKind;
  slot: CredentialKind | undefined;
  block: Block;
  uses: CredentialUse[];
  /** The text the reference spans, on its one line. */
  written: string;
  format: string;
}

/** Every correct credential flow of the case the model records, at a one-line position. */
function flowsOf(loaded: LoadedCase): Flow[] {
  const formats = new Map(loaded.model.files.map((file) => [file.file, file.format]));
  return loaded.model.references.flatMap((reference) => {
    const { span } = reference;
    const value = valueKind(reference);
    const format = formats.get(reference.file) ?? 'unknown';
    // A Terraform variable's kind comes through the module call from the attribute, whose flow is mutated itself.
    const terraformVariable = format === 'terraform' && reference.source.type === 'variable';
    if (span.startLine !== span.endLine || value === undefined || terraformVariable) return [];
    const block = blockOf(loaded, reference.file, span.startLine);
    const slot = slotKind(loaded, reference, block);
    if (contradicts(value, slot)) return [];
    const line = loaded.lines(reference.file)[span.startLine - 1] ?? '';
    return [
      {
        reference,
        value,
        slot,
        block,
        uses: loaded.model.usesByReference.get(reference.id) ?? [],
        written: line.slice(span.startColumn - 1, span.endColumn - 1),
        format,
      },
    ];
  });
}

const smtpTargets = (flow: Flow) => flow.uses.map((use) => use.destination.smtp?.target);

/** An SES SMTP use sees the slot, or (IaC) an SES host is written in the same block. */
function besideSes(loaded: LoadedCase, flow: Flow): boolean {
  return smtpTargets(flow).includes('ses') || hostsNear(loaded, flow).length > 0;
}

// ---------------------------------------------------------------------------------------------------
// Edits: the value put into the slot, written as the file writes such values.

function editIn(flow: Flow, from: number, length: number, replacement: string): Edit {
  const start = flow.reference.span.startColumn - 1 + from;
  return { file: flow.reference.file, line: flow.reference.span.startLine, start, end: start + length, replacement };
}

/** Replaces the last occurrence of `part` in the reference's text. */
function replacePart(flow: Flow, part: string, replacement: string): Edit | undefined {
  const from = flow.written.lastIndexOf(part);
  return from < 0 ? undefined : editIn(flow, from, part.length, replacement);
}

const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

/** A literal as the file writes it: as is, or base64-encoded (a Kubernetes Secret's `data:`). */
function replaceLiteral(flow: Flow, value: string, replacement: string): Placed | undefined {
  const plain = replacePart(flow, value, replacement);
  if (plain) return { variant: 'literal', edit: plain };
  const encoded = replacePart(flow, base64(value), base64(replacement));
  return encoded && { variant: 'base64 literal', edit: encoded };
}

const terraformAttribute =
  /^(aws_iam_access_key\.[\w-]+(?:\[[^\]]*\]|\.\*)*)\.(id|secret|ses_smtp_password_v4|ses_smtp_password)$/;
const cloudFormationAttribute = /\b([A-Za-z0-9]+)\.(SecretAccessKey|SMTPPassword)\b/;

/** A name in the style of the one it replaces (`SMTP_PASS` → `AWS_SECRET_ACCESS_KEY`, `aws-smtp-password` → `aws-secret-access-key`). */
function styled(like: string, words: readonly string[]): string {
  if (like.includes('-')) return words.join('-').toLowerCase();
  return like === like.toUpperCase() ? words.join('_').toUpperCase() : words.join('_').toLowerCase();
}

interface Placed {
  variant: string;
  edit: Edit;
}

/** The raw secret access key where the SMTP password was. */
function secretInto(flow: Flow): Placed | undefined {
  const { source } = flow.reference;
  if (source.type === 'attribute') {
    const terraform = terraformAttribute.exec(flow.written);
    if (terraform?.[1])
      return { variant: 'terraform .secret', edit: editIn(flow, 0, flow.written.length, `${terraform[1]}.secret`) };
    const cloudFormation = cloudFormationAttribute.exec(flow.written);
    if (cloudFormation?.[1]) {
      const edit = replacePart(flow, cloudFormation[0], `${cloudFormation[1]}.SecretAccessKey`);
      return edit && { variant: 'cloudformation SecretAccessKey', edit };
    }
    return undefined;
  }
  if (source.type === 'literal') {
    const placed = replaceLiteral(flow, source.value, syntheticSecretKey);
    return placed && { variant: `${placed.variant} secret key`, edit: placed.edit };
  }
  if (source.type === 'secret' || source.type === 'variable') {
    const edit = replacePart(flow, source.name, styled(source.name, ['AWS', 'SECRET', 'ACCESS', 'KEY']));
    return edit && { variant: source.type === 'secret' ? 'workflow secret' : `${flow.format} variable`, edit };
  }
  return undefined;
}

/** The SMTP password where the secret access key was. */
function passwordInto(loaded: LoadedCase, flow: Flow): Placed | undefined {
  const { source } = flow.reference;
  if (source.type === 'attribute') {
    const terraform = terraformAttribute.exec(flow.written);
    if (terraform?.[1])
      return {
        variant: 'terraform .ses_smtp_password_v4',
        edit: editIn(flow, 0, flow.written.length, `${terraform[1]}.ses_smtp_password_v4`),
      };
    // CloudFormation has no SMTP password attribute of its own; a custom resource that makes one names it in the file.
    const cloudFormation = cloudFormationAttribute.exec(flow.written);
    const derived = cloudFormation?.[1] && `${cloudFormation[1]}.SMTPPassword`;
    if (!derived || !loaded.text(flow.reference.file).includes(derived)) return undefined;
    const edit = replacePart(flow, cloudFormation[0], derived);
    return edit && { variant: 'cloudformation SMTPPassword', edit };
  }
  if (source.type === 'literal') {
    const placed = replaceLiteral(flow, source.value, syntheticSmtpPassword);
    return placed && { variant: `${placed.variant} SMTP password`, edit: placed.edit };
  }
  if (source.type === 'secret' || source.type === 'variable') {
    const edit = replacePart(flow, source.name, styled(source.name, ['SES', 'SMTP', 'PASSWORD']));
    return edit && { variant: source.type === 'secret' ? 'workflow secret' : `${flow.format} variable`, edit };
  }
  return undefined;
}

/** An IAM user's name where the access key ID was: the key's `.user`, the user's `.name`, or a literal name. */
function userNamesInto(loaded: LoadedCase, flow: Flow): Placed[] {
  const { source } = flow.reference;
  if (source.type === 'literal') {
    const placed = replaceLiteral(flow, source.value, iamUserName);
    return placed ? [{ variant: `${placed.variant} IAM user name`, edit: placed.edit }] : [];
  }
  if (source.type === 'secret' || source.type === 'variable') {
    const edit = replacePart(flow, source.name, styled(source.name, ['SES', 'IAM', 'USER', 'NAME']));
    return edit ? [{ variant: source.type === 'secret' ? 'workflow secret' : `${flow.format} variable`, edit }] : [];
  }
  if (source.type !== 'attribute') return [];
  const terraform = terraformAttribute.exec(flow.written);
  if (!terraform?.[1]) return [];
  const placed = [{ variant: 'terraform .user', edit: editIn(flow, 0, flow.written.length, `${terraform[1]}.user`) }];
  const user = userAddress(loaded, source.accessKey);
  if (!user) return placed;
  // The user is indexed as its key is (`aws_iam_access_key.x[0]` goes with `aws_iam_user.y[0]`).
  const indexAt = terraform[1].search(/\[|\.\*/);
  const index = indexAt < 0 ? '' : terraform[1].slice(indexAt);
  // The user's `id` is its name too: the `.id` of the wrong resource is the likeliest slip.
  for (const attribute of ['name', 'id'])
    placed.push({
      variant: `terraform aws_iam_user.${attribute}`,
      edit: editIn(flow, 0, flow.written.length, `${user}${index}.${attribute}`),
    });
  return placed;
}

/** The `aws_iam_user.NAME` address of the key's user, when IaC declares it. */
function userAddress(loaded: LoadedCase, accessKey: string): string | undefined {
  const key = loaded.model.iam.accessKeys.find((candidate) => candidate.key === accessKey);
  const address = key?.userKey?.split('::').pop();
  return address?.startsWith('aws_iam_user.') ? address : undefined;
}

// ---------------------------------------------------------------------------------------------------
// SES hosts near an SMTP password.

/**
 * The SES hosts of the flow's SMTP setting, the nearest first: in its own Terraform block; else in the
 * steps, services, containers or env files that use it; else (no use) in the YAML section that holds it.
 */
function hostsNear(loaded: LoadedCase, flow: Flow): Host[] {
  const { file, span } = flow.reference;
  const own = { file, startLine: flow.block.startLine, endLine: flow.block.endLine };
  const regions =
    flow.format !== 'terraform' && flow.uses.length > 0 ? flow.uses.map((use) => useRegion(loaded, use)) : [own];
  const hosts = regions.flatMap((region) =>
    hostsIn(loaded, region.file).filter((host) => host.line >= region.startLine && host.line <= region.endLine),
  );
  const distance = (host: Host) =>
    host.file === file ? Math.abs(host.line - span.startLine) : Number.MAX_SAFE_INTEGER;
  return hosts.sort((a, b) => distance(a) - distance(b) || a.line - b.line);
}

// ---------------------------------------------------------------------------------------------------
// The mutants of one case.

/** What holds the slot, for grouping misses: a Terraform block's type, else what uses the value. */
function holderOf(flow: Flow): string {
  if (flow.format === 'terraform') return flow.block.type;
  if (flow.format === 'dotenv') return 'env file';
  const use = flow.uses[0]?.label;
  if (!use) return 'no use';
  return use.includes('›') ? 'step' : (use.split(' ')[0] ?? use);
}

interface Injected {
  kind: MutantKind;
  variant: string;
  rule: string;
  value: CredentialKind;
}

function mutant(loaded: LoadedCase, flow: Flow, injected: Injected, edits: Edit[]): Mutant {
  const [first] = edits;
  if (!first) throw new Error('a mutant needs an edit');
  const { kind, variant, rule } = injected;
  return {
    id: `${loaded.slug}|${first.file}|${first.line}:${first.start + 1}|${kind}|${variant}`,
    slug: loaded.slug,
    kind,
    variant,
    holder: `${flow.format} ${holderOf(flow)}`,
    file: first.file,
    line: first.line,
    rule,
    injected: injected.value,
    edits,
  };
}

/** The SMTP password flows of the same access key written in the same block or use: siblings of a user-name slot. */
function hasPasswordSibling(flows: readonly Flow[], flow: Flow): boolean {
  const { source } = flow.reference;
  const sameUse = (other: Flow) => other.uses.some((use) => flow.uses.includes(use));
  return flows.some(
    (other) =>
      isSmtpPassword(other.value) &&
      other.reference.file === flow.reference.file &&
      (other.block.startLine === flow.block.startLine || sameUse(other)) &&
      (source.type !== 'attribute' ||
        (other.reference.source.type === 'attribute' && other.reference.source.accessKey === source.accessKey)),
  );
}

function passwordMutants(loaded: LoadedCase, flow: Flow): Mutant[] {
  const placed = secretInto(flow);
  if (!placed) return [];
  const kind: MutantKind = flow.reference.source.type === 'secret' ? 'workflow-secret-swap' : 'secret-as-smtp-password';
  const injected = (kind: MutantKind, variant: string): Injected => ({
    kind,
    variant,
    rule: rules.secretAsPassword,
    value: 'secret-access-key',
  });
  const made = [mutant(loaded, flow, injected(kind, placed.variant), [placed.edit])];
  const [host] = hostsNear(loaded, flow);
  if (!host) return made;
  const format = loaded.model.files.find((file) => file.file === host.file)?.format ?? flow.format;
  const original = loaded.lines(host.file)[host.line - 1]?.slice(host.start, host.end);
  for (const form of hostForms(host, format)) {
    if (form.text === original) continue;
    const edits = [placed.edit, hostEdit(loaded, host, form.text, format)];
    made.push(mutant(loaded, flow, injected(form.kind, `${placed.variant} + ${form.text}`), edits));
  }
  return made;
}

/** Only SMTP of another provider (Gmail, SendGrid …) sees the slot: its credentials are no SES credentials. */
const otherProviderOnly = (flow: Flow) => {
  const targets = smtpTargets(flow);
  return targets.length > 0 && targets.every((target) => target === 'other');
};

/**
 * The mutants of one flow. The slot is taken for an SMTP password (user name, secret key) when the model
 * or its name says so, or (SMTP) when an SES use or an SES host is beside it; a slot seen only by SMTP of
 * another provider is left out, and so is a user name slot outside SES (the rule is about SES only).
 */
function mutantsOfFlow(loaded: LoadedCase, flows: readonly Flow[], flow: Flow): Mutant[] {
  if (otherProviderOnly(flow)) return [];
  const smtpSlot = flow.slot === 'smtp-password' || flow.slot === 'smtp-password-v2' || flow.slot === 'smtp-username';
  if (isSmtpPassword(flow.value))
    return smtpSlot || besideSes(loaded, flow) || smtpTargets(flow).includes('unknown')
      ? passwordMutants(loaded, flow)
      : [];
  if (flow.value === 'secret-access-key') {
    const placed = flow.slot === 'secret-access-key' ? passwordInto(loaded, flow) : undefined;
    const injected: Injected = {
      kind: 'smtp-password-as-secret-key',
      variant: placed?.variant ?? '',
      rule: rules.passwordAsSecret,
      value: 'smtp-password',
    };
    return placed ? [mutant(loaded, flow, injected, [placed.edit])] : [];
  }
  if (flow.value === 'access-key-id' || flow.value === 'smtp-username') {
    const userSlot = flow.slot === 'smtp-username' || (flow.slot === undefined && hasPasswordSibling(flows, flow));
    const ses = flow.reference.source.type === 'attribute' || besideSes(loaded, flow);
    if (!userSlot || !ses) return [];
    return userNamesInto(loaded, flow).map((placed) =>
      mutant(
        loaded,
        flow,
        {
          kind: 'user-name-as-smtp-username',
          variant: placed.variant,
          rule: rules.userName,
          value: 'console-username',
        },
        [placed.edit],
      ),
    );
  }
  return [];
}

/** Every mutant of a case, once each, leaving out those whose rule the unmutated case already draws at the line. */
export function generateMutants(loaded: LoadedCase): Mutant[] {
  const flows = flowsOf(loaded);
  const byId = new Map<string, Mutant>();
  for (const flow of flows)
    for (const made of mutantsOfFlow(loaded, flows, flow))
      if (!byId.has(made.id) && !baselineHas(loaded, made.rule, made.file, made.line)) byId.set(made.id, made);
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Generates and runs the mutants of every case. */
export async function runAllMutants(): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  for (const testCase of loadCases()) {
    const loaded = await loadCase(testCase);
    for (const made of generateMutants(loaded)) outcomes.push(runMutant(loaded, made));
  }
  return outcomes;
}

async function main(): Promise<void> {
  const outcomes = await runAllMutants();
  console.log(formatMutantReport(outcomes));
  if (process.argv.includes('--write-misses')) {
    writeFileSync(knownMissesPath, `${JSON.stringify({ missed: missesOf(outcomes) }, null, 2)}\n`);
    console.error(`wrote ${knownMissesPath}`);
  }
}

/** `-- --flows`: every credential flow the model records and how many mutants it gave, to audit the generator. */
export async function explainFlows(): Promise<void> {
  for (const testCase of loadCases()) {
    const loaded = await loadCase(testCase);
    const flows = flowsOf(loaded);
    for (const flow of flows) {
      const made = mutantsOfFlow(loaded, flows, flow);
      if (flow.value === 'ambiguous') continue;
      console.log(
        `${loaded.slug} ${flow.reference.file}:${flow.reference.span.startLine} [${flow.written}] value=${flow.value} slot=${flow.slot} sink=${flow.reference.sink.name} block=${flow.block.type}:${flow.block.name} uses=${smtpTargets(flow).join(',')} made=${made.length}`,
      );
    }
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href)
  await (process.argv.includes('--flows') ? explainFlows() : main());
