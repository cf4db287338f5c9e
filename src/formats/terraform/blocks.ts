import { firstChild, namedChildren, type Node } from './hcl.js';

export interface Block {
  node: Node;
  type: string;
  labels: string[];
  attributes: Map<string, Node>;
  blocks: Block[];
}

export function readBlock(node: Node): Block {
  const children = namedChildren(node);
  // Every block of every file is read so, mostly unoptimised: one indexed loop, no intermediate list.
  const labels: string[] = [];
  for (let index = 0; index < children.length; index++) {
    const child = children[index]!;
    if (child.type === 'string_lit' || (child.type === 'identifier' && index > 0))
      labels.push(child.text.replace(/^"|"$/g, ''));
  }
  const body = firstChild(node, 'body');
  const attributes = new Map<string, Node>();
  const blocks: Block[] = [];
  const items = namedChildren(body);
  for (let index = 0; index < items.length; index++) {
    const child = items[index]!;
    if (child.type === 'attribute') {
      const name = firstChild(child, 'identifier')?.text;
      const expression = firstChild(child, 'expression');
      if (name && expression) attributes.set(name, child);
    } else if (child.type === 'block') blocks.push(readBlock(child));
  }
  // Blocks live until the join: lists grown by `push` (room for 16 more) are kept as exact-length copies.
  return { node, type: children[0]?.text ?? '', labels: labels.slice(), attributes, blocks: blocks.slice() };
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
