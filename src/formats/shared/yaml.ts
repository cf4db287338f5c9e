import {
  Composer,
  Parser,
  parseAllDocuments as parseAll,
  isAlias,
  isCollection,
  isMap,
  isScalar,
  isSeq,
  isPair,
  isNode,
  type Alias,
  type Document,
  type Node,
  type Pair,
  type Scalar,
} from 'yaml';
import type { CST } from 'yaml';
import type { FileProblem, Span } from '../../model/references.js';
import { LineIndex } from './lines.js';
import { resolveAliases, type AliasOrigin } from './aliases.js';
import { defaultParseLimits } from './limits.js';
import { readFastYaml } from './yaml-fast.js';
import { documentsWithoutAliases } from './yaml-fast-nodes.js';

export const syntaxErrorPrefix = 'YAML syntax error: ';

/** A text read already: by the fast reader, or into the parser's tokens once the fast reader declined it. */
export type PreparedText = { documents: Document.Parsed[] } | { tokens: readonly CST.Token[] };

/** A parsed YAML file with the means to turn offsets into 1-based spans. */
export class YamlSource {
  readonly documents: Document.Parsed[];
  /** Built when a span is first asked for: many files give none. */
  private lineIndex: LineIndex | undefined;
  /** Problems found before aliases were resolved (an alias with no anchor). */
  private readonly aliasProblems: FileProblem[][];
  /** What expanding every alias would cost, in nodes; over the budget, none was resolved. */
  readonly aliasCost: number = 0;
  private readonly aliasOrigins = new Map<Scalar, AliasOrigin>();
  private aliasSpans: Map<string, AliasOrigin> | undefined;
  /** Per scalar, where each character of its value is written (`alignScalar`), worked out when first asked. */
  private readonly alignments = new Map<Scalar, Int32Array>();

  constructor(
    readonly file: string,
    readonly text: string,
    /** The most nodes the file's aliases may stand for before they are left unresolved (`max-aliases`). */
    readonly aliasBudget: number = defaultParseLimits.maxAliases,
    /**
     * What a caller already has of the text: the fast reader's documents (`readFastDocuments`), or the
     * parser's tokens (`tokensUnlessSyntaxError`) where the fast reader declined it.
     */
    prepared?: PreparedText,
  ) {
    this.documents =
      prepared && 'documents' in prepared ? prepared.documents : parseAllDocuments(text, prepared?.tokens);
    const aliases = text.includes('*') ? this.documents.map(aliasesOf) : [];
    this.aliasProblems = this.documents.map((_, index) => this.danglingAliases(aliases[index]?.unanchored ?? []));
    for (const [index, doc] of this.documents.entries()) {
      // A document with no alias has nothing to resolve (most files with a `*` hold it in a value: `Resource: '*'`).
      if (!aliases[index]?.any) continue;
      const resolved = resolveAliases(doc, Math.max(0, aliasBudget - this.aliasCost));
      this.aliasCost += resolved.cost;
      for (const [scalar, origin] of resolved.origins) this.aliasOrigins.set(scalar, origin);
    }
  }

  private get lines(): LineIndex {
    this.lineIndex ??= new LineIndex(this.text);
    return this.lineIndex;
  }

  /** Expanding the file's aliases would cost more than the budget: they were left unresolved. */
  aliasesOverBudget(): boolean {
    return this.aliasCost > this.aliasBudget;
  }

  /**
   * Where a value read through the alias at `span` is written: the anchor's name (when it is a plain
   * word, since it reaches messages) and its line.
   */
  aliasOriginAt(span: Span): { anchor: string; line: number } | undefined {
    if (this.aliasOrigins.size === 0) return undefined;
    this.aliasSpans ??= new Map(
      [...this.aliasOrigins].map(([scalar, origin]) => [spanKey(this.nodeSpan(scalar)), origin] as const),
    );
    const origin = this.aliasSpans.get(spanKey(span));
    if (!origin) return undefined;
    const anchor = /^[A-Za-z0-9_.-]{1,64}$/.test(origin.anchor) ? origin.anchor : '…';
    return { anchor, line: this.lines.position(origin.offset).line };
  }

  span(start: number, end: number): Span {
    return this.lines.span(start, end);
  }

  nodeSpan(node: Node | null | undefined): Span {
    const range = node?.range;
    return range ? this.span(range[0], range[1]) : this.span(0, 0);
  }

  problems(): FileProblem[] {
    return this.documents.flatMap((doc, index) => [
      ...doc.errors.map((error) => ({
        file: this.file,
        message: `${syntaxErrorPrefix}${firstLine(error.message)}`,
        span: this.span(error.pos[0], error.pos[1]),
      })),
      ...(this.aliasProblems[index] ?? []),
    ]);
  }

  /** An alias with no anchor is what a masked value (`password: ********`) parses as; say so rather than read nothing. */
  private danglingAliases(unanchored: readonly Alias[]): FileProblem[] {
    return unanchored.map((alias) => {
      const range = alias.range ?? [0, 0];
      return {
        file: this.file,
        message: `YAML alias *${alias.source} refers to no anchor (a masked value such as ******** reads as one); its value was not read`,
        span: this.span(range[0], range[1]),
      };
    });
  }

  /** The span of characters `start`…`end` of a scalar's parsed value. */
  locateSpan(node: Scalar, start: number, end: number): Span {
    const located = this.locateInScalar(node, start, end - start);
    return this.span(located.start, located.end);
  }

  /**
   * Offset in the file of `length` characters at `valueOffset` of a scalar's parsed value: through the
   * scalar's alignment, worked out once per scalar, so 10 000 slots in one `run:` cost one pass, not one
   * each. Where the characters are not written as they read (an escape, a fold), the whole scalar.
   */
  locateInScalar(node: Scalar, valueOffset: number, length: number): { start: number; end: number } {
    const range = node.range;
    if (!range) return { start: 0, end: 0 };
    const value = scalarText(node) ?? '';
    const end = Math.min(value.length, valueOffset + length);
    if (end > valueOffset) {
      let alignment = this.alignments.get(node);
      if (!alignment) {
        alignment = alignScalar(value, this.text, range, node.type);
        this.alignments.set(node, alignment);
      }
      const from = alignment[valueOffset] ?? -1;
      const to = (alignment[end - 1] ?? -1) + 1;
      if (from >= 0 && to > from && this.text.slice(from, to) === value.slice(valueOffset, end))
        return { start: from, end: to };
    }
    return { start: range[0], end: range[1] };
  }
}

const isBlank = (code: number): boolean => code === 32 || code === 9 || code === 10 || code === 13;

/**
 * Where each character of a scalar's value is written in the file (-1 past the first that cannot be
 * placed), in one pass: the value's characters are the source's in order, less indentation, line
 * breaks folded to spaces, a block scalar's header, quotes and escapes (`\"`, `\\`, `\x41`, `''`), which
 * are stepped over. Escaped characters map to their escape's first character (the caller checks that
 * the source reads as the value there).
 */
export function alignScalar(value: string, text: string, range: readonly number[], type: Scalar['type']): Int32Array {
  const offsets = new Int32Array(value.length).fill(-1);
  const rawEnd = range[1] ?? 0;
  let at = range[0] ?? 0;
  if (type === 'BLOCK_LITERAL' || type === 'BLOCK_FOLDED') {
    const header = text.indexOf('\n', at);
    if (header < 0 || header >= rawEnd) return offsets;
    at = header + 1;
  } else if (type === 'QUOTE_DOUBLE' || type === 'QUOTE_SINGLE') at++;
  const double = type === 'QUOTE_DOUBLE';
  const single = type === 'QUOTE_SINGLE';
  for (let index = 0; index < value.length && at < rawEnd; index++) {
    const code = value.charCodeAt(index);
    for (;;) {
      const raw = text.charCodeAt(at);
      const next = text.charCodeAt(at + 1);
      if (double && raw === 92 && (next === 10 || next === 13)) at += 2;
      else if (raw !== code && isBlank(raw) && at < rawEnd) at++;
      else break;
    }
    if (at >= rawEnd) break;
    const raw = text.charCodeAt(at);
    offsets[index] = at;
    if (double && raw === 92) {
      const width = escapeWidth(text.charCodeAt(at + 1));
      // `\UXXXXXXXX` beyond the basic plane reads as two UTF-16 units.
      if (width === 10 && index + 1 < value.length && code >= 0xd800 && code < 0xdc00) offsets[++index] = at;
      at += width;
    } else if (single && raw === 39 && code === 39 && text.charCodeAt(at + 1) === 39) at += 2;
    else if (raw === code) at++;
    else {
      offsets[index] = -1;
      break;
    }
  }
  return offsets;
}

/** How many source characters a double-quoted escape starting with `\` and `next` takes. */
function escapeWidth(next: number): number {
  if (next === 120) return 4; // \xXX
  if (next === 117) return 6; // \uXXXX
  if (next === 85) return 10; // \UXXXXXXXX
  return 2;
}

function spanKey(span: Span): string {
  return `${span.startLine}:${span.startColumn}:${span.endLine}:${span.endColumn}`;
}

const parseOptions = { uniqueKeys: false, prettyErrors: false, strict: false } as const;

/**
 * The file's documents: from the fast reader when the file is in its subset (most workflows, manifests,
 * compose files and CloudFormation templates, at a fraction of the cost), from `yaml`'s parser otherwise;
 * both build the same nodes (yaml-fast.test.ts). Tokens are only passed for a text the fast reader declined.
 */
function parseAllDocuments(text: string, tokens?: readonly CST.Token[]): Document.Parsed[] {
  // Aliases are never resolved (the AST is walked, not converted), so alias bombs cost nothing.
  // From tokens, as `parseAll` composes them (a parser of no line counter, since errors are not prettified).
  if (tokens) return withoutStackTraces(() => Array.from(new Composer(parseOptions).compose(tokens)));
  return readFastDocuments(text) ?? withoutStackTraces(() => Array.from(parseAll(text, parseOptions)));
}

/** The documents of the text if the fast reader reads it (then it holds no syntax error), else undefined. */
export function readFastDocuments(text: string): Document.Parsed[] | undefined {
  return withoutStackTraces(() => readFastYaml(text, parseOptions));
}

/**
 * Every syntax error and warning (each unknown tag such as `!Ref`) is an Error object; only its message and
 * position are read, so capturing its stack trace is wasted work (a tenth of a CloudFormation template's parse).
 */
function withoutStackTraces<T>(parse: () => T): T {
  const stackTraceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return parse();
  } finally {
    Error.stackTraceLimit = stackTraceLimit;
  }
}

/**
 * Whether a document holds an alias, and its aliases that no earlier node anchors, in document order: what
 * `Alias.resolve` finds undefined, in one walk (it walks the whole document for each alias) and with a
 * stack, not recursion.
 */
function aliasesOf(doc: Document.Parsed): { any: boolean; unanchored: Alias[] } {
  // A fast reader knows it built no alias: nothing to walk.
  if (documentsWithoutAliases.has(doc)) return { any: false, unanchored: [] };
  const anchors = new Set<string>();
  const unanchored: Alias[] = [];
  let any = false;
  const pending: unknown[] = [doc.contents];
  while (pending.length > 0) {
    const node = pending.pop();
    if (isPair(node)) {
      pending.push(node.value, node.key);
      continue;
    }
    if (!isNode(node)) continue;
    if (isAlias(node)) {
      any = true;
      if (!anchors.has(node.source)) unanchored.push(node);
    }
    if (node.anchor) anchors.add(node.anchor);
    if (isCollection(node)) for (let i = node.items.length - 1; i >= 0; i--) pending.push(node.items[i]);
  }
  return { any, unanchored };
}

/**
 * Whether the text fails to parse, told from the parser's tokens alone: a syntax error outside any node
 * is always one of a document's errors once the stream holds a document. Stops at the first such pair,
 * so a file that is not YAML (a Go template) costs a fraction of composing its documents.
 */
export function tokensShowSyntaxError(text: string): boolean {
  return tokensUnlessSyntaxError(text) === undefined;
}

/**
 * The parser's tokens of the text, or undefined where they show a syntax error (`tokensShowSyntaxError`):
 * a text they show none in is composed from them (`YamlSource`), not parsed a second time.
 */
export function tokensUnlessSyntaxError(text: string): CST.Token[] | undefined {
  let document = false;
  let error = false;
  const tokens: CST.Token[] = [];
  for (const token of new Parser().parse(text)) {
    if (token.type === 'document') document = true;
    else if (token.type === 'error') error = true;
    if (document && error) return undefined;
    tokens.push(token);
  }
  return tokens;
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}

export function scalarText(node: unknown): string | undefined {
  if (!isScalar(node)) return undefined;
  const value = node.value;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

export function keyText(pair: Pair): string | undefined {
  return scalarText(pair.key);
}

/** A map's pairs with scalar keys; a value is null only for a key written with none (`{a}`, `? a`). */
export function mapPairs(node: unknown): Array<Pair<Scalar, Node | null>> {
  if (!isMap(node)) return [];
  return node.items.filter(
    (pair): pair is Pair<Scalar, Node | null> =>
      isPair(pair) && isScalar(pair.key) && (pair.value === null || isNode(pair.value)),
  );
}

export function getPair(node: unknown, key: string): Pair<Scalar, Node | null> | undefined {
  return mapPairs(node).find((pair) => keyText(pair) === key);
}

/** The value under `key` of a map, when the map has the key and it has a value. */
export function getValue(node: unknown, key: string): Node | undefined {
  if (!isMap(node)) return undefined;
  const { items } = node;
  for (let index = 0; index < items.length; index++) {
    const pair = items[index]!;
    if (isScalar(pair.key) && String(pair.key.value) === key) return isNode(pair.value) ? pair.value : undefined;
  }
  return undefined;
}

/** Follows `keys` down nested maps. */
export function getPath(node: unknown, ...keys: string[]): Node | undefined {
  return keys.reduce<Node | undefined>((current, key) => getValue(current, key), isNode(node) ? node : undefined);
}

/** The map names `key`, with or without a value. */
export function hasKey(node: unknown, key: string): boolean {
  return getPair(node, key) !== undefined;
}

export function seqItems(node: unknown): Node[] {
  return isSeq(node) ? node.items.filter(isNode) : [];
}

export { isMap, isScalar, isSeq };

/** The documents of a YAML text as the scan reads them (the fast reader first), for readers outside a format's adapter. */
export { parseAllDocuments as parseYamlDocuments };
