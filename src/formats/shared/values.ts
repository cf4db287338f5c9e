import { accessKeyIdInText, classifyValue } from '../../credentials/values.js';
import type { Destination, Sink, Span, ValueSource } from '../../model/references.js';
import type { ModelBuilder } from './builder.js';
import { emptyDestination } from './builder.js';
import { analyzeText, maskExpressions, type Slot } from './text-slots.js';

/** A `${{ secrets.X }}`, `${VAR}` or similar inside a value, with offsets relative to the value. */
export interface Interpolation {
  start: number;
  end: number;
  accesses: Array<{ source: ValueSource; start: number; end: number }>;
  error?: string;
}

/** What values contribute to a use: references, and what they talk to. */
export interface Collected {
  referenceIds: string[];
  sesHostRegions: string[];
  otherSmtpHosts: string[];
  /** An SMTP server comes from a secret or a variable: its provider cannot be known. */
  interpolatedSmtpHost: boolean;
  smtpSignal: boolean;
  sesApi: boolean;
  names: string[];
}

export const emptyCollected = (): Collected => ({
  referenceIds: [],
  sesHostRegions: [],
  otherSmtpHosts: [],
  interpolatedSmtpHost: false,
  smtpSignal: false,
  sesApi: false,
  names: [],
});

export function merge(...parts: Collected[]): Collected {
  return mergeAll(parts);
}

/** Item by item, from an array: a file of 400 000 assignments is too many arguments for one call. */
export function mergeAll(parts: readonly Collected[]): Collected {
  const merged = emptyCollected();
  const append = <T>(to: T[], from: readonly T[]) => {
    for (const item of from) to.push(item);
  };
  for (const part of parts) {
    append(merged.referenceIds, part.referenceIds);
    append(merged.sesHostRegions, part.sesHostRegions);
    append(merged.otherSmtpHosts, part.otherSmtpHosts);
    append(merged.names, part.names);
    merged.interpolatedSmtpHost ||= part.interpolatedSmtpHost;
    merged.smtpSignal ||= part.smtpSignal;
    merged.sesApi ||= part.sesApi;
  }
  return merged;
}

export interface ValueInput {
  text: string;
  /** Maps offsets of `text` to a span in the file. */
  locate: (start: number, end: number) => Span;
  /** The slot the whole value fills (an input, a variable). */
  outer: Sink;
  interpolations: Interpolation[];
  /** Shell script: also read assignments, `curl --user` and `aws ses` calls. */
  script: boolean;
  wholeValueSlot: boolean;
  /** The value is an SMTP server (an action input named so), whatever the slot's name. */
  smtpHost?: boolean;
  /** Names the variables a script assigns (`export SMTP_PASSWORD=…`), so their slots expect a kind. */
  classifyName?: (name: string) => { kind: Sink['expects']; root: boolean } | undefined;
}

const hostVariable = /(?:^|_)(?:SMTP|MAIL|EMAIL|MAILER)_?(?:HOST|SERVER|ADDRESS|ENDPOINT|SERVER_ADDRESS|SMTP_HOST)$/i;

/** A slot named as SMTP credentials (`SMTP_PASSWORD`, `MAIL_USERNAME`) says the values around it are for SMTP. */
export function isSmtpSlot(sink: Sink): boolean {
  return sink.expects === 'smtp-username' || sink.expects === 'smtp-password' || sink.expects === 'smtp-password-v2';
}

/** True for variable names that hold an SMTP server (`SMTP_HOST`, `EMAIL_HOST`, `MAIL_SERVER`). */
export function isSmtpHostName(name: string): boolean {
  return hostVariable.test(name);
}

/**
 * Reads the secrets, variables, literals and SMTP facts of one value. Interpolated values become
 * references; literal values become references when they fill a credential slot or look like one.
 */
export function readValue(builder: ModelBuilder, input: ValueInput): Collected {
  const { text, locate, outer, interpolations } = input;
  const collected = emptyCollected();
  collected.names.push(outer.name);
  if (isSmtpSlot(outer)) collected.smtpSignal = true;
  const masked = maskExpressions(text, interpolations);
  const facts = analyzeText(masked, { script: input.script });
  collected.sesApi = facts.sesApi;
  for (const host of facts.smtpHosts) {
    collected.smtpSignal = true;
    if (interpolations.some((i) => host.start >= i.start && host.start < i.end)) collected.interpolatedSmtpHost = true;
    else if (host.sesRegion) collected.sesHostRegions.push(host.sesRegion);
    else collected.otherSmtpHosts.push(host.host);
  }
  if (facts.smtpUrl) collected.smtpSignal = true;
  if (input.smtpHost || isSmtpHostName(outer.name)) {
    collected.smtpSignal = true;
    const host = text.trim();
    if (host && interpolations.length === 0 && !/email-smtp/i.test(host)) collected.otherSmtpHosts.push(host);
    else if (interpolations.length > 0) collected.interpolatedSmtpHost = true;
  }
  const classify = input.classifyName;
  const slots: Slot[] = facts.slots.map((slot) =>
    classify && !slot.sink.expects ? { ...slot, sink: namedSink(slot.sink.type, slot.sink.name, classify) } : slot,
  );
  if (slots.some((slot) => isSmtpSlot(slot.sink))) collected.smtpSignal = true;
  const urlInside = slots.some((slot) => slot.sink.type === 'url-userinfo');
  if (input.wholeValueSlot && !urlInside) slots.push({ start: 0, end: text.length, sink: outer });
  const slotAt = (offset: number): Sink => innermost(slots, offset)?.sink ?? outer;

  for (const interpolation of interpolations) {
    if (interpolation.error)
      builder.problem(
        `expression does not parse: ${interpolation.error}`,
        locate(interpolation.start, interpolation.end),
      );
    for (const access of interpolation.accesses) {
      if (access.source.type === 'secret' || access.source.type === 'variable' || access.source.type === 'input')
        collected.names.push(access.source.name);
      collected.referenceIds.push(
        builder.reference(locate(access.start, access.end), access.source, slotAt(access.start)),
      );
    }
  }

  const literalRanges: Array<[number, number]> = [];
  for (const slot of slots) {
    if (interpolations.some((i) => i.start < slot.end && i.end > slot.start)) continue;
    const raw = text.slice(slot.start, slot.end);
    const trimmed = raw.trim();
    if (trimmed === '') continue;
    if (!slot.sink.expects && !classifyValue(trimmed)?.certain) continue;
    const start = slot.start + raw.indexOf(trimmed);
    literalRanges.push([start, start + trimmed.length]);
    collected.referenceIds.push(
      builder.reference(locate(start, start + trimmed.length), { type: 'literal', value: trimmed }, slot.sink),
    );
  }
  for (const match of masked.matchAll(accessKeyIdInText)) {
    const start = match.index;
    if (literalRanges.some(([from, to]) => start >= from && start < to)) continue;
    collected.referenceIds.push(
      builder.reference(locate(start, start + match[0].length), { type: 'literal', value: match[0] }, slotAt(start)),
    );
  }
  return collected;
}

function innermost(slots: Slot[], offset: number): Slot | undefined {
  let best: Slot | undefined;
  for (const slot of slots) {
    if (offset >= slot.start && offset < slot.end && (!best || slot.end - slot.start < best.end - best.start))
      best = slot;
  }
  return best;
}

/** What a set of values talks to, from the hosts and names they mention. */
export function destinationOf(
  visible: Collected,
  purpose: 'aws-credentials' | 'registry-login' | 'mail' | 'unknown',
): Destination {
  const destination = emptyDestination();
  if (visible.smtpSignal) {
    const regions = [...new Set(visible.sesHostRegions)];
    const sesNamed = visible.names.some((name) => /(?:^|[^A-Z])SES(?:[^A-Z]|$)/i.test(name));
    // A server taken from a secret or a variable may be anything: the names around it do not make it SES.
    const target =
      regions.length > 0
        ? 'ses'
        : visible.otherSmtpHosts.length > 0
          ? 'other'
          : sesNamed && !visible.interpolatedSmtpHost
            ? 'ses'
            : 'unknown';
    destination.smtp = { target, regions };
  }
  destination.awsApi =
    purpose === 'aws-credentials' ||
    visible.names.some((name) => /^AWS_(?:ACCESS_KEY_ID|SECRET_ACCESS_KEY)$/i.test(name));
  destination.registry = purpose === 'registry-login';
  destination.sesApi = visible.sesApi;
  return destination;
}

/** Shell, Compose and Serverless interpolations: `${NAME}`, `${NAME:-default}`, `${env:NAME}`, `$NAME`. */
export function findVariableInterpolations(text: string): Interpolation[] {
  const found: Interpolation[] = [];
  // The `{0,512}` bounds keep an unclosed `${` run from making the search quadratic.
  for (const match of text.matchAll(
    /\$\{(?:env:)?([A-Za-z_][A-Za-z0-9_]{0,255})(?::?[-?=+][^}]{0,512})?\}|\$\{[^}]{0,512}\}|\$([A-Za-z_][A-Za-z0-9_]{0,255})/g,
  )) {
    const name = match[1] ?? match[2];
    const start = match.index;
    const end = start + match[0].length;
    found.push({ start, end, accesses: name ? [{ source: { type: 'variable', name }, start, end }] : [] });
  }
  return found;
}

/** The sink for a variable-like name, with what the name says it expects. */
export function namedSink(
  type: Sink['type'],
  name: string,
  classify: (name: string) => { kind: Sink['expects']; root: boolean } | undefined,
): Sink {
  const classified = classify(name);
  if (!classified?.kind) return { type, name };
  return { type, name, expects: classified.kind, ...(classified.root ? { root: true } : {}) };
}
