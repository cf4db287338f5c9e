// A fast path for the common subset of Terraform's HCL: one pass over the text, building the tree that
// `parseHcl` copies out of tree-sitter for the same text (the same `Node`s, types, ranges and fields:
// named nodes but the delimiters, comments nested by their span), so that every reader reads either
// the same way.
//
// It reads blocks, attributes, comments, literals, quoted templates and heredocs with interpolations,
// traversals, splats, calls, tuples, objects, `for` expressions, operations and conditionals (CR line
// breaks too). It declines (returns undefined, and tree-sitter parses the file) on anything outside
// that or that it is not sure of: template directives (`%{`), strip markers, legacy indexes (`a.0`),
// hexadecimal numbers, non-ASCII names, `::` in names, keywords as variables, escapes the grammar
// rejects, line breaks and comments inside quoted strings, objects and heredocs inside templates, and
// any syntax error. Nesting is capped (`maxDepth`), so the recursion it uses is bounded whatever the
// input, and placing comments has a budget of steps, so it is linear too.
// __tests__/formats/terraform/hcl-fast.test.ts compares both parsers on real files and generated ones.

import { Node } from './hcl-node.js';
import {
  binaryOperator,
  ch,
  continuesWord,
  decline,
  declined,
  dollarOrPercentChunk,
  escapeLength,
  isDigit,
  isBlank,
  isOddSpace,
  isKeyword,
  numberEnd,
  plainRunEnd,
  startsWord,
  wordEnd,
} from './hcl-fast-lexer.js';

/** Nesting beyond this (blocks, brackets, operands, templates) is left to tree-sitter. */
const maxDepth = 48;

/** Steps allowed per node to find each comment's parent: a deep tree full of comments is declined. */
const placementStepsPerNode = 4;

/** The tree `parseHcl(text)` gives, or undefined where the fast path declines. */
export function readFastHcl(text: string): Node | undefined {
  if (text.includes('\0')) return undefined;
  try {
    return new FastHcl(text).read();
  } catch (error) {
    if (error === declined) return undefined;
    throw error;
  }
}

/** An `_expr_term` of the grammar, which is hidden: its nodes go to its parent, but its span counts. */
interface Term {
  nodes: Node[];
  start: number;
  end: number;
}

/** A splat (`.*` or `[*]`) and the steps it has taken so far. */
interface Splat {
  type: 'attr_splat' | 'full_splat';
  start: number;
  end: number;
  steps: Node[];
}

class FastHcl {
  private pos = 0;
  private nodeCount = 0;
  private readonly comments: Node[] = [];
  /** Templates open around the current position: objects, heredocs and comments are declined inside. */
  private templates = 0;

  constructor(private readonly text: string) {}

  read(): Node {
    const body = this.body(0, false);
    const root = new Node(this.text, 'config_file', 0, this.text.length, true, false, false);
    if (body) root.setChildren([body]);
    if (this.comments.length > 0) this.placeComments(root);
    return root;
  }

  private node(type: string, start: number, end: number, children?: Node[]): Node {
    if (end <= start) decline();
    const node = new Node(this.text, type, start, end, true, false, false);
    // A list grown by `push` keeps room for 16 more children; the tree lives until the join, so each
    // node keeps an exact-length copy, and the grown list dies young, where it costs the collector nothing.
    if (children) node.setChildren(children.slice());
    this.nodeCount++;
    return node;
  }

  private code(at = this.pos): number {
    return this.text.charCodeAt(at);
  }

  /** Skips blanks and comments (recording each comment) up to the next token. */
  private trivia(): void {
    const text = this.text;
    for (;;) {
      const c = text.charCodeAt(this.pos);
      if (c === ch.space || c === ch.newline || c === ch.tab || c === ch.cr) {
        this.pos++;
        continue;
      }
      const next = text.charCodeAt(this.pos + 1);
      if (c === ch.hash || (c === ch.slash && next === ch.slash)) this.comment(this.lineEnd());
      else if (c === ch.slash && next === ch.star) {
        const close = text.indexOf('*/', this.pos + 2);
        if (close < 0) decline();
        this.comment(close + 2);
      } else return;
    }
  }

  private lineEnd(): number {
    const end = this.text.indexOf('\n', this.pos);
    return end < 0 ? this.text.length : end;
  }

  private comment(end: number): void {
    if (this.templates > 0) decline();
    this.comments.push(this.node('comment', this.pos, end));
    this.pos = end;
  }

  /** Consumes `c` (after trivia), or declines. */
  private expect(c: number): number {
    this.trivia();
    if (this.code() !== c) decline();
    return ++this.pos;
  }

  /**
   * A name (of an attribute, a block, a label, a variable, a function). A keyword (`null`, `for`) is a
   * name where an attribute or block starts and in a block's labels, where the grammar allows no
   * keyword; elsewhere it declines.
   */
  private identifier(keywordsAreNames = false): Node {
    const start = this.pos;
    if (!startsWord(this.code())) decline();
    const end = wordEnd(this.text, start);
    if (!keywordsAreNames && isKeyword(this.text, start, end)) decline();
    this.pos = end;
    return this.node('identifier', start, end);
  }

  /** Attributes and blocks up to the end of the file or (`inBlock`) the block's `}`, which is not consumed. */
  private body(depth: number, inBlock: boolean): Node | undefined {
    if (depth > maxDepth) decline();
    const items: Node[] = [];
    for (;;) {
      this.trivia();
      if (this.pos >= this.text.length) {
        if (inBlock) decline();
        break;
      }
      if (this.code() === ch.closeBrace) {
        if (!inBlock) decline();
        break;
      }
      items.push(this.item(depth));
    }
    if (items.length === 0) return undefined;
    return this.node('body', items[0]!.startIndex, items[items.length - 1]!.endIndex, items);
  }

  private item(depth: number): Node {
    const name = this.identifier(true);
    this.trivia();
    if (this.code() === ch.equals) {
      const next = this.code(this.pos + 1);
      if (next === ch.equals || next === ch.greater) decline();
      this.pos++;
      const value = this.expression(depth + 1);
      return this.node('attribute', name.startIndex, value.endIndex, [name, value]);
    }
    const children = [name];
    for (;;) {
      this.trivia();
      const c = this.code();
      if (c === ch.openBrace) break;
      if (c === ch.quote) children.push(this.label());
      else children.push(this.identifier(true));
    }
    this.pos++;
    const body = this.body(depth + 1, true);
    if (body) children.push(body);
    const end = this.expect(ch.closeBrace);
    return this.node('block', name.startIndex, end, children);
  }

  /** `expression`: a term, operations, or conditionals (`a ? b : c ? d : e` nests to the left, as the grammar does). */
  private expression(depth: number): Node {
    if (depth > maxDepth) decline();
    const first = this.binary(depth + 1, 0);
    let expression = this.node('expression', first.start, first.end, first.nodes);
    for (;;) {
      this.trivia();
      if (this.code() !== ch.question) return expression;
      this.pos++;
      const whenTrue = this.expression(depth + 1);
      this.expect(ch.colon);
      const otherwise = this.binary(depth + 1, 0);
      const whenFalse = this.node('expression', otherwise.start, otherwise.end, otherwise.nodes);
      const start = expression.startIndex;
      const conditional = this.node('conditional', start, whenFalse.endIndex, [expression, whenTrue, whenFalse]);
      expression = this.node('expression', start, whenFalse.endIndex, [conditional]);
    }
  }

  /** Binary operations by precedence climbing, all left-associative as the grammar's `prec.left`. */
  private binary(depth: number, floor: number): Term {
    if (depth > maxDepth) decline();
    let left = this.unary(depth + 1);
    for (;;) {
      this.trivia();
      const operator = binaryOperator(this.text, this.pos);
      if (operator.precedence <= floor) return left;
      this.pos += operator.length;
      const right = this.binary(depth + 1, operator.precedence);
      const operation = this.node('binary_operation', left.start, right.end, [...left.nodes, ...right.nodes]);
      left = { nodes: [this.node('operation', left.start, right.end, [operation])], start: left.start, end: right.end };
    }
  }

  private unary(depth: number): Term {
    if (depth > maxDepth) decline();
    this.trivia();
    const c = this.code();
    if (c !== ch.minus && c !== ch.bang) return this.postfix(depth + 1);
    const start = this.pos;
    if (c === ch.bang && this.code(start + 1) === ch.equals) decline();
    this.pos++;
    const operand = this.unary(depth + 1);
    const operation = this.node('unary_operation', start, operand.end, operand.nodes);
    return { nodes: [this.node('operation', start, operand.end, [operation])], start, end: operand.end };
  }

  /** A term and the attribute, index and splat steps after it. */
  private postfix(depth: number): Term {
    const term = this.primary(depth);
    /** The open splat: it takes every later `.name` and `[index]`, as the grammar's `prec.right` repeat. */
    let splat: Splat | undefined;
    for (;;) {
      this.trivia();
      const start = this.pos;
      const c = this.code();
      const next = this.code(start + 1);
      let step: Node;
      if (c === ch.dot) {
        if (next === ch.dot) break; // `...`
        if (next === ch.star) {
          if (splat) this.closeSplat(term, splat);
          splat = { type: 'attr_splat', start, end: start + 2, steps: [] };
          this.pos += 2;
          continue;
        }
        if (isDigit(next)) decline();
        this.pos++;
        this.trivia();
        const name = this.identifier();
        step = this.node('get_attr', start, name.endIndex, [name]);
      } else if (c === ch.openSquare) {
        if (next === ch.star && this.code(start + 2) === ch.closeSquare) {
          if (splat) this.closeSplat(term, splat);
          splat = { type: 'full_splat', start, end: start + 3, steps: [] };
          this.pos += 3;
          continue;
        }
        this.pos++;
        const key = this.expression(depth + 1);
        const end = this.expect(ch.closeSquare);
        step = this.node('index', start, end, [this.node('new_index', start, end, [key])]);
      } else break;
      if (splat) {
        splat.steps.push(step);
        splat.end = step.endIndex;
      } else {
        term.nodes.push(step);
        term.end = step.endIndex;
      }
    }
    if (splat) this.closeSplat(term, splat);
    return term;
  }

  private closeSplat(term: Term, splat: Splat): void {
    const inner = this.node(splat.type, splat.start, splat.end, splat.steps.length > 0 ? splat.steps : undefined);
    term.nodes.push(this.node('splat', splat.start, splat.end, [inner]));
    term.end = splat.end;
  }

  private primary(depth: number): Term {
    this.trivia();
    const start = this.pos;
    const c = this.code();
    if (c === ch.quote) return this.quoted(depth + 1);
    if (isDigit(c)) {
      const end = numberEnd(this.text, start);
      this.pos = end;
      return this.literal('numeric_lit', start, end);
    }
    if (c === ch.less && this.code(start + 1) === ch.less) return this.heredoc(depth + 1);
    if (c === ch.openParen) {
      this.pos++;
      const inner = this.expression(depth + 1);
      const end = this.expect(ch.closeParen);
      return { nodes: [inner], start, end };
    }
    if (c === ch.openSquare) return this.tuple(depth + 1);
    if (c === ch.openBrace) return this.object(depth + 1);
    if (!startsWord(c)) decline();
    const end = wordEnd(this.text, start);
    // `true`, `false` and `null` have four or five letters: a longer word is not sliced to compare.
    const word = end - start <= 5 ? this.text.slice(start, end) : undefined;
    if (word === 'true' || word === 'false' || word === 'null') {
      this.pos = end;
      return this.literal(word === 'null' ? 'null_lit' : 'bool_lit', start, end);
    }
    const name = this.identifier();
    this.trivia();
    if (this.code() !== ch.openParen) return { nodes: [this.node('variable_expr', start, end, [name])], start, end };
    this.pos++;
    const call = this.call(depth + 1, name);
    return { nodes: [call], start, end: call.endIndex };
  }

  private literal(type: string, start: number, end: number, children?: Node[]): Term {
    const value = this.node('literal_value', start, end, [this.node(type, start, end, children)]);
    return { nodes: [value], start, end };
  }

  /** `name(arguments)`, past the `(`: the arguments' node runs to a trailing `,` or `...`. */
  private call(depth: number, name: Node): Node {
    const args: Node[] = [];
    let argsEnd = 0;
    for (;;) {
      this.trivia();
      if (this.code() === ch.closeParen) break;
      const argument = this.expression(depth + 1);
      args.push(argument);
      argsEnd = argument.endIndex;
      this.trivia();
      const c = this.code();
      if (c === ch.comma) {
        argsEnd = ++this.pos;
        continue;
      }
      if (c === ch.dot && this.text.startsWith('...', this.pos)) {
        this.pos += 3;
        argsEnd = this.pos;
        this.trivia();
      }
      if (this.code() !== ch.closeParen) decline();
      break;
    }
    const end = ++this.pos;
    const children = [name];
    if (args.length > 0) children.push(this.node('function_arguments', args[0]!.startIndex, argsEnd, args));
    return this.node('function_call', name.startIndex, end, children);
  }

  private tuple(depth: number): Term {
    const start = this.pos++;
    if (this.atKeyword('for')) return this.forExpression(depth + 1, start, false);
    const items: Node[] = [];
    for (;;) {
      this.trivia();
      if (this.code() === ch.closeSquare) break;
      items.push(this.expression(depth + 1));
      this.trivia();
      if (this.code() === ch.comma) this.pos++;
      else if (this.code() !== ch.closeSquare) decline();
    }
    const end = ++this.pos;
    const tuple = this.node('tuple', start, end, items.length > 0 ? items : undefined);
    return { nodes: [this.node('collection_value', start, end, [tuple])], start, end };
  }

  private object(depth: number): Term {
    if (this.templates > 0) decline();
    const start = this.pos++;
    if (this.atKeyword('for')) return this.forExpression(depth + 1, start, true);
    const elements: Node[] = [];
    for (;;) {
      this.trivia();
      if (this.code() === ch.closeBrace) break;
      const key = this.expression(depth + 1);
      this.trivia();
      const c = this.code();
      const next = this.code(this.pos + 1);
      if (!(c === ch.colon || (c === ch.equals && next !== ch.equals && next !== ch.greater))) decline();
      this.pos++;
      const value = this.expression(depth + 1);
      key.field = 'key';
      value.field = 'val';
      elements.push(this.node('object_elem', key.startIndex, value.endIndex, [key, value]));
      this.trivia();
      if (this.code() === ch.comma) this.pos++;
    }
    const end = ++this.pos;
    const object = this.node('object', start, end, elements.length > 0 ? elements : undefined);
    return { nodes: [this.node('collection_value', start, end, [object])], start, end };
  }

  /** Whether the keyword is the next word (after trivia). */
  private atKeyword(keyword: string): boolean {
    this.trivia();
    return this.text.startsWith(keyword, this.pos) && !continuesWord(this.code(this.pos + keyword.length));
  }

  /** Consumes the keyword, or declines. */
  private keyword(keyword: string): number {
    if (!this.atKeyword(keyword)) decline();
    const start = this.pos;
    this.pos += keyword.length;
    return start;
  }

  /**
   * `[for a, b in x : y if c]` or `{for a, b in x : k => v... if c}`, past the `[` or `{`: a
   * `for_expr` around a `for_tuple_expr` or `for_object_expr`.
   */
  private forExpression(depth: number, start: number, object: boolean): Term {
    const introStart = this.keyword('for');
    this.trivia();
    const intro = [this.identifier()];
    this.trivia();
    if (this.code() === ch.comma) {
      this.pos++;
      this.trivia();
      intro.push(this.identifier());
    }
    this.keyword('in');
    intro.push(this.expression(depth + 1));
    const introEnd = this.expect(ch.colon);
    const children = [this.node('for_intro', introStart, introEnd, intro)];
    children.push(this.expression(depth + 1));
    if (object) {
      this.trivia();
      if (this.code() !== ch.equals || this.code(this.pos + 1) !== ch.greater) decline();
      this.pos += 2;
      children.push(this.expression(depth + 1));
      this.trivia();
      if (this.text.startsWith('...', this.pos)) this.pos += 3;
    }
    if (this.atKeyword('if')) {
      const condStart = this.keyword('if');
      const condition = this.expression(depth + 1);
      children.push(this.node('for_cond', condStart, condition.endIndex, [condition]));
    }
    const end = this.expect(object ? ch.closeBrace : ch.closeSquare);
    const inner = this.node(object ? 'for_object_expr' : 'for_tuple_expr', start, end, children);
    return { nodes: [this.node('for_expr', start, end, [inner])], start, end };
  }

  /**
   * A quoted string, as the grammar's scanner reads it: blanks are skipped between chunks, so a
   * literal runs from its first to its last non-blank character. Without interpolations it is a
   * `string_lit` (a block label must be one); with them a `quoted_template`.
   */
  private quoted(depth: number): Term {
    const start = this.pos;
    const { parts, interpolated } = this.template(depth, false);
    const end = this.pos;
    const children = parts.length > 0 ? parts : undefined;
    if (!interpolated) return this.literal('string_lit', start, end, children);
    const template = this.node('quoted_template', start, end, children);
    return { nodes: [this.node('template_expr', start, end, [template])], start, end };
  }

  /** A block's label in quotes: a `string_lit`, never a template. */
  private label(): Node {
    const start = this.pos;
    const { parts } = this.template(0, true);
    return this.node('string_lit', start, this.pos, parts.length > 0 ? parts : undefined);
  }

  /** A quoted string's parts, past its closing quote. */
  private template(depth: number, label: boolean): { parts: Node[]; interpolated: boolean } {
    const text = this.text;
    this.pos++;
    const parts: Node[] = [];
    let literalStart = -1;
    let literalEnd = -1;
    let interpolated = false;
    for (;;) {
      let c = text.charCodeAt(this.pos);
      while (c === ch.space || c === ch.tab || c === ch.cr) c = text.charCodeAt(++this.pos);
      if (c === ch.quote) break;
      let chunk: number;
      if (c === ch.dollar || c === ch.percent) {
        if (label) decline();
        chunk = dollarOrPercentChunk(text, this.pos);
        if (chunk === 0) {
          if (c === ch.percent) decline();
          if (literalStart >= 0) parts.push(this.node('template_literal', literalStart, literalEnd));
          literalStart = -1;
          parts.push(this.interpolation(depth + 1));
          interpolated = true;
          continue;
        }
      } else if (c === ch.backslash) chunk = escapeLength(text, this.pos);
      // Printable ASCII first, with the plain characters after it: most of a string.
      else if (c > ch.space && c < 127) chunk = plainRunEnd(text, this.pos + 1, false) - this.pos;
      else if (c < ch.space || isOddSpace(c) || Number.isNaN(c)) decline();
      else chunk = 1;
      if (literalStart < 0) literalStart = this.pos;
      this.pos += chunk;
      literalEnd = this.pos;
    }
    if (literalStart >= 0) parts.push(this.node('template_literal', literalStart, literalEnd));
    this.pos++;
    return { parts, interpolated };
  }

  /** `${ expression }`, at its `$`. */
  private interpolation(depth: number): Node {
    const start = this.pos;
    this.pos += 2;
    this.templates++;
    const expression = this.expression(depth + 1);
    this.templates--;
    const end = this.expect(ch.closeBrace);
    return this.node('template_interpolation', start, end, [expression]);
  }

  /**
   * `<<ID` or `<<-ID`, blanks and a line break, lines, and `ID` alone on a line (blanks before and after it),
   * as the grammar's scanner reads it: every non-blank character is a chunk, and a line whose first
   * characters begin the marker is a chunk of those first.
   */
  private heredoc(depth: number): Term {
    if (this.templates > 0) decline();
    const text = this.text;
    const start = this.pos;
    this.pos += this.code(start + 2) === ch.minus ? 3 : 2;
    const markerStart = this.pos;
    if (!startsWord(this.code()) && !isDigit(this.code())) decline();
    while (continuesWord(this.code())) this.pos++;
    const marker = text.slice(markerStart, this.pos);
    // Blanks may follow the marker (a CR line break), but nothing else on its line.
    while (isBlank(this.code())) this.pos++;
    if (this.code() !== ch.newline) decline();
    const parts: Node[] = [];
    let literalStart = -1;
    let literalEnd = -1;
    for (;;) {
      let lineStart = false;
      let c = text.charCodeAt(this.pos);
      while (c === ch.space || c === ch.tab || c === ch.cr || c === ch.newline) {
        if (c === ch.newline) lineStart = true;
        c = text.charCodeAt(++this.pos);
      }
      // Printable ASCII first, without a call: most of a heredoc's characters (and the plain ones after it, below).
      if (!(c > ch.space && c < 127) && (Number.isNaN(c) || c < ch.space || isOddSpace(c))) decline();
      let chunk = 1;
      if (c === ch.dollar || c === ch.percent) {
        chunk = dollarOrPercentChunk(text, this.pos);
        if (chunk === 0) {
          if (c === ch.percent) decline();
          if (literalStart >= 0) parts.push(this.node('template_literal', literalStart, literalEnd));
          literalStart = -1;
          parts.push(this.interpolation(depth + 1));
          continue;
        }
      } else if (!lineStart) chunk = plainRunEnd(text, this.pos + 1, true) - this.pos;
      else {
        let matched = 0;
        while (matched < marker.length && text.charCodeAt(this.pos + matched) === marker.charCodeAt(matched)) matched++;
        if (matched === marker.length) {
          let after = this.pos + matched;
          while (isBlank(text.charCodeAt(after))) after++;
          const next = text.charCodeAt(after);
          if (next === ch.newline) {
            if (literalStart >= 0) parts.push(this.node('template_literal', literalStart, literalEnd));
            this.pos += matched;
            break;
          }
          // The marker and more on its line: one chunk up to the character after the blanks.
          if (Number.isNaN(next) || next > 127 || next < ch.space) decline();
          chunk = after + 1 - this.pos;
        } else chunk = matched;
      }
      if (literalStart < 0) literalStart = this.pos;
      this.pos += chunk;
      literalEnd = this.pos;
    }
    const end = this.pos;
    const template = this.node('heredoc_template', start, end, parts.length > 0 ? parts : undefined);
    return { nodes: [this.node('template_expr', start, end, [template])], start, end };
  }

  /**
   * Nests each comment in the deepest node whose span holds its start, as `copyNamed` nests every
   * node by span: a node's span runs from its first token to its last, comments around it excluded.
   */
  private placeComments(root: Node): void {
    let steps = this.nodeCount * placementStepsPerNode;
    const added = new Map<Node, Node[]>();
    for (const comment of this.comments) {
      const at = comment.startIndex;
      let parent = root;
      for (;;) {
        const children = parent.children;
        let low = 0;
        let high = children.length;
        while (low < high) {
          const middle = (low + high) >>> 1;
          if (children[middle]!.startIndex < at) low = middle + 1;
          else high = middle;
        }
        const holder = children[low - 1];
        if (!holder || holder.endIndex <= at) break;
        parent = holder;
        if (--steps < 0) decline();
      }
      const list = added.get(parent);
      if (list) list.push(comment);
      else added.set(parent, [comment]);
    }
    for (const [parent, comments] of added) {
      const merged: Node[] = [];
      const children = parent.children;
      let index = 0;
      for (const comment of comments) {
        while (index < children.length && children[index]!.startIndex < comment.startIndex)
          merged.push(children[index++]!);
        merged.push(comment);
      }
      while (index < children.length) merged.push(children[index++]!);
      parent.setChildren(merged.slice());
    }
  }
}
