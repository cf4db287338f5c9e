// A fast path for the common block subset of YAML: one pass over the lines, no recursion, building the
// node objects the `yaml` package's parser builds for the same text (its own classes, with the same
// values, types, ranges, tags and warnings), so that everything downstream reads either the same way.
//
// It declines (returns undefined, and `yaml` parses the file) on anything outside its subset or that it
// is not sure of: directives, anchors or aliases on keys, complex keys, multi-line quoted scalars and
// flow collections, indentation indicators, tabs, CR line breaks, byte order marks, flow maps other
// than `{}`, empty documents, Helm templates, any syntax error. A text that opens with `{` or `[` goes
// to the fast JSON reader (json-fast.ts) instead. Comments are not attached to nodes (`comment`,
// `commentBefore`, `spaceBefore`): nothing in the scan reads them. Where they sit still counts, since `yaml` lets some comment lines extend a node's
// range; those rules are copied from its parser (`Parser.blockMap`, `Parser.pop`, `resolveBlockMap`).
// __tests__/formats/shared/yaml-fast.test.ts compares both parsers on real files and generated ones.

import { Alias, Document, Pair, Scalar, YAMLMap, YAMLSeq, YAMLWarning, type Node } from 'yaml';
import { lineEndAt } from '../../common/line-end.js';
import {
  extendRun,
  firstBreaks,
  restIsBlank,
  scanBlockScalar,
  scanFlowSequence,
  scanPlain,
  scanEmptyFlowMap,
  scanTemplatePlaceholder,
  scanQuoted,
  scanAnchorName,
  scanTag,
  skipSpaces,
  startsPlain,
  type LineRun,
  type LocalTag,
} from './yaml-fast-scalars.js';
import { SchemaScalars, declined, documentsWithoutAliases, type YamlOptions } from './yaml-fast-nodes.js';
import { flowStart, readFastJson } from './json-fast.js';

/** The documents of `text` as `parseAllDocuments(text, options)` gives them, or undefined where the fast path declines. */
export function readFastYaml(text: string, options: YamlOptions): Document.Parsed[] | undefined {
  if (!plausible(text)) return undefined;
  // A text that opens with a flow collection is JSON or outside the block subset.
  const flow = flowStart(text);
  if (flow) return flow === 'json' ? readFastJson(text, options) : undefined;
  try {
    return new FastReader(text, options).read();
  } catch (error) {
    if (error === declined) return undefined;
    throw error;
  }
}

/**
 * Characters the subset never holds, checked once so such files cost one scan before `yaml` reads them.
 * A byte order mark anywhere: `yaml` drops one that starts a document's first content line (after
 * comments, or after `...`), so `\uFEFFAWS_SECRET_ACCESS_KEY: …` is that key to it.
 */
function plausible(text: string): boolean {
  return text.length > 0 && !text.includes('\t') && !text.includes('\r') && !text.includes('\uFEFF');
}

/**
 * Blank or comment lines between content lines (where `yaml` puts them decides some ranges): a run of
 * blank lines, or of comment lines indented alike, is one record.
 */
interface Trivia extends LineRun {
  comment: boolean;
  /** Comments: their spaces before the `#`; blank lines: the fewest spaces on one. */
  indent: number;
}

/** An item whose indicator (`key:` or `-`) is written and whose value is not (yet). */
interface Awaiting {
  /** The map's pair, whose value is still null; none for a sequence item. */
  pair: Pair<Scalar, Node | null> | undefined;
  /** Where an empty value sits: past the indicator and the spaces after it. */
  position: number;
  /** The end of a comment on the indicator's line, if it has one. */
  commentEnd: number | undefined;
  /** Where the indicator's line ends (its line break) and the next starts. */
  lineEnd: number;
  lineNext: number;
  /** A tag written before a collection on the following lines (`Condition: !And` then `- …`). */
  tag: { name: string; at: number } | undefined;
  /** An anchor written before a collection on the following lines (`x-env: &env` then `KEY: value`). */
  anchor: string | undefined;
  /**
   * Comment lines before a sequence item's `-` (after the previous item): `yaml` counts them among the
   * item's properties, so an empty item's range runs over them too.
   */
  leadingComment: boolean;
}

/** An implicit key as written: its text, style and end, and where its value starts (past `:` and spaces). */
interface KeyRun {
  plain: boolean;
  value: string;
  type: Scalar.Type;
  end: number;
  valueStart: number;
}

/** An open block collection. */
interface Frame {
  node: YAMLMap | YAMLSeq;
  indent: number;
  start: number;
  awaiting: Awaiting | undefined;
  /** Its last value, once written. */
  last: Node | undefined;
  /** The last value is a flow scalar or collection: more-indented comment lines after it extend its range. */
  absorbs: boolean;
}

/** A run of one blank or comment line, built as one object (a spread of `lineRun` would build two). */
function triviaLine(comment: boolean, indent: number, textEnd: number, end: number): Trivia {
  return { lines: 1, textEnd, secondTextEnd: textEnd, lastTextEnd: textEnd, end, comment, indent };
}

/** No blank or comment lines: shared, since most content lines have none before them. */
const noTrivia: readonly Trivia[] = Object.freeze([]);

class FastReader {
  private readonly documents: Document.Parsed[] = [];
  private document: Document.Parsed | undefined;
  private documentOffset = 0;
  private readonly stack: Frame[] = [];
  /** Blank and comment lines since the last content line. */
  private trivia: Trivia[] = [];
  /** Builds the scalars of the open document. */
  private scalars: SchemaScalars | undefined;
  /**
   * The trivia before the awaited value's line (`settle`) hold an empty line and then a comment at the
   * margin: `yaml` then reads a plain value below its key or `-` on into the next line (`a:`, ``, `# c`,
   * `  x`, `b: 1` reads as the key `x b` under `a`, with an error; `-`, ``, `# c`, `  x`, `- y` as the one
   * item `x - y`, with none). Such a value is left to `yaml`.
   */
  private marginCommentAfterEmptyLine = false;
  /** The open document holds an alias node (`documentsWithoutAliases`). */
  private aliasInDocument = false;

  constructor(
    private readonly text: string,
    private readonly options: YamlOptions,
  ) {}

  read(): Document.Parsed[] {
    const text = this.text;
    let lineStart = 0;
    while (lineStart < text.length) {
      const lineEnd = lineEndAt(text, lineStart);
      const next = lineEnd < text.length ? lineEnd + 1 : lineEnd;
      const content = skipSpaces(text, lineStart, lineEnd);
      const code = text.charCodeAt(content);
      if (content === lineEnd || code === 35) {
        this.addTrivia(content < lineEnd, content - lineStart, lineEnd, next);
        lineStart = next;
      } else if (content === lineStart && this.isMarker(lineStart, lineEnd, '---')) {
        this.startMarkedDocument(lineStart);
        lineStart = next;
      } else if (content === lineStart && this.isMarker(lineStart, lineEnd, '...')) {
        this.endMarkedDocument(lineStart, next);
        lineStart = next;
      } else lineStart = this.readContentLine(lineStart, content, lineEnd, next);
    }
    if (this.document) this.finishDocument(text.length);
    if (this.documents.length === 0) throw declined;
    return this.documents;
  }

  private addTrivia(comment: boolean, indent: number, textEnd: number, end: number): void {
    const last = this.trivia[this.trivia.length - 1];
    if (last && last.comment === comment && (!comment || last.indent === indent)) {
      extendRun(last, textEnd, end);
      last.indent = Math.min(last.indent, indent);
    } else this.trivia.push(triviaLine(comment, indent, textEnd, end));
  }

  private isMarker(lineStart: number, lineEnd: number, marker: string): boolean {
    if (!this.text.startsWith(marker, lineStart)) return false;
    const after = lineStart + 3;
    if (after < lineEnd && this.text.charCodeAt(after) !== 32) throw declined;
    if (!restIsBlank(this.text, after, lineEnd)) throw declined;
    return true;
  }

  private startMarkedDocument(lineStart: number): void {
    if (this.document) this.finishDocument(lineStart, 'documentStart');
    this.openDocument(lineStart);
    this.document!.directives.docStart = true;
  }

  private endMarkedDocument(lineStart: number, next: number): void {
    const document = this.document;
    if (!document) throw declined;
    this.finishDocument(lineStart);
    document.directives.docEnd = true;
    document.range[2] = next;
  }

  private openDocument(offset: number): void {
    const document = new Document(undefined, this.options) as Document.Parsed;
    this.document = document;
    this.documentOffset = offset;
    this.trivia = [];
    this.aliasInDocument = false;
    this.scalars = new SchemaScalars(document, this.options);
  }

  /** Closes the document at `terminator` (the next `---` or `...`, or the end of the file). */
  private finishDocument(terminator: number, kind: 'end' | 'documentStart' = 'end'): void {
    const document = this.document!;
    const root = this.stack[0];
    if (!root) throw declined;
    const trailing = this.settle(-1, terminator, kind);
    const contentEnd = root.node.range![2];
    document.contents = root.node as never;
    document.range = [this.documentOffset, contentEnd, trailing.length > 0 ? terminator : contentEnd];
    this.documents.push(document);
    if (!this.aliasInDocument) documentsWithoutAliases.add(document);
    this.document = undefined;
    this.trivia = [];
  }

  /** Reads a line holding content (not blank, not a comment); returns where the next line to read starts. */
  private readContentLine(lineStart: number, content: number, lineEnd: number, next: number): number {
    if (!this.document) this.openDocument(content);
    const column = content - lineStart;
    const dash = this.isDash(content, lineEnd);
    let frame: Frame | undefined;
    let leading: readonly Trivia[] = noTrivia;
    if (this.stack.length === 0) {
      if (column !== 0) throw declined;
      this.trivia = [];
      frame = this.openFrame(dash, column, content);
    } else {
      leading = this.settle(column, content, dash ? 'dash' : 'key');
      frame = this.top()!;
      if (frame.awaiting) {
        if (!dash && !this.scanKey(content, lineEnd)) return this.readValueBelow(frame, content, lineEnd, next);
        frame = this.openNested(frame, dash, column, content);
      }
    }
    if (frame.indent !== column) throw declined;
    if (!dash) return this.readMapItem(frame, content, lineEnd, next);
    const leadingComment = leading.some((line) => line.comment);
    return this.readSeqItem(frame, content, lineEnd, next, leadingComment);
  }

  /**
   * A line under `key:` or `-` that holds neither a key nor an item: the awaited value written on its own
   * line (`description:` then `"text"`), or a tag on its own line before a collection (`Condition:`
   * then `!If` then `- …`).
   */
  private readValueBelow(frame: Frame, at: number, lineEnd: number, next: number): number {
    const awaiting = frame.awaiting!;
    if (awaiting.tag || awaiting.anchor !== undefined || this.marginCommentAfterEmptyLine) throw declined;
    const tag = this.text.charCodeAt(at) === 33 ? scanTag(this.text, at, lineEnd) : undefined;
    if (tag && skipSpaces(this.text, tag.end, lineEnd) === lineEnd) {
      awaiting.tag = tag;
      return next;
    }
    const after = this.readValue(frame, awaiting.pair, at, lineEnd, next);
    if (frame.awaiting) throw declined;
    return after;
  }

  private isDash(at: number, lineEnd: number): boolean {
    return this.text.charCodeAt(at) === 45 && (at + 1 === lineEnd || this.text.charCodeAt(at + 1) === 32);
  }

  private top(): Frame | undefined {
    return this.stack[this.stack.length - 1];
  }

  private openFrame(dash: boolean, indent: number, start: number): Frame {
    const schema = this.document!.schema;
    const node = dash ? new YAMLSeq(schema) : new YAMLMap(schema);
    const frame: Frame = { node, indent, start, awaiting: undefined, last: undefined, absorbs: false };
    this.stack.push(frame);
    return frame;
  }

  /** A collection on the lines after `key:` or `-`: the value the parent's item was waiting for. */
  private openNested(parent: Frame, dash: boolean, column: number, start: number): Frame {
    const awaiting = parent.awaiting!;
    const frame = this.openFrame(dash, column, start);
    if (awaiting.tag) {
      frame.node.tag = awaiting.tag.name;
      this.unresolvedTag(awaiting.tag.name, awaiting.tag.at);
    }
    if (awaiting.anchor !== undefined) frame.node.anchor = awaiting.anchor;
    this.setValue(parent, frame.node, false);
    return frame;
  }

  /**
   * Applies the trivia since the last content line to the open collections, as a line at `column`
   * (starting at `terminator`) or the document's end (`column` -1) finds them, closing those it ends.
   * Returns the trivia left before the line's item (or at the document's end): in `yaml` they are the
   * item's properties.
   */
  private settle(
    column: number,
    terminator: number,
    kind: 'dash' | 'key' | 'end' | 'documentStart',
  ): readonly Trivia[] {
    // Most content lines follow another: no trivia to hand over, and no new array for the next ones.
    let trivia: readonly Trivia[] = this.trivia.length > 0 ? this.trivia : noTrivia;
    if (trivia.length > 0) this.trivia = [];
    this.marginCommentAfterEmptyLine = false;
    for (;;) {
      const frame = this.top();
      if (!frame) return trivia;
      if (frame.awaiting) {
        const isMap = frame.node instanceof YAMLMap;
        // A deeper line, or a `-` under a `key:`, is the awaited value: the trivia are its properties.
        if (column > frame.indent || (column === frame.indent && isMap && kind === 'dash')) {
          this.marginCommentAfterEmptyLine = marginCommentAfterEmptyLine(trivia);
          return noTrivia;
        }
        const nextItem = column === frame.indent;
        // A `---` at the margin meets an item of the top-level map as a next key would (`Parser.blockMap`).
        const splits = isMap && (nextItem || (kind === 'documentStart' && frame.indent === 0));
        this.setEmptyValue(frame, trivia, terminator, splits);
        if (nextItem) return noTrivia;
        trivia = noTrivia;
      } else trivia = this.absorb(frame, trivia);
      // A key at a sequence's column ends the sequence (`key:` then `- a` at the key's column).
      const endsSequence = kind === 'key' && frame.node instanceof YAMLSeq && this.stack.length > 1;
      if (column === frame.indent && !endsSequence) return trivia;
      if (column > frame.indent) throw declined;
      // `yaml` keeps trailing comments in a collection unless it is at the margin or they are less indented.
      const stays = frame.indent > 0 && trivia.some((line) => line.comment && line.indent >= frame.indent);
      this.close(frame, stays ? terminator : undefined);
      if (stays) trivia = noTrivia;
    }
  }

  /**
   * Comment lines more indented than the collection, right after a flow scalar or collection (blank
   * lines between), become part of that value's range in `yaml` (`Parser.atIndentedComment`).
   */
  private absorb(frame: Frame, trivia: readonly Trivia[]): readonly Trivia[] {
    if (!frame.absorbs) return trivia;
    frame.absorbs = false;
    let absorbed = -1;
    for (let index = 0; index < trivia.length; index++) {
      const line = trivia[index]!;
      if (!line.comment) continue;
      if (line.indent <= frame.indent) break;
      absorbed = index;
    }
    if (absorbed < 0) return trivia;
    frame.last!.range![2] = trivia[absorbed]!.end;
    return trivia.slice(absorbed + 1);
  }

  /** The collection ends: its range runs to its last value's end, or over trailing comments kept in it. */
  private close(frame: Frame, commentEnd: number | undefined): void {
    const valueEnd = frame.last!.range![2];
    frame.node.range = [frame.start, valueEnd, commentEnd ?? valueEnd];
    this.stack.pop();
  }

  /**
   * An item written with no value reads as an empty (null) scalar past its indicator. When a comment
   * follows it, its range runs over the comment: in a map up to the second line break (with no more
   * indented comment after it) if the next key follows (`Parser.blockMap`), otherwise up to the next
   * content line.
   */
  private setEmptyValue(frame: Frame, trivia: readonly Trivia[], terminator: number, splits: boolean): void {
    const awaiting = frame.awaiting!;
    if (awaiting.tag || awaiting.anchor !== undefined) throw declined;
    const breaks: number[] = [];
    const comments: number[] = [];
    if (awaiting.commentEnd !== undefined) comments.push(awaiting.lineEnd);
    if (awaiting.lineNext > awaiting.lineEnd) breaks.push(awaiting.lineEnd);
    for (const run of trivia) {
      if (run.comment) comments.push(run.textEnd);
      // A more indented comment line starts the count again: past a run of them, only the last's break counts.
      if (run.comment && run.indent > frame.indent) {
        breaks.length = 0;
        if (run.end > run.lastTextEnd) breaks.push(run.lastTextEnd);
      } else breaks.push(...firstBreaks(run));
    }
    const end = splits && breaks.length >= 2 ? breaks[1]! : terminator;
    const commented = awaiting.leadingComment || comments.some((commentAt) => commentAt <= end);
    const position = awaiting.position;
    const scalar = this.plainScalar('', position, position, commented ? end : position);
    frame.awaiting = undefined;
    this.setValue(frame, scalar, false, awaiting.pair);
  }

  private setValue(frame: Frame, value: Node, absorbs: boolean, pair = frame.awaiting?.pair): void {
    if (frame.node instanceof YAMLSeq) frame.node.items.push(value);
    else pair!.value = value;
    frame.awaiting = undefined;
    frame.last = value;
    frame.absorbs = absorbs;
  }

  private readMapItem(frame: Frame, at: number, lineEnd: number, next: number, scanned?: KeyRun): number {
    if (!(frame.node instanceof YAMLMap)) throw declined;
    const key = scanned ?? this.scanKey(at, lineEnd);
    if (!key) throw declined;
    const scalar = key.plain
      ? this.plainScalar(key.value, at, key.end, key.end)
      : this.stringScalar(key.value, key.type, at, key.end, key.end);
    const pair = new Pair<Scalar, Node | null>(scalar, null);
    frame.node.items.push(pair);
    return this.readValue(frame, pair, key.valueStart, lineEnd, next);
  }

  private readSeqItem(frame: Frame, dash: number, lineEnd: number, next: number, leadingComment: boolean): number {
    if (!(frame.node instanceof YAMLSeq)) throw declined;
    const at = skipSpaces(this.text, dash + 1, lineEnd);
    const key = at < lineEnd ? this.scanKey(at, lineEnd) : undefined;
    if (key) {
      // `- key: value`: a map in the sequence, indented as its first key.
      const map = this.openFrame(false, frame.indent + (at - dash), at);
      this.setValue(frame, map.node, false);
      return this.readMapItem(map, at, lineEnd, next, key);
    }
    const after = this.readValue(frame, undefined, at, lineEnd, next);
    if (frame.awaiting) frame.awaiting.leadingComment = leadingComment;
    return after;
  }

  /** An implicit key on one line, plain or quoted, with its `:` indicator; undefined if `at` starts none. */
  private scanKey(at: number, lineEnd: number): KeyRun | undefined {
    const text = this.text;
    const code = text.charCodeAt(at);
    if (code === 34 || code === 39) {
      const quoted = scanQuoted(text, at, lineEnd);
      if (!quoted) return undefined;
      const colonAt = skipSpaces(text, quoted.end, lineEnd);
      if (text.charCodeAt(colonAt) !== 58 || !(colonAt + 1 === lineEnd || text.charCodeAt(colonAt + 1) === 32))
        return undefined;
      const valueStart = skipSpaces(text, colonAt + 1, lineEnd);
      return { plain: false, value: quoted.value, type: quoted.type, end: quoted.end, valueStart };
    }
    if (!startsPlain(text, at, lineEnd)) return undefined;
    const run = scanPlain(text, at, lineEnd);
    if (run.stop !== 'colon' || run.end === at) return undefined;
    const valueStart = skipSpaces(text, run.stopAt + 1, lineEnd);
    return { plain: true, value: text.slice(at, run.end), type: 'PLAIN', end: run.end, valueStart };
  }

  /** Reads the value written at `at` on an item's line; returns where the next line to read starts. */
  private readValue(
    frame: Frame,
    pair: Pair<Scalar, Node | null> | undefined,
    at: number,
    lineEnd: number,
    next: number,
  ): number {
    const text = this.text;
    const { tag, anchor, start } = this.readProperties(at, lineEnd);
    if (start === lineEnd || text.charCodeAt(start) === 35) {
      const position = tag ? start : at;
      const commentEnd = start < lineEnd ? lineEnd : undefined;
      frame.awaiting = { pair, position, commentEnd, lineEnd, lineNext: next, tag, anchor, leadingComment: false };
      if ((tag || anchor !== undefined) && commentEnd !== undefined) throw declined;
      return next;
    }
    const code = text.charCodeAt(start);
    if (code === 124 || code === 62) return this.readBlockValue(frame, pair, start, lineEnd, tag, anchor);
    if (code === 42) {
      this.setValue(frame, this.alias(start, lineEnd, next, tag ?? anchor), true, pair);
      return next;
    }
    const plain = code !== 34 && code !== 39 && code !== 91 && code !== 123;
    const read = plain
      ? this.readPlainValue(start, lineEnd, next, tag, frame.indent)
      : { value: this.readFlowValue(start, lineEnd, next, tag), next };
    if (anchor !== undefined) read.value.anchor = anchor;
    this.setValue(frame, read.value, true, pair);
    return read.next;
  }

  /**
   * A plain value, continued on the lines below that are indented more than its collection (`yaml` folds
   * them: one line break to a space, blank lines to a break each), up to a comment, a less indented line
   * or the end. Returns it and where the next line to read starts (the blank lines after it are trivia).
   */
  private readPlainValue(
    start: number,
    lineEnd: number,
    next: number,
    tag: LocalTag | undefined,
    limit: number,
  ): { value: Node; next: number } {
    const text = this.text;
    if (!startsPlain(text, start, lineEnd)) throw declined;
    const run = scanPlain(text, start, lineEnd);
    if (run.stop === 'colon') throw declined;
    let value = text.slice(start, run.end);
    let end = run.end;
    let rangeEnd = next;
    let blankLines = 0;
    for (let lineStart = next, stop = run.stop; stop === 'line' && lineStart < text.length;) {
      const nextEnd = lineEndAt(text, lineStart);
      const nextStart = nextEnd < text.length ? nextEnd + 1 : nextEnd;
      const content = skipSpaces(text, lineStart, nextEnd);
      if (content === nextEnd) blankLines++;
      else if (content - lineStart <= limit || text.charCodeAt(content) === 35) break;
      else {
        const more = scanPlain(text, content, nextEnd);
        if (more.stop === 'colon') throw declined;
        value += (blankLines === 0 ? ' ' : '\n'.repeat(blankLines)) + text.slice(content, more.end);
        end = more.end;
        stop = more.stop;
        blankLines = 0;
        rangeEnd = nextStart;
      }
      lineStart = nextStart;
    }
    const scalar = tag
      ? this.stringScalar(value, 'PLAIN', start, end, rangeEnd, tag)
      : this.plainScalar(value, start, end, rangeEnd);
    return { value: scalar, next: rangeEnd };
  }

  /** A value's tag and anchor (`!Ref`, `&name`, at most one each, in either order) and where the value starts. */
  private readProperties(
    at: number,
    lineEnd: number,
  ): { tag: LocalTag | undefined; anchor: string | undefined; start: number } {
    const text = this.text;
    let tag: LocalTag | undefined;
    let anchor: string | undefined;
    let start = at;
    for (;;) {
      const code = text.charCodeAt(start);
      if (code === 33 && !tag) {
        tag = scanTag(text, start, lineEnd);
        if (!tag) throw declined;
        start = skipSpaces(text, tag.end, lineEnd);
      } else if (code === 38 && anchor === undefined) {
        const read = scanAnchorName(text, start, lineEnd);
        if (!read) throw declined;
        anchor = read.name;
        start = skipSpaces(text, read.end, lineEnd);
      } else return { tag, anchor, start };
    }
  }

  /** An alias (`*name`), which takes no properties; YamlSource resolves it later, as it does `yaml`'s. */
  private alias(at: number, lineEnd: number, next: number, properties: unknown): Alias {
    const read = scanAnchorName(this.text, at, lineEnd);
    if (!read || properties !== undefined || !restIsBlank(this.text, read.end, lineEnd)) throw declined;
    const alias = new Alias(read.name);
    alias.range = [at, read.end, next];
    this.aliasInDocument = true;
    return alias;
  }

  private readFlowValue(
    start: number,
    lineEnd: number,
    next: number,
    tag: { name: string; at: number } | undefined,
  ): Node {
    const text = this.text;
    const code = text.charCodeAt(start);
    if (code === 34 || code === 39) {
      const quoted = scanQuoted(text, start, lineEnd);
      if (!quoted || !restIsBlank(text, quoted.end, lineEnd)) throw declined;
      return this.stringScalar(quoted.value, quoted.type, start, quoted.end, next, tag);
    }
    if (code === 91) return this.flowSequence(start, lineEnd, next, tag);
    if (code === 123 && text.charCodeAt(start + 1) === 123) return this.templatePlaceholder(start, lineEnd, next, tag);
    if (code === 123) return this.emptyFlowMap(start, lineEnd, next, tag);
    throw declined;
  }

  /** A one-line flow sequence, nested ones included, built with a stack of the sequences open. */
  private flowSequence(
    start: number,
    lineEnd: number,
    next: number,
    tag: { name: string; at: number } | undefined,
  ): Node {
    const events = scanFlowSequence(this.text, start, lineEnd);
    if (!events) throw declined;
    const open: YAMLSeq[] = [];
    let closed: YAMLSeq | undefined;
    for (const event of events) {
      const parent = open[open.length - 1];
      if (event.kind === 'open') {
        const seq = new YAMLSeq(this.document!.schema);
        seq.flow = true;
        const seqTag = parent ? event.tag : tag;
        if (seqTag) {
          seq.tag = seqTag.name;
          this.unresolvedTag(seqTag.name, seqTag.at);
        }
        seq.range = [event.start, event.start, event.start];
        parent?.items.push(seq);
        open.push(seq);
      } else if (event.kind === 'close') {
        closed = open.pop()!;
        closed.range = [closed.range![0], event.end, open.length > 0 ? event.rangeEnd : next];
      } else
        parent!.items.push(
          event.plain && !event.tag
            ? this.plainScalar(event.value, event.start, event.end, event.rangeEnd)
            : this.stringScalar(event.value, event.type, event.start, event.end, event.rangeEnd, event.tag),
        );
    }
    return closed!;
  }

  /**
   * A Helm value, `{{ .Values.x }}`, as YAML reads it: a flow map holding one key with no value, itself a
   * flow map holding the expression as its one key with no value. (Which Helm files are YAML at all is
   * decided in documents.ts.)
   */
  private templatePlaceholder(
    open: number,
    lineEnd: number,
    next: number,
    tag: { name: string; at: number } | undefined,
  ): Node {
    const placeholder = scanTemplatePlaceholder(this.text, open, lineEnd);
    if (!placeholder || tag) throw declined;
    const { value, start, end, close } = placeholder;
    const schema = this.document!.schema;
    const expression = new YAMLMap<Scalar, null>(schema);
    expression.flow = true;
    expression.items.push(new Pair(this.plainScalar(value, start, end, end), null));
    expression.range = [open + 1, close + 1, close + 1];
    const outer = new YAMLMap<YAMLMap, null>(schema);
    outer.flow = true;
    outer.items.push(new Pair(expression, null));
    outer.range = [open, close + 2, next];
    return outer;
  }

  private emptyFlowMap(
    open: number,
    lineEnd: number,
    next: number,
    tag: { name: string; at: number } | undefined,
  ): Node {
    const end = scanEmptyFlowMap(this.text, open, lineEnd);
    if (end === undefined || tag) throw declined;
    const map = new YAMLMap(this.document!.schema);
    map.flow = true;
    map.range = [open, end, next];
    return map;
  }

  private readBlockValue(
    frame: Frame,
    pair: Pair<Scalar, Node | null> | undefined,
    header: number,
    lineEnd: number,
    tag: { name: string; at: number } | undefined,
    anchor: string | undefined,
  ): number {
    const block = scanBlockScalar(this.text, header, lineEnd, frame.indent);
    if (!block) throw declined;
    const scalar = this.stringScalar(block.value, block.type, header, block.end, block.end, tag);
    if (anchor !== undefined) scalar.anchor = anchor;
    this.setValue(frame, scalar, false, pair);
    const blanks = block.trailingBlank;
    this.trivia = blanks ? [{ comment: false, indent: 0, ...blanks }] : [];
    return block.next;
  }

  private plainScalar(value: string, start: number, end: number, rangeEnd: number): Scalar {
    return this.scalars!.plain(value, start, end, rangeEnd);
  }

  /** A scalar read as a string: quoted, a block scalar, or under a tag `yaml` does not know (with its warning). */
  private stringScalar(
    value: string,
    type: Scalar.Type,
    start: number,
    end: number,
    rangeEnd: number,
    tag?: { name: string; at: number },
  ): Scalar {
    if (tag) this.unresolvedTag(tag.name, tag.at);
    const scalar = this.scalars!.string(value, type, start, end, rangeEnd);
    if (tag) scalar.tag = tag.name;
    return scalar;
  }

  private unresolvedTag(name: string, at: number): void {
    this.document!.warnings.push(
      new YAMLWarning([at, at + name.length], 'TAG_RESOLVE_FAILED', `Unresolved tag: ${name}`),
    );
  }
}

/** Whether an empty line (no spaces) comes before a comment at the margin among `trivia`. */
function marginCommentAfterEmptyLine(trivia: readonly Trivia[]): boolean {
  let empty = false;
  for (const line of trivia) {
    if (line.comment && line.indent === 0 && empty) return true;
    if (!line.comment && line.indent === 0) empty = true;
  }
  return false;
}
