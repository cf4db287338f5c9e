import { normalizeName } from '../../credentials/names.js';
import { accessKeyIdInText, classifyValue } from '../../credentials/values.js';
import type { Destination, Sink, Span, ValueSource } from '../../model/references.js';
import type { ModelBuilder } from './builder.js';
import { emptyDestination } from './builder.js';
import { analyzeText, maskExpressions, type Slot, type TextFacts } from './text-slots.js';

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
  // Indexed loops: a cold scan runs this in the interpreter, where `for…of` builds an iterator result per item.
  const append = <T>(to: T[], from: readonly T[]) => {
    for (let index = 0; index < from.length; index++) to.push(from[index]!);
  };
  for (let index = 0; index < parts.length; index++) {
    const part = parts[index]!;
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
  // Asked of every value's slot name: `HOST`, `SERVER`, `ADDRESS` and `ENDPOINT` end in `t`, `r` or `s`.
  const last = name.charCodeAt(name.length - 1) | 0x20;
  return (last === 0x74 || last === 0x72 || last === 0x73) && hostVariable.test(name);
}

/**
 * Reads the secrets, variables, literals and SMTP facts of one value. Interpolated values become
 * references; literal values become references when they fill a credential slot or look like one.
 * Every lookup by offset is a binary search, so a value of 10 000 slots costs 10 000 steps, not 10 000².
 */
export function readValue(builder: ModelBuilder, input: ValueInput): Collected {
  const masked = maskExpressions(input.text, input.interpolations);
  const facts = analyzeText(masked, { script: input.script });
  const inInterpolation = rangeLookup(input.interpolations);
  const collected = smtpFacts(input, facts, inInterpolation);
  const slots = slotsOf(input, facts.slots);
  if (slots.some((slot) => isSmtpSlot(slot.sink))) collected.smtpSignal = true;
  const slotAt = innermostLookup(slots, input.outer);
  referInterpolations(builder, input, slotAt, collected);
  referLiterals(builder, input, masked, slots, inInterpolation, slotAt, collected);
  return collected;
}

/** What a value says of SMTP: the slot's own name, the servers and URLs in it, a server-named slot. */
function smtpFacts(input: ValueInput, facts: TextFacts, inInterpolation: RangeLookup): Collected {
  const { text, outer, interpolations } = input;
  const collected = emptyCollected();
  collected.names.push(outer.name);
  if (isSmtpSlot(outer)) collected.smtpSignal = true;
  collected.sesApi = facts.sesApi;
  for (const host of facts.smtpHosts) {
    collected.smtpSignal = true;
    if (inInterpolation.contains(host.start)) collected.interpolatedSmtpHost = true;
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
  return collected;
}

/** The slots of a value: those its text writes (named by the classifier), and the whole value's unless a URL is inside. */
function slotsOf(input: ValueInput, found: readonly Slot[]): Slot[] {
  const classify = input.classifyName;
  const slots: Slot[] = found.map((slot) =>
    classify && !slot.sink.expects ? { ...slot, sink: namedSink(slot.sink.type, slot.sink.name, classify) } : slot,
  );
  const urlInside = slots.some((slot) => slot.sink.type === 'url-userinfo');
  if (input.wholeValueSlot && !urlInside) slots.push({ start: 0, end: input.text.length, sink: input.outer });
  return slots;
}

/** Each secret, variable or input an interpolation reads, as a reference in the slot it stands in. */
function referInterpolations(
  builder: ModelBuilder,
  input: ValueInput,
  slotAt: (offset: number) => Sink,
  collected: Collected,
): void {
  const { interpolations } = input;
  for (let index = 0; index < interpolations.length; index++) {
    const interpolation = interpolations[index]!;
    if (interpolation.error)
      builder.problem(
        `expression does not parse: ${interpolation.error}`,
        input.locate(interpolation.start, interpolation.end),
      );
    const { accesses } = interpolation;
    for (let at = 0; at < accesses.length; at++) {
      const access = accesses[at]!;
      if (access.source.type === 'secret' || access.source.type === 'variable' || access.source.type === 'input')
        collected.names.push(access.source.name);
      collected.referenceIds.push(
        builder.reference(input.locate(access.start, access.end), access.source, slotAt(access.start)),
      );
    }
  }
}

/** Literal values in credential slots (or certain by their shape), then access key IDs anywhere else in the text. */
function referLiterals(
  builder: ModelBuilder,
  input: ValueInput,
  masked: string,
  slots: readonly Slot[],
  inInterpolation: RangeLookup,
  slotAt: (offset: number) => Sink,
  collected: Collected,
): void {
  const { text, locate } = input;
  const literalRanges: Array<{ start: number; end: number }> = [];
  for (let index = 0; index < slots.length; index++) {
    const slot = slots[index]!;
    if (inInterpolation.overlaps(slot.start, slot.end)) continue;
    const raw = text.slice(slot.start, slot.end);
    const trimmed = raw.trim();
    if (trimmed === '') continue;
    if (!slot.sink.expects && !classifyValue(trimmed)?.certain) continue;
    const start = slot.start + raw.indexOf(trimmed);
    literalRanges.push({ start, end: start + trimmed.length });
    collected.referenceIds.push(
      builder.reference(locate(start, start + trimmed.length), { type: 'literal', value: trimmed }, slot.sink),
    );
  }
  // `matchAll` copies the pattern on every call: most values hold no key ID's prefix, and need not.
  if (!keyIdPrefix.test(masked)) return;
  const inLiteral = rangeLookup(literalRanges);
  for (const match of masked.matchAll(accessKeyIdInText)) {
    const start = match.index;
    if (inLiteral.contains(start)) continue;
    collected.referenceIds.push(
      builder.reference(locate(start, start + match[0].length), { type: 'literal', value: match[0] }, slotAt(start)),
    );
  }
}

/** What every match of `accessKeyIdInText` starts with. */
const keyIdPrefix = /AKIA|ASIA|ABIA|ACCA/;

interface RangeLookup {
  /** Some range holds the offset. */
  contains: (offset: number) => boolean;
  /** Some range overlaps `start`…`end` (touching is not overlapping). */
  overlaps: (start: number, end: number) => boolean;
}

/**
 * Offsets against a set of ranges in logarithmic time: sorted by start, each with the furthest end among
 * it and those before it, so one binary search says whether a range starting before a point reaches past it.
 */
function rangeLookup(ranges: ReadonlyArray<{ start: number; end: number }>): RangeLookup {
  if (ranges.length === 0) return noRanges;
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  const reach: number[] = [];
  for (const range of sorted) reach.push(Math.max(range.end, reach[reach.length - 1] ?? -Infinity));
  const reachesPast = (count: number, offset: number) => count > 0 && (reach[count - 1] ?? -Infinity) > offset;
  return {
    contains: (offset) => reachesPast(startingBefore(sorted, offset + 1), offset),
    overlaps: (start, end) => end > start && reachesPast(startingBefore(sorted, end), start),
  };
}

const noRanges: RangeLookup = { contains: () => false, overlaps: () => false };

/** How many of `sorted` (by start) start before `offset`. */
function startingBefore(sorted: ReadonlyArray<{ start: number }>, offset: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((sorted[middle]?.start ?? 0) < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** How many slots before an offset the innermost-slot search looks at; slots nest a level or two, not more. */
const slotLookBack = 64;

/**
 * The innermost slot at an offset (the shortest that holds it), else `outer`: a binary search for the
 * last slot starting at or before the offset, then a short look back over the ones before it.
 */
function innermostLookup(slots: readonly Slot[], outer: Sink): (offset: number) => Sink {
  const sorted = slots.length > 1 ? [...slots].sort((a, b) => a.start - b.start || b.end - a.end) : slots;
  return (offset) => {
    const last = startingBefore(sorted, offset + 1);
    let best: Slot | undefined;
    for (let index = last - 1; index >= 0 && index >= last - slotLookBack; index--) {
      const slot = sorted[index];
      if (slot && offset < slot.end && (!best || slot.end - slot.start < best.end - best.start)) best = slot;
    }
    // The whole value's slot holds every offset, however many slots stand between.
    const first = sorted[0];
    if (!best && first && first.start <= offset && offset < first.end) best = first;
    return best?.sink ?? outer;
  };
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
  // Every form starts with `$`: most values hold none, and `matchAll` copies the pattern on every call.
  if (!text.includes('$')) return found;
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

/**
 * An SES SMTP server in any form a map's value writes it: a literal host, `[host]:port`, an `smtp://`
 * or `smtps://` URL, the region from a variable or an expression (`email-smtp.${AWS_REGION}.amazonaws.com`,
 * `email-smtp.${{ vars.AWS_REGION }}.amazonaws.com`).
 */
const sesSmtpHostForm =
  /email-smtp(?:-fips)?\.(?:[a-z]{2}(?:-[a-z]+)+-\d|\$\{\{[^}]{1,200}\}\}|\$\{[^}]{1,200}\}|\$[A-Za-z_][A-Za-z0-9_]{0,100})\.amazonaws\.com/i;

export function namesSesSmtpHost(text: string): boolean {
  return text.includes('email-smtp') && sesSmtpHostForm.test(text);
}

/** Another mail provider's word in a slot's name: the slot is that provider's, not the SES server's beside it. */
const otherProviderWord =
  /(?:^|_)(?:GMAIL|GOOGLE|SENDGRID|MAILGUN|POSTMARK|MAILTRAP|OFFICE365|O365|OUTLOOK|MICROSOFT|MAILJET|BREVO|SENDINBLUE|SPARKPOST|ZOHO|MANDRILL|MAILCHIMP|YAHOO|ICLOUD|FASTMAIL|RESEND|MAILERSEND|SMTP2GO|SENDPULSE|SOCKETLABS|MAILCHANNELS)(?:_|$)/;

/** What a slot's own name says it holds beside an SES SMTP server: its password or its user name. */
function smtpKindBesideHost(name: string): 'smtp-password' | 'smtp-username' | undefined {
  if (/(?:^|[_.-])(?:PASSWORD|PASS|PASSWD|PWD)$/i.test(name)) return 'smtp-password';
  if (/(?:^|[_.-])(?:USER|USERNAME|USER_NAME|LOGIN)$/i.test(name)) return 'smtp-username';
  return undefined;
}

/**
 * A slot's kind from its siblings: beside an SES SMTP server (`RELAY_HOST: "[email-smtp….amazonaws.com]:587"`),
 * a slot its name calls a password is the SMTP password and one it calls a user the SMTP user name,
 * where the name alone said nothing surer (`RELAY_PASSWORD` is any password elsewhere).
 */
export function withSiblingKind(sink: Sink, besideSesHost: boolean): Sink {
  if (!besideSesHost || (sink.expects !== undefined && sink.expects !== 'ambiguous')) return sink;
  // `GMAIL_USER` beside `SMTP_HOST=email-smtp.…` is the Gmail fallback's, whatever server the file also names.
  if (otherProviderWord.test(normalizeName(sink.name))) return sink;
  const kind = smtpKindBesideHost(sink.name);
  return kind ? { ...sink, expects: kind } : sink;
}
