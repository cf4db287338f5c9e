import { isScalar, type Scalar } from 'yaml';
import { isSmtpPasswordKind } from '../credentials/kinds.js';
import { accessKeyIdInText, classifyValue } from '../credentials/values.js';
import type { Destination, Sink } from '../model.js';
import { ModelBuilder, emptyDestination } from './builder.js';
import { findExpressions } from './expressions.js';
import type { FormatAdapter, ParseContext } from './types.js';
import { actionProfile } from './workflow/actions.js';
import { analyzeText, maskExpressions, type Slot } from './workflow/script.js';
import { YamlSource, getValue, mapPairs, scalarText, seqItems } from './yaml.js';

/** What one scalar, block or step contributes: its references and what it talks to. */
interface Collected {
  referenceIds: string[];
  sesHostRegions: string[];
  otherSmtpHosts: string[];
  smtpSignal: boolean;
  sesApi: boolean;
  names: string[];
}

const emptyCollected = (): Collected => ({ referenceIds: [], sesHostRegions: [], otherSmtpHosts: [], smtpSignal: false, sesApi: false, names: [] });

function merge(...parts: Collected[]): Collected {
  const merged = emptyCollected();
  for (const part of parts) {
    merged.referenceIds.push(...part.referenceIds);
    merged.sesHostRegions.push(...part.sesHostRegions);
    merged.otherSmtpHosts.push(...part.otherSmtpHosts);
    merged.names.push(...part.names);
    merged.smtpSignal ||= part.smtpSignal;
    merged.sesApi ||= part.sesApi;
  }
  return merged;
}

const hostVariable = /(?:^|_)(?:SMTP|MAIL|EMAIL|MAILER)_?(?:HOST|SERVER|ADDRESS|ENDPOINT|SERVER_ADDRESS)$/i;

class WorkflowReader {
  private readonly builder: ModelBuilder;

  constructor(
    private readonly source: YamlSource,
    private readonly context: ParseContext,
  ) {
    this.builder = new ModelBuilder(source.file, 'github-workflow');
    this.builder.addProblems(source.problems());
  }

  read(): ReturnType<ModelBuilder['build']> {
    for (const doc of this.source.documents) {
      const root = doc.contents;
      const runs = getValue(root, 'runs');
      if (runs !== undefined) {
        if (scalarText(getValue(runs, 'using'))?.toLowerCase() === 'composite') this.readSteps('composite action', seqItems(getValue(runs, 'steps')), emptyCollected());
        continue;
      }
      const workflowEnv = this.readEnv(getValue(root, 'env'));
      for (const jobPair of mapPairs(getValue(root, 'jobs'))) {
        const jobId = scalarText(jobPair.key) ?? '?';
        const job = jobPair.value;
        const inherited = merge(workflowEnv, this.readEnv(getValue(job, 'env')));
        const calls = getValue(job, 'uses');
        if (calls !== undefined) this.readReusableCall(jobId, job, calls, inherited);
        else this.readSteps(`job ${jobId}`, seqItems(getValue(job, 'steps')), inherited);
      }
    }
    return this.builder.build();
  }

  private readSteps(scope: string, steps: unknown[], inherited: Collected): void {
    const read = steps.map((step) => this.readStep(step));
    const jobSesApi = read.some((step) => step.collected.sesApi);
    const jobOidcRole = read.some((step) => step.oidcRole);
    read.forEach((step, index) => {
      const visible = merge(inherited, step.collected);
      const destination = this.destination(visible, step.purpose);
      destination.sesApi = step.purpose === 'aws-credentials' || destination.awsApi ? jobSesApi : step.collected.sesApi;
      destination.oidcRole = jobOidcRole;
      const name = scalarText(getValue(step.node, 'name')) ?? scalarText(getValue(step.node, 'uses')) ?? `#${index + 1}`;
      this.builder.use(`${scope} › step ${name}`, this.source.nodeSpan(step.node as Scalar), visible.referenceIds, destination);
    });
    if (steps.length === 0 && inherited.referenceIds.length > 0) this.builder.use(scope, this.source.span(0, 0), inherited.referenceIds, this.destination(inherited, 'unknown'));
  }

  private readStep(node: unknown) {
    const uses = scalarText(getValue(node, 'uses'));
    const profile = uses ? actionProfile(uses) : undefined;
    const parts: Collected[] = [this.readEnv(getValue(node, 'env'))];
    let oidcRole = false;
    let staticKeys = false;
    for (const pair of mapPairs(getValue(node, 'with'))) {
      const input = scalarText(pair.key) ?? '';
      const role = profile?.inputs(input);
      if (role?.oidcRole) oidcRole = true;
      if (role?.expects === 'access-key-id') staticKeys = true;
      const sink: Sink = { type: 'action-input', name: input, ...(uses ? { action: uses } : {}), ...(role?.expects ? { expects: role.expects } : {}) };
      const collected = this.readScalar(pair.value, sink, { script: false, wholeValueSlot: true });
      if (role?.smtpHost) this.noteHost(pair.value, collected);
      if (role?.smtpHost || role?.smtpUrl || role?.expects === 'smtp-username' || isSmtpPasswordKind(role?.expects)) collected.smtpSignal = true;
      parts.push(collected);
    }
    const run = getValue(node, 'run');
    if (run !== undefined) parts.push(this.readScalar(run, { type: 'script', name: 'run' }, { script: true, wholeValueSlot: false }));
    const collected = merge(...parts);
    if (profile?.purpose === 'mail') collected.smtpSignal = true;
    return { node, purpose: profile?.purpose ?? 'unknown', collected, oidcRole: oidcRole && !staticKeys };
  }

  private readReusableCall(jobId: string, job: unknown, calls: unknown, inherited: Collected): void {
    const parts: Collected[] = [inherited];
    const secrets = getValue(job, 'secrets');
    const inherit = scalarText(secrets);
    if (inherit !== undefined && isScalar(secrets)) {
      if (inherit.trim() === 'inherit') {
        const id = this.builder.reference(this.source.nodeSpan(secrets), { type: 'all-secrets', via: 'inherit' }, { type: 'reusable-workflow-secret', name: 'inherit' });
        parts.push({ ...emptyCollected(), referenceIds: [id] });
      }
    }
    for (const pair of mapPairs(secrets)) {
      const name = scalarText(pair.key) ?? '';
      parts.push(this.readScalar(pair.value, this.namedSink('reusable-workflow-secret', name), { script: false, wholeValueSlot: true }));
    }
    for (const pair of mapPairs(getValue(job, 'with'))) {
      parts.push(this.readScalar(pair.value, this.namedSink('action-input', scalarText(pair.key) ?? ''), { script: false, wholeValueSlot: true }));
    }
    const visible = merge(...parts);
    this.builder.use(`job ${jobId} › calls ${scalarText(calls) ?? '?'}`, this.source.nodeSpan(calls as Scalar), visible.referenceIds, this.destination(visible, 'unknown'));
  }

  private readEnv(node: unknown): Collected {
    const parts: Collected[] = [];
    for (const pair of mapPairs(node)) {
      const name = scalarText(pair.key) ?? '';
      const collected = this.readScalar(pair.value, this.namedSink('env', name), { script: false, wholeValueSlot: true });
      if (hostVariable.test(name)) this.noteHost(pair.value, collected);
      parts.push(collected);
    }
    return merge(...parts);
  }

  private namedSink(type: Sink['type'], name: string): Sink {
    const classified = this.context.classifyName(name);
    return classified ? { type, name, expects: classified.kind, ...(classified.root ? { root: true } : {}) } : { type, name };
  }

  private noteHost(node: unknown, collected: Collected): void {
    const host = scalarText(node)?.trim();
    collected.smtpSignal = true;
    if (!host || host.includes('${{')) return;
    if (!/email-smtp/i.test(host)) collected.otherSmtpHosts.push(host);
  }

  /** Reads the secrets, literals and SMTP facts of one scalar value. */
  private readScalar(node: unknown, outer: Sink, options: { script: boolean; wholeValueSlot: boolean }): Collected {
    const collected = emptyCollected();
    const text = scalarText(node);
    if (text === undefined || !isScalar(node)) return collected;
    collected.names.push(outer.name);
    const expressions = findExpressions(text);
    const masked = maskExpressions(text, expressions);
    const facts = analyzeText(masked, { script: options.script });
    collected.sesApi = facts.sesApi;
    for (const host of facts.smtpHosts) {
      collected.smtpSignal = true;
      if (host.sesRegion) collected.sesHostRegions.push(host.sesRegion);
      else collected.otherSmtpHosts.push(host.host);
    }
    if (facts.smtpUrl) collected.smtpSignal = true;
    const slots: Slot[] = [...facts.slots];
    const urlInside = facts.slots.some((slot) => slot.sink.type === 'url-userinfo');
    if (options.wholeValueSlot && !urlInside) slots.push({ start: 0, end: text.length, sink: outer });
    const slotAt = (offset: number): Sink => innermost(slots, offset)?.sink ?? outer;
    const spanOf = (start: number, end: number) => {
      const located = this.source.locateInScalar(node, start, end - start);
      return this.source.span(located.start, located.end);
    };

    for (const expression of expressions) {
      if (expression.error) this.builder.problem(`expression does not parse: ${expression.error}`, spanOf(expression.start, expression.end));
      for (const access of expression.accesses) {
        const sink = slotAt(access.start);
        const source = access.type === 'secret' ? { type: 'secret' as const, name: access.name } : { type: 'all-secrets' as const, via: access.via };
        if (access.type === 'secret') collected.names.push(access.name);
        collected.referenceIds.push(this.builder.reference(spanOf(access.start, access.end), source, sink));
      }
    }

    const literalRanges: Array<[number, number]> = [];
    for (const slot of slots) {
      const raw = masked.slice(slot.start, slot.end);
      if (/X{4,}/.test(raw) && expressions.some((e) => e.start < slot.end && e.end > slot.start)) continue;
      const trimmed = raw.trim();
      if (trimmed === '') continue;
      if (!slot.sink.expects && !classifyValue(trimmed)?.certain) continue;
      const start = slot.start + raw.indexOf(trimmed);
      literalRanges.push([start, start + trimmed.length]);
      collected.referenceIds.push(this.builder.reference(spanOf(start, start + trimmed.length), { type: 'literal', value: trimmed }, slot.sink));
    }
    for (const match of masked.matchAll(accessKeyIdInText)) {
      const start = match.index;
      if (literalRanges.some(([from, to]) => start >= from && start < to)) continue;
      collected.referenceIds.push(this.builder.reference(spanOf(start, start + match[0].length), { type: 'literal', value: match[0] }, slotAt(start)));
    }
    return collected;
  }

  private destination(visible: Collected, purpose: string): Destination {
    const destination = emptyDestination();
    if (visible.smtpSignal) {
      const regions = [...new Set(visible.sesHostRegions)];
      const sesNamed = visible.names.some((name) => /(?:^|[^A-Z])SES(?:[^A-Z]|$)/i.test(name));
      const target = regions.length > 0 ? 'ses' : visible.otherSmtpHosts.length > 0 ? 'other' : sesNamed ? 'ses' : 'unknown';
      destination.smtp = { target, regions };
    }
    destination.awsApi = purpose === 'aws-credentials' || visible.names.some((name) => /^AWS_(?:ACCESS_KEY_ID|SECRET_ACCESS_KEY)$/i.test(name));
    destination.registry = purpose === 'registry-login';
    return destination;
  }
}

function innermost(slots: Slot[], offset: number): Slot | undefined {
  let best: Slot | undefined;
  for (const slot of slots) {
    if (offset >= slot.start && offset < slot.end && (!best || slot.end - slot.start < best.end - best.start)) best = slot;
  }
  return best;
}

export const githubWorkflowAdapter: FormatAdapter = {
  id: 'github-workflow',
  description: 'GitHub Actions workflows and composite actions',
  matches: (path) => /^\.github\/workflows\/[^/]+\.ya?ml$/i.test(path) || /(?:^|\/)action\.ya?ml$/i.test(path),
  parse: (file, text, context) => new WorkflowReader(new YamlSource(file, text), context).read(),
};
