// The one-line pieces the fast YAML reader (yaml-fast.ts) understands: plain and quoted scalars, block
// scalars and one-line flow sequences. Each reader returns where its piece is written and what it reads
// as, or undefined when the piece is outside the subset the fast reader is sure of, so that the `yaml`
// package parses the file instead.

import { lineEndAt } from '../../common/line-end.js';

const space = 32;
const hash = 35;
const colon = 58;
const comma = 44;
const singleQuote = 39;
const backslash = 92;
const doubleQuote = 34;
const openBracket = 91;
const closeBracket = 93;
const exclamation = 33;

/** The first offset at or after `from` on the line that is not a space. */
export function skipSpaces(text: string, from: number, lineEnd: number): number {
  let at = from;
  while (at < lineEnd && text.charCodeAt(at) === space) at++;
  return at;
}

/**
 * Whether a plain scalar may start at `at` in block context: not at a character that YAML reads as an
 * indicator (`- `, `? `, `: ` and the reserved or flow characters), which the fast reader leaves to `yaml`.
 */
export function startsPlain(text: string, at: number, lineEnd: number): boolean {
  const code = text.charCodeAt(at);
  if (code === 45 || code === 63 || code === colon) {
    const next = at + 1 < lineEnd ? text.charCodeAt(at + 1) : space;
    return next !== space;
  }
  return !indicatorStarts.has(code);
}

const indicatorStarts = new Set([...',[]{}#&*!|>\'"%@`'].map((char) => char.charCodeAt(0)));

/** A plain scalar on one line: its text ends at `end`; `stop` says what follows it on the line. */
export interface PlainRun {
  end: number;
  /** `colon`: a `:` indicator at `stopAt` (an implicit key); `comment`: a `#` at `stopAt`; `line`: the line's end. */
  stop: 'colon' | 'comment' | 'line';
  stopAt: number;
}

/** Reads a plain scalar in block context up to a `: ` indicator, a ` #` comment or the line's end, as `yaml`'s lexer does. */
export function scanPlain(text: string, from: number, lineEnd: number): PlainRun {
  let end = from;
  for (let at = from; at < lineEnd; at++) {
    const code = text.charCodeAt(at);
    if (code === colon) {
      if (at + 1 >= lineEnd || text.charCodeAt(at + 1) === space) return { end, stop: 'colon', stopAt: at };
      end = at + 1;
    } else if (code === space) {
      if (text.charCodeAt(at + 1) === hash) return { end, stop: 'comment', stopAt: at + 1 };
    } else end = at + 1;
  }
  return { end, stop: 'line', stopAt: lineEnd };
}

/** A quoted scalar on one line: its value and the offset just past its closing quote. */
export interface QuotedRun {
  value: string;
  end: number;
  type: 'QUOTE_SINGLE' | 'QUOTE_DOUBLE';
}

/**
 * Reads a quoted scalar that closes on its own line: single-quoted with `''` for a quote, double-quoted
 * with the escapes `yaml` knows (an unknown or malformed escape is a syntax error, left to `yaml`).
 */
export function scanQuoted(text: string, from: number, lineEnd: number): QuotedRun | undefined {
  const quote = text.charCodeAt(from);
  if (quote === doubleQuote) return scanDoubleQuoted(text, from, lineEnd);
  let value = '';
  let chunk = from + 1;
  for (let at = from + 1; at < lineEnd; at++) {
    if (text.charCodeAt(at) !== singleQuote) continue;
    value += text.slice(chunk, at);
    if (text.charCodeAt(at + 1) !== singleQuote) return { value, end: at + 1, type: 'QUOTE_SINGLE' };
    value += "'";
    at++;
    chunk = at + 1;
  }
  return undefined;
}

function scanDoubleQuoted(text: string, from: number, lineEnd: number): QuotedRun | undefined {
  let value = '';
  let chunk = from + 1;
  for (let at = from + 1; at < lineEnd; at++) {
    const code = text.charCodeAt(at);
    if (code === doubleQuote) return { value: value + text.slice(chunk, at), end: at + 1, type: 'QUOTE_DOUBLE' };
    if (code !== backslash) continue;
    const escape = readEscape(text, at, lineEnd);
    if (!escape) return undefined;
    value += text.slice(chunk, at) + escape.value;
    at += escape.width - 1;
    chunk = at + 1;
  }
  return undefined;
}

/** What the escape at `at` stands for and how many characters it takes, as `yaml` reads it (`doubleQuotedValue`). */
function readEscape(text: string, at: number, lineEnd: number): { value: string; width: number } | undefined {
  const name = text[at + 1];
  if (name === undefined || at + 1 >= lineEnd) return undefined;
  const simple = simpleEscapes.get(name);
  if (simple !== undefined) return { value: simple, width: 2 };
  const digits = name === 'x' ? 2 : name === 'u' ? 4 : name === 'U' ? 8 : 0;
  const hex = text.slice(at + 2, at + 2 + digits);
  if (digits === 0 || at + 2 + digits > lineEnd || !/^[0-9a-fA-F]+$/.test(hex)) return undefined;
  const code = parseInt(hex, 16);
  return code > 0x10ffff ? undefined : { value: String.fromCodePoint(code), width: 2 + digits };
}

const simpleEscapes = new Map([
  ['0', '\0'],
  ['a', '\x07'],
  ['b', '\b'],
  ['e', '\x1b'],
  ['f', '\f'],
  ['n', '\n'],
  ['r', '\r'],
  ['t', '\t'],
  ['v', '\v'],
  ['N', '\u0085'],
  ['_', '\u00a0'],
  ['L', '\u2028'],
  ['P', '\u2029'],
  [' ', ' '],
  ['"', '"'],
  ['/', '/'],
  ['\\', '\\'],
]);

/** Whether only spaces and then a comment or nothing follow `from` on the line. */
export function restIsBlank(text: string, from: number, lineEnd: number): boolean {
  const at = skipSpaces(text, from, lineEnd);
  return at === lineEnd || (at > from && text.charCodeAt(at) === hash);
}

/** A scalar in a flow sequence: where its text is and where its range ends (past the spaces after it). */
export interface FlowScalar {
  kind: 'scalar';
  /** A local tag before it (`!Ref name`). */
  tag: LocalTag | undefined;
  start: number;
  end: number;
  rangeEnd: number;
  plain: boolean;
  value: string;
  type: 'PLAIN' | 'QUOTE_SINGLE' | 'QUOTE_DOUBLE';
}

/**
 * One step through a flow sequence, in document order: a sequence opens (at its `[`), a scalar, a
 * sequence closes (past its `]`, and past the spaces after it where it is nested).
 */
export type FlowEvent =
  | { kind: 'open'; tag: LocalTag | undefined; start: number }
  | { kind: 'close'; end: number; rangeEnd: number }
  | FlowScalar;

/** Deeper flow sequences are left to `yaml`, whose composer recurses on them. */
export const maxFlowDepth = 32;

/**
 * Reads a flow sequence that closes on its own line and holds scalars and flow sequences (CloudFormation's
 * `!Join ['-', [!Ref Env, name]]`): no maps, no pairs, no comments inside, nothing but a comment after it.
 */
export function scanFlowSequence(text: string, open: number, lineEnd: number): FlowEvent[] | undefined {
  const events: FlowEvent[] = [{ kind: 'open', tag: undefined, start: open }];
  let depth = 1;
  let at = skipSpaces(text, open + 1, lineEnd);
  while (at < lineEnd) {
    if (text.charCodeAt(at) === closeBracket) {
      depth--;
      const rangeEnd = depth === 0 ? at + 1 : skipSpaces(text, at + 1, lineEnd);
      events.push({ kind: 'close', end: at + 1, rangeEnd });
      if (depth === 0) return restIsBlank(text, at + 1, lineEnd) ? events : undefined;
      at = afterItem(text, rangeEnd, lineEnd);
      continue;
    }
    const tag = text.charCodeAt(at) === exclamation ? scanTag(text, at, lineEnd) : undefined;
    const start = tag ? skipSpaces(text, tag.end, lineEnd) : at;
    if (text.charCodeAt(start) === openBracket) {
      if (++depth > maxFlowDepth) return undefined;
      events.push({ kind: 'open', tag, start });
      at = skipSpaces(text, start + 1, lineEnd);
      continue;
    }
    const item = scanFlowScalar(text, start, lineEnd, tag);
    if (!item) return undefined;
    events.push(item);
    at = afterItem(text, item.rangeEnd, lineEnd);
  }
  return undefined;
}

/** Past the `,` after an item (and the spaces after it), or at the `]` that closes its sequence; else the line's end. */
function afterItem(text: string, at: number, lineEnd: number): number {
  const next = text.charCodeAt(at);
  if (next === comma) return skipSpaces(text, at + 1, lineEnd);
  return next === closeBracket ? at : lineEnd;
}

function scanFlowScalar(text: string, at: number, lineEnd: number, tag: LocalTag | undefined): FlowScalar | undefined {
  const code = text.charCodeAt(at);
  if (code === singleQuote || code === doubleQuote) {
    const quoted = scanQuoted(text, at, lineEnd);
    if (!quoted) return undefined;
    const rangeEnd = skipSpaces(text, quoted.end, lineEnd);
    return {
      kind: 'scalar',
      tag,
      start: at,
      end: quoted.end,
      rangeEnd,
      plain: false,
      value: quoted.value,
      type: quoted.type,
    };
  }
  // `-a` and `?a` are plain; `-,` and `-]` are not, in a flow sequence.
  if (
    !startsPlain(text, at, lineEnd) ||
    code === colon ||
    ((code === 45 || code === 63) && flowStops.has(text.charCodeAt(at + 1)))
  )
    return undefined;
  let end = at;
  let scan = at;
  for (; scan < lineEnd; scan++) {
    const char = text.charCodeAt(scan);
    if (char === comma || char === closeBracket) break;
    // Flow indicators, pairs and comments inside a flow sequence are left to `yaml`.
    if (flowStops.has(char)) return undefined;
    // `iam:GetUser` is one scalar; `key: value` and `key:,` are pairs.
    if (char === colon && (scan + 1 >= lineEnd || flowEnds.has(text.charCodeAt(scan + 1)))) return undefined;
    if (char !== space) end = scan + 1;
  }
  if (end === at) return undefined;
  return {
    kind: 'scalar',
    tag,
    start: at,
    end,
    rangeEnd: scan,
    plain: true,
    value: text.slice(at, end),
    type: 'PLAIN',
  };
}

const flowStops = new Set([...'[]{},#\'"'].map((char) => char.charCodeAt(0)));
const flowEnds = new Set([...' ,[]{}'].map((char) => char.charCodeAt(0)));

/**
 * Reads an anchor (`&name`) or alias (`*name`) name as `yaml`'s lexer does (up to a space or flow
 * character), followed by a space or the line's end. A name ending in `:` (which `yaml` warns about) or
 * an empty one is left to `yaml`.
 */
export function scanAnchorName(text: string, at: number, lineEnd: number): { name: string; end: number } | undefined {
  let end = at + 1;
  while (end < lineEnd && !flowEnds.has(text.charCodeAt(end))) end++;
  const name = text.slice(at + 1, end);
  if (name === '' || name.endsWith(':') || (end < lineEnd && text.charCodeAt(end) !== space)) return undefined;
  return { name, end };
}

/** A local tag such as CloudFormation's `!Ref`: its name, where it is written and where it ends. */
export interface LocalTag {
  name: string;
  at: number;
  end: number;
}

/**
 * Reads a local tag of letters, digits, `-` and `_` followed by a space or the line's end, the tags
 * CloudFormation and others write, which `yaml` cannot resolve: it warns and reads the value as a string.
 * Anything else (`!!str`, `!<…>`, `!e!x`) is left to `yaml`.
 */
export function scanTag(text: string, at: number, lineEnd: number): LocalTag | undefined {
  let end = at + 1;
  while (end < lineEnd && isTagChar(text.charCodeAt(end))) end++;
  if (end === at + 1 || (end < lineEnd && text.charCodeAt(end) !== space)) return undefined;
  return { name: text.slice(at, end), at, end };
}

function isTagChar(code: number): boolean {
  return (
    (code >= 48 && code <= 57) ||
    (code >= 65 && code <= 90) ||
    (code >= 97 && code <= 122) ||
    code === 45 ||
    code === 95
  );
}

/** An empty flow map, `{}`, with nothing but a comment after it: the offset past its `}`. */
export function scanEmptyFlowMap(text: string, open: number, lineEnd: number): number | undefined {
  const close = skipSpaces(text, open + 1, lineEnd);
  if (text.charCodeAt(close) !== 125 || !restIsBlank(text, close + 1, lineEnd)) return undefined;
  return close + 1;
}

/** A Go template action written as a YAML value (`name: {{ .Values.name }}`): where its expression is. */
export interface TemplatePlaceholder {
  /** The expression between the braces, less the spaces around it. */
  value: string;
  start: number;
  end: number;
  /** The first `}` of the closing `}}`. */
  close: number;
}

/**
 * A Helm value `{{ expression }}` with nothing after it on the line, which YAML reads as a flow map whose
 * one key is a flow map whose one key is the expression, a plain scalar (no values). Only expressions that
 * are one flow plain scalar are taken: no flow indicators, `:` or `#` inside, and a first character that
 * is no indicator (`{{- if …}}`, `{{ "x" }}` are left to `yaml`).
 */
export function scanTemplatePlaceholder(text: string, open: number, lineEnd: number): TemplatePlaceholder | undefined {
  if (text.charCodeAt(open + 1) !== 123) return undefined;
  const start = skipSpaces(text, open + 2, lineEnd);
  if (!startsTemplateExpression(text.charCodeAt(start))) return undefined;
  let end = start;
  for (let at = start; at < lineEnd; at++) {
    const code = text.charCodeAt(at);
    if (code === 125) {
      if (text.charCodeAt(at + 1) !== 125 || skipSpaces(text, at + 2, lineEnd) !== lineEnd) return undefined;
      return { value: text.slice(start, end), start, end, close: at };
    }
    if (notInFlowPlain[code]) return undefined;
    if (code !== space) end = at + 1;
  }
  return undefined;
}

/** Whether a template expression may start with `code`: a letter, digit, `.`, `$`, `(` or `_`. */
function startsTemplateExpression(code: number): boolean {
  return (
    (code >= 97 && code <= 122) ||
    (code >= 65 && code <= 90) ||
    (code >= 48 && code <= 57) ||
    code === 46 ||
    code === 36 ||
    code === 40 ||
    code === 95
  );
}

/** Characters that end or change a plain scalar in a flow collection (and tabs, which the reader never takes). */
const notInFlowPlain = new Uint8Array(128);
for (const char of ',[]{}:#\t') notInFlowPlain[char.charCodeAt(0)] = 1;

/**
 * Consecutive lines alike (of spaces only, or comments), held as one record whatever their number, so a
 * flood of blank lines costs no memory per line: where the first and second lines' text ends (their
 * line breaks), where the last line's does, and where the line after them starts.
 */
export interface LineRun {
  lines: number;
  textEnd: number;
  secondTextEnd: number;
  lastTextEnd: number;
  end: number;
}

/** A run of one line. */
export function lineRun(textEnd: number, end: number): LineRun {
  return { lines: 1, textEnd, secondTextEnd: textEnd, lastTextEnd: textEnd, end };
}

/** Adds the line after `run` (whose text ends at `textEnd`, and the next starts at `end`) to it. */
export function extendRun(run: LineRun, textEnd: number, end: number): void {
  if (run.lines === 1) run.secondTextEnd = textEnd;
  run.lines++;
  run.lastTextEnd = textEnd;
  run.end = end;
}

/** The first two line breaks of a run (fewer if it has fewer): all that the reader asks of them. */
export function firstBreaks(run: LineRun): number[] {
  const lastHasBreak = run.end > run.lastTextEnd;
  if (run.lines === 1) return lastHasBreak ? [run.textEnd] : [];
  if (run.lines === 2 && !lastHasBreak) return [run.textEnd];
  return [run.textEnd, run.secondTextEnd];
}

/** A block scalar (`|`, `>-`, …): its value, where its text ends and the blank lines after it that are not its own. */
export interface BlockScalar {
  value: string;
  type: 'BLOCK_LITERAL' | 'BLOCK_FOLDED';
  /** The offset past its last line (the range's end). */
  end: number;
  /** The offset of the first line that is not part of it (past blank lines it does not keep). */
  next: number;
  /** Blank lines after `end`, before `next`: the following node's trivia. */
  trailingBlank: LineRun | undefined;
}

/**
 * Reads a block scalar whose header is at `header` and whose content starts at `contentStart`, in a
 * collection indented `parentIndent`. Declines an indentation indicator, leading blank lines, blank lines
 * with more spaces than the content's indentation, more-indented lines in a folded scalar and a kept
 * (`|+`) scalar that ends without a line break: each reads differently in ways not worth copying.
 */
export function scanBlockScalar(
  text: string,
  header: number,
  headerEnd: number,
  parentIndent: number,
): BlockScalar | undefined {
  const literal = text.charCodeAt(header) === 124;
  const chomp = text.charCodeAt(header + 1);
  const chomping = chomp === 45 ? 'strip' : chomp === 43 ? 'keep' : 'clip';
  const afterHeader = header + (chomping === 'clip' ? 1 : 2);
  if (!restIsBlank(text, afterHeader, headerEnd) || headerEnd >= text.length) return undefined;
  let lineStart = headerEnd + 1;
  const firstEnd = lineEndAt(text, lineStart);
  const indent = skipSpaces(text, lineStart, firstEnd) - lineStart;
  if (indent === firstEnd - lineStart || indent <= parentIndent) return undefined;
  const lines: string[] = [];
  let blankRun = 0;
  let contentEnd = lineStart;
  let blanks: LineRun | undefined;
  while (lineStart < text.length) {
    const lineEnd = lineEndAt(text, lineStart);
    const spaces = skipSpaces(text, lineStart, lineEnd) - lineStart;
    const next = lineEnd < text.length ? lineEnd + 1 : lineEnd;
    if (lineStart + spaces === lineEnd) {
      if (spaces > indent) return undefined;
      blankRun++;
      if (blanks) extendRun(blanks, lineEnd, next);
      else blanks = lineRun(lineEnd, next);
    } else if (spaces < indent) break;
    else {
      if (!literal && spaces > indent) return undefined;
      // One push per blank line, never a spread: 150 000 blank lines as arguments would overflow the stack.
      if (lines.length > 0) joinBlank(lines, literal, blankRun);
      lines.push(text.slice(lineStart + indent, lineEnd));
      blankRun = 0;
      blanks = undefined;
      contentEnd = next;
    }
    lineStart = next;
  }
  const body = lines.join(literal ? '\n' : '');
  const endsWithBreak = text.charCodeAt(contentEnd - 1) === 10;
  if (chomping === 'keep') {
    const kept = blanks ? blanks.end : contentEnd;
    if (text.charCodeAt(kept - 1) !== 10) return undefined;
    return {
      value: `${body}\n${'\n'.repeat(blanks?.lines ?? 0)}`,
      type: literal ? 'BLOCK_LITERAL' : 'BLOCK_FOLDED',
      end: kept,
      next: kept,
      trailingBlank: undefined,
    };
  }
  if (!endsWithBreak && blanks) return undefined;
  return {
    value: chomping === 'strip' ? body : `${body}\n`,
    type: literal ? 'BLOCK_LITERAL' : 'BLOCK_FOLDED',
    end: contentEnd,
    next: lineStart,
    trailingBlank: blanks,
  };
}

/**
 * Adds what joins a content line to the one before it: in a literal scalar each blank line between is an
 * empty line; in a folded one a single break folds to a space and blank lines stand for a break each.
 */
function joinBlank(lines: string[], literal: boolean, blankRun: number): void {
  // Literal: joined by line breaks, one string of `blankRun - 1` breaks stands for `blankRun` empty lines.
  if (literal) {
    if (blankRun > 0) lines.push('\n'.repeat(blankRun - 1));
  } else lines.push(blankRun === 0 ? ' ' : '\n'.repeat(blankRun));
}
