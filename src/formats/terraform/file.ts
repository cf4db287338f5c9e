import type { Span } from '../../model/references.js';
import { ModelBuilder } from '../shared/builder.js';
import { LineIndex } from '../shared/lines.js';
import type { ParseContext } from '../shared/parse-context.js';
import { firstChild, namedChildren, type Node } from './hcl.js';

/** A file's module folder, which scopes the names it declares: `.` for the checkout's top folder. */
export function folderOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '.' : path.slice(0, slash);
}

/** What names a declaration across the configuration: `modules/mail::aws_iam_user.smtp`. */
export function keyOf(scope: string, address: string): string {
  return `${scope}::${address}`;
}

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
    this.scope = folderOf(file);
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

/** How a block's use is labelled, by the file reader and the join alike: resources by address, the AWS provider by name, others by keyword and labels. */
export function blockLabel(block: Block): string {
  const [type = '', name = ''] = block.labels;
  if (block.type === 'resource') return `${type}.${name}`;
  if (block.type === 'provider' && type === 'aws') return 'provider "aws"';
  return `${block.type} ${block.labels.join(' ')}`.trim();
}

export function expressionOf(attribute: Node | undefined): Node | undefined {
  return firstChild(attribute, 'expression');
}

/** The expression of a block's attribute. */
export function attributeExpression(block: Block, name: string): Node | undefined {
  return expressionOf(block.attributes.get(name));
}
