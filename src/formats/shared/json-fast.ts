// A fast path for JSON files (CloudFormation templates, package.json…): one pass with a stack, no
// recursion, building the nodes the `yaml` package's parser builds for the same text, which it reads as
// flow collections: its own classes, values, types and ranges (json-fast.test.ts compares both).
//
// It declines (returns undefined, and `yaml` parses the file) on anything outside plain JSON written
// the usual way: a top-level scalar, a key whose `:` or value is on another line, a trailing comma,
// comments, tabs, CR line breaks, a byte order mark, nesting deeper than `yaml`'s composer is trusted
// with, and any syntax error.
//
// Where a value's range ends follows `yaml`'s parser: a map's value (scalar or collection) takes the
// spaces after it and the line break that ends its line, if nothing else is left on it
// (`Parser.lineEnd`); a sequence's item takes everything up to the `,` or `]` after it
// (`fixFlowSeqItems`); a key takes nothing.

import { Document, Pair, YAMLMap, YAMLSeq, type Node, type Scalar } from 'yaml';
import { lineEndAt } from '../../common/line-end.js';
import { maxFlowDepth, scanQuoted, skipSpaces } from './yaml-fast-scalars.js';
import { SchemaScalars, declined, documentsWithoutAliases, type YamlOptions } from './yaml-fast-nodes.js';

const space = 32;
const newline = 10;
const comma = 44;
const colon = 58;
const doubleQuote = 34;
const openBracket = 91;
const closeBracket = 93;
const openBrace = 123;
const closeBrace = 125;

/** The documents of JSON `text` as `parseAllDocuments(text, options)` gives them, or undefined where it declines. */
export function readFastJson(text: string, options: YamlOptions): Document.Parsed[] | undefined {
  try {
    return [new JsonReader(text, options).read()];
  } catch (error) {
    if (error === declined) return undefined;
    throw error;
  }
}

/**
 * How the text starts, past blank lines and spaces: with a flow collection (which the block YAML reader
 * never reads), as JSON does (`[`, or `{` then a key or `}`), or with something else.
 */
export function flowStart(text: string): 'json' | 'flow' | undefined {
  const first = skipBlank(text, 0);
  const code = text.charCodeAt(first);
  if (code === openBracket) return 'json';
  if (code !== openBrace) return undefined;
  // `{{- if .Values.x }}` (Helm) is no JSON: told before a document is built for it.
  const next = text.charCodeAt(skipBlank(text, first + 1));
  return next === doubleQuote || next === closeBrace ? 'json' : 'flow';
}

/** An open object or array. */
interface Frame {
  node: YAMLMap | YAMLSeq;
  /** Where its `{` or `[` is. */
  start: number;
  /** The pair whose value is being read (objects only). */
  pair: Pair<Scalar, Node | null> | undefined;
}

/** The first offset at or after `from` that is neither a space nor a line break. */
function skipBlank(text: string, from: number): number {
  let at = from;
  for (let code = text.charCodeAt(at); code === space || code === newline; code = text.charCodeAt(++at));
  return at;
}

/** A JSON number, `true`, `false` or `null`: the plain scalars JSON has (anything else is declined). */
const jsonPlain = /^(?:-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?|true|false|null)$/;

/** Characters a JSON plain scalar is made of. */
const plainCharacters = new Uint8Array(128);
for (const char of '0123456789+-.eEtruefalsn') plainCharacters[char.charCodeAt(0)] = 1;

class JsonReader {
  private readonly stack: Frame[] = [];
  private readonly document: Document.Parsed;
  private readonly scalars: SchemaScalars;
  /** The outermost collection, once closed. */
  private root: YAMLMap | YAMLSeq | undefined;
  /** The end of the line last asked for (`lineEnd`), so that a long line is searched once, not once per string. */
  private knownLineEnd = -1;

  constructor(
    private readonly text: string,
    options: YamlOptions,
  ) {
    this.document = new Document(undefined, options) as Document.Parsed;
    this.scalars = new SchemaScalars(this.document, options);
  }

  read(): Document.Parsed {
    const text = this.text;
    const first = skipBlank(text, 0);
    const code = text.charCodeAt(first);
    if (code !== openBrace && code !== openBracket) throw declined;
    this.readCollection(first);
    const root = this.root!;
    const rangeEnd = root.range![2];
    if (skipBlank(text, rangeEnd) !== text.length) throw declined;
    const document = this.document;
    document.contents = root as never;
    // A document starts at the start of its first content line (the spaces before the `{` are its own)
    // and ends past the line after its content: `yaml` leaves further blank lines to the stream.
    document.range = [text.lastIndexOf('\n', first) + 1, rangeEnd, this.lineRangeEnd(rangeEnd)];
    // JSON has no aliases.
    documentsWithoutAliases.add(document);
    return document;
  }

  /** Reads the collection opening at `open` and all it holds, up to its closing bracket. */
  private readCollection(open: number): void {
    let at = this.open(open);
    for (;;) {
      const frame = this.stack[this.stack.length - 1]!;
      at = skipBlank(this.text, at);
      const closer = frame.node instanceof YAMLMap ? closeBrace : closeBracket;
      if (this.text.charCodeAt(at) === closer && frame.node.items.length === 0) {
        const closed = this.close(at);
        if (closed === undefined) return;
        at = closed;
        continue;
      }
      if (frame.node instanceof YAMLMap) at = this.readKey(frame, at);
      const code = this.text.charCodeAt(at);
      if (code === openBrace || code === openBracket) {
        at = this.open(at);
        continue;
      }
      const next = this.afterValue(frame, this.readScalar(at));
      if (next === undefined) return;
      at = next;
    }
  }

  /** Opens a collection at `open`; returns where its first item may start. */
  private open(open: number): number {
    if (this.stack.length >= maxFlowDepth) throw declined;
    const schema = this.document.schema;
    const node = this.text.charCodeAt(open) === openBrace ? new YAMLMap(schema) : new YAMLSeq(schema);
    node.flow = true;
    this.stack.push({ node, start: open, pair: undefined });
    return open + 1;
  }

  /**
   * Closes the innermost collection at its `}` or `]` at `at` and gives it to its parent; returns where
   * the parent's next item may start, or undefined once the outermost one closed. (It calls itself
   * through `afterValue` for `]]]`: at most as deep as the nesting, which `open` bounds.)
   */
  private close(at: number): number | undefined {
    const frame = this.stack.pop()!;
    const node = frame.node;
    node.range = [frame.start, at + 1, at + 1];
    const parent = this.stack[this.stack.length - 1];
    if (!parent) {
      node.range[2] = this.lineRangeEnd(at + 1);
      this.root = node;
      return undefined;
    }
    return this.afterValue(parent, node);
  }

  /** Reads `"key":` at `at` into a new pair of the map; returns where its value starts, on the same line. */
  private readKey(frame: Frame, at: number): number {
    const text = this.text;
    if (text.charCodeAt(at) !== doubleQuote) throw declined;
    const lineEnd = this.lineEnd(at);
    const quoted = scanQuoted(text, at, lineEnd);
    if (!quoted) throw declined;
    const colonAt = skipSpaces(text, quoted.end, lineEnd);
    if (text.charCodeAt(colonAt) !== colon) throw declined;
    const valueAt = skipSpaces(text, colonAt + 1, lineEnd);
    if (valueAt >= lineEnd) throw declined;
    const key = this.scalars.string(quoted.value, 'QUOTE_DOUBLE', at, quoted.end, quoted.end);
    const pair = new Pair<Scalar, Node | null>(key, null);
    (frame.node as YAMLMap<Scalar, Node | null>).items.push(pair);
    frame.pair = pair;
    return valueAt;
  }

  /** A string, number, `true`, `false` or `null` at `at`, its range ending where its text does (for now). */
  private readScalar(at: number): Scalar {
    const text = this.text;
    if (text.charCodeAt(at) === doubleQuote) {
      const quoted = scanQuoted(text, at, this.lineEnd(at));
      if (!quoted) throw declined;
      return this.scalars.string(quoted.value, 'QUOTE_DOUBLE', at, quoted.end, quoted.end);
    }
    let end = at;
    for (let code = text.charCodeAt(end); code < 128 && plainCharacters[code]; code = text.charCodeAt(++end));
    const source = text.slice(at, end);
    if (!jsonPlain.test(source)) throw declined;
    return this.scalars.plain(source, at, end, end);
  }

  /**
   * Adds `value` (its text ending at `range[1]`) to the innermost collection, ends its range as `yaml`
   * does there, and reads on to the `,` or the closing bracket after it. Returns where the next item may
   * start, or undefined once the outermost collection closed.
   */
  private afterValue(frame: Frame, value: Node): number | undefined {
    const range = value.range!;
    const next = skipBlank(this.text, range[1]);
    if (frame.node instanceof YAMLMap) {
      frame.pair!.value = value;
      frame.pair = undefined;
      range[2] = this.lineRangeEnd(range[1]);
    } else {
      frame.node.items.push(value);
      range[2] = next;
    }
    const code = this.text.charCodeAt(next);
    if (code === comma) return next + 1;
    if (code === (frame.node instanceof YAMLMap ? closeBrace : closeBracket)) return this.close(next);
    throw declined;
  }

  /** Past the spaces at `from` and the line break after them, if the line ends there. */
  private lineRangeEnd(from: number): number {
    const at = skipSpaces(this.text, from, this.text.length);
    return this.text.charCodeAt(at) === newline ? at + 1 : at;
  }

  private lineEnd(at: number): number {
    if (at > this.knownLineEnd) this.knownLineEnd = lineEndAt(this.text, at);
    return this.knownLineEnd;
  }
}
