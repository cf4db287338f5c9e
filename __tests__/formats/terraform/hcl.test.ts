import { beforeAll, describe, expect, it } from '@jest/globals';
import { loadHcl, parseHcl, parseWithTreeSitter, type Node } from '../../../src/formats/terraform/hcl.js';

beforeAll(loadHcl);

/** Every node of a tree, depth first, through `children` (with the anonymous tokens, where kept). */
function nodesOf(root: Node): Node[] {
  const found: Node[] = [];
  const stack = [root];
  for (let node = stack.pop(); node; node = stack.pop()) {
    found.push(node);
    stack.push(...[...node.children].reverse());
  }
  return found;
}

/** Each node as `type[start,end)`, indented by depth: the shape of the tree in one string. */
function outline(node: Node, depth = 0): string {
  const own = `${'  '.repeat(depth)}${node.isNamed ? '' : '~'}${node.type}[${node.startIndex},${node.endIndex})${node.field ? ` ${node.field}` : ''}`;
  return [own, ...node.children.map((child) => outline(child, depth + 1))].join('\n');
}

const valid =
  'resource "aws_iam_access_key" "k" {\n  user = aws_iam_user.u.name\n}\nlocals {\n  m = { a = 1, b = "x" }\n}\n';

// The fast reader (which parseHcl tries first) and the copy out of tree-sitter build the same trees.
describe.each([
  ['the fast HCL reader', parseHcl],
  ['the HCL tree copied out of WebAssembly', parseWithTreeSitter],
])('%s', (_, parse) => {
  it('nests each node in the one whose span holds it, in document order', () => {
    const root = parse(valid);
    expect(root.hasError).toBe(false);
    for (const node of nodesOf(root)) {
      let previousEnd = node.startIndex;
      for (const child of node.children) {
        expect(child.startIndex).toBeGreaterThanOrEqual(previousEnd);
        expect(child.endIndex).toBeLessThanOrEqual(node.endIndex);
        previousEnd = child.endIndex;
      }
    }
    const object = nodesOf(root).filter((node) => node.type === 'object_elem');
    expect(object.map((element) => element.namedChildren.map((child) => `${child.field}:${child.text}`))).toEqual([
      ['key:a', 'val:1'],
      ['key:b', 'val:"x"'],
    ]);
  });

  it('gives every leaf the one shared, frozen empty child list, and every other node a list of its own', () => {
    const nodes = nodesOf(parse(valid));
    const leaves = nodes.filter((node) => node.children.length === 0);
    const inner = nodes.filter((node) => node.children.length > 0);
    expect(leaves.length).toBeGreaterThan(5);
    expect(new Set(leaves.map((leaf) => leaf.namedChildren)).size).toBe(1);
    expect(Object.isFrozen(leaves[0]?.namedChildren)).toBe(true);
    expect(new Set(inner.map((node) => node.namedChildren)).size).toBe(inner.length);
    expect(inner.every((node) => node.children === node.namedChildren)).toBe(true);
  });
});

describe('the HCL tree copied out of WebAssembly', () => {
  it('keeps the anonymous tokens of a tree with syntax errors beside its named children', () => {
    const root = parseHcl('a = [1, 2\nb = "c"\n');
    expect(root.hasError).toBe(true);
    const nodes = nodesOf(root);
    expect(nodes.some((node) => !node.isNamed)).toBe(true);
    expect(nodes.some((node) => node.isError || node.isMissing)).toBe(true);
    for (const node of nodes) expect(node.namedChildren).toEqual(node.children.filter((child) => child.isNamed));
    expect(outline(root)).toContain('identifier[0,1)');
  });

  it('reads the same tree through the cursor walk as through the one-call copy', () => {
    // A zero-width node sends an error-free tree to the cursor walk: an empty heredoc body has none,
    // so the copy of a valid file is compared with the named part of the same file parsed with an error.
    const root = parseWithTreeSitter(valid);
    const broken = parseHcl(`${valid}}\n`);
    expect(broken.hasError).toBe(true);
    // The one-call copy leaves out the named tokens that only delimit; the cursor walk keeps them.
    const delimiter = /_(?:start|end)$|^(?:heredoc_identifier|strip_marker|ellipsis)$/;
    const named = (node: Node, depth = 0): string =>
      [
        `${'  '.repeat(depth)}${node.type}[${node.startIndex},${node.endIndex})`,
        ...node.namedChildren.filter((child) => !delimiter.test(child.type)).map((child) => named(child, depth + 1)),
      ].join('\n');
    const body = (node: Node) => node.namedChildren.find((child) => child.type === 'body');
    const validBlocks = body(root)?.namedChildren.map((child) => named(child)) ?? [];
    const brokenBlocks = body(broken)?.namedChildren.map((child) => named(child)) ?? [];
    expect(validBlocks.length).toBe(2);
    expect(brokenBlocks.slice(0, 2)).toEqual(validBlocks);
  });
});
