import { posix } from 'node:path';
import type { Span } from '../../model/references.js';
import { ModelBuilder } from '../shared/builder.js';
import { LineIndex } from '../shared/lines.js';
import type { ParseContext } from '../types.js';
import { firstChild, namedChildren, type Node } from './hcl.js';

/** One HCL file being read: where its facts go, and how its offsets and addresses become spans and keys. */
export class TerraformFile {
  readonly builder: ModelBuilder;
  /** The module folder: keys are shared by its files. */
  readonly scope: string;
  private readonly lines: LineIndex;

  constructor(
    readonly file: string,
    readonly text: string,
    readonly context: ParseContext,
  ) {
    this.builder = new ModelBuilder(file, 'terraform');
    this.lines = new LineIndex(text);
    this.scope = posix.dirname(file);
  }

  span(start: number, end: number): Span {
    return this.lines.span(start, end);
  }

  nodeSpan(node: Node): Span {
    return this.span(node.startIndex, node.endIndex);
  }
}

export interface Block {
  node: Node;
  type: string;
  labels: string[];
  attributes: Map<string, Node>;
  blocks: Block[];
}

export function readBlock(node: Node): Block {
  const children = namedChildren(node);
  const labels = children
    .filter((child) => child.type === 'string_lit' || (child.type === 'identifier' && child !== children[0]))
    .map((child) => child.text.replace(/^"|"$/g, ''));
  const body = firstChild(node, 'body');
  const attributes = new Map<string, Node>();
  const blocks: Block[] = [];
  for (const child of namedChildren(body)) {
    if (child.type === 'attribute') {
      const name = firstChild(child, 'identifier')?.text;
      const expression = firstChild(child, 'expression');
      if (name && expression) attributes.set(name, child);
    } else if (child.type === 'block') blocks.push(readBlock(child));
  }
  return { node, type: children[0]?.text ?? '', labels, attributes, blocks };
}

export function expressionOf(attribute: Node | undefined): Node | undefined {
  return firstChild(attribute, 'expression');
}

/** The expression of a block's attribute. */
export function attributeExpression(block: Block, name: string): Node | undefined {
  return expressionOf(block.attributes.get(name));
}
