import { Node, firstChild, namedChildren } from './hcl.js';
import type { Block } from './blocks.js';

/** Block types whose JSON form nests one object per label (`resource` → type → name). */
const labelCounts: Record<string, number> = {
  resource: 2,
  data: 2,
  module: 1,
  output: 1,
  variable: 1,
  provider: 1,
  locals: 0,
};

/** The blocks and (for `.tfvars.json`) the top-level attributes of a parsed JSON configuration. */
export function readJsonConfiguration(root: Node, text: string): { blocks: Block[]; attributes: Node[] } {
  const document = firstChild(firstChild(root, 'body'), 'attribute');
  const attributeNode = (entry: Entry) => propertyNode(text, entry);
  const jsonBlock = (element: Node, type: string, labels: string[], body: Node): Block => {
    const attributes = new Map<string, Node>();
    for (const entry of entries(body)) attributes.set(entry.key, attributeNode(entry));
    return { node: element, type, labels, attributes, blocks: [] };
  };
  const top = entries(firstChild(document, 'expression'));
  const blocks: Block[] = [];
  for (const { key, value, element } of top) {
    const labels = labelCounts[key];
    if (labels === undefined) continue;
    const walk = (object: Node, found: string[]) => {
      if (found.length === labels) {
        for (const body of bodies(object)) blocks.push(jsonBlock(element, key, found, body));
        return;
      }
      for (const inner of entries(object)) walk(inner.value, [...found, inner.key]);
    };
    walk(value, []);
  }
  return { blocks, attributes: top.map(attributeNode) };
}

/** A block body, or each body of a list of them (`"provider": {"aws": [{…}, {…}]}`). */
function bodies(value: Node): Node[] {
  const tuple = firstChild(firstChild(value, 'collection_value'), 'tuple');
  return tuple ? namedChildren(tuple).filter((child) => child.type === 'expression') : [value];
}

/**
 * An `attribute` node standing for a JSON property, so readers of HCL attributes read it alike: its
 * name as an `identifier` (the key without its quotes) and its value as the expression.
 */
function propertyNode(text: string, { element, keyNode, value }: Entry): Node {
  const attribute = new Node(text, 'attribute', element.startIndex, element.endIndex, true, false, false);
  const quoted = keyNode.text.startsWith('"') && keyNode.text.endsWith('"') && keyNode.text.length >= 2;
  const name = quoted
    ? new Node(text, 'identifier', keyNode.startIndex + 1, keyNode.endIndex - 1, true, false, false)
    : new Node(text, 'identifier', keyNode.startIndex, keyNode.endIndex, true, false, false);
  attribute.setChildren([name, value]);
  return attribute;
}

interface Entry {
  key: string;
  keyNode: Node;
  value: Node;
  element: Node;
}

function entries(object: Node | undefined): Entry[] {
  const inner = firstChild(firstChild(object, 'collection_value'), 'object');
  return namedChildren(inner).flatMap((element) => {
    const key = element.childForFieldName('key');
    const value = element.childForFieldName('val');
    if (element.type !== 'object_elem' || !key || !value) return [];
    return [{ key: key.text.replace(/^"|"$/g, ''), keyNode: key, value, element }];
  });
}
