import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Language, Parser, type Tree } from 'web-tree-sitter';

let parser: Parser | undefined;
const typeNames: string[] = [];
let loading: Promise<void> | undefined;

/** The WebAssembly files, as the build copies them into dist/ and as npm installs them. */
const wasmFiles = {
  runtime: { name: 'web-tree-sitter.wasm', packageDir: 'web-tree-sitter' },
  terraform: { name: 'tree-sitter-terraform.wasm', packageDir: '@tree-sitter-grammars/tree-sitter-hcl' },
};

/**
 * Finds a WebAssembly file beside the bundle, else in the nearest node_modules. The path is built at
 * run time on purpose: ncc would otherwise rewrite the reference and emit a transformed copy.
 */
function findWasm(file: { name: string; packageDir: string }): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  const beside = join(dir, file.name);
  if (existsSync(beside)) return beside;
  for (;;) {
    const candidate = join(dir, 'node_modules', file.packageDir, file.name);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`cannot find ${file.name}`);
    dir = parent;
  }
}

/** Loads tree-sitter and the Terraform grammar once, and only when a Terraform file is scanned. */
export function loadHcl(): Promise<void> {
  loading ??= (async () => {
    await Parser.init({ wasmBinary: readFileSync(findWasm(wasmFiles.runtime)) });
    const language = await Language.load(readFileSync(findWasm(wasmFiles.terraform)));
    const created = new Parser();
    created.setLanguage(language);
    parser = created;
  })();
  return loading;
}

export function isHclLoaded(): boolean {
  return parser !== undefined;
}

/**
 * A syntax node copied out of WebAssembly memory. Reading a tree-sitter node from JavaScript crosses
 * into WebAssembly on every property access; one cursor walk that copies the tree is much cheaper
 * than the repeated child lists the reader needs.
 */
export class Node {
  readonly namedChildren: Node[] = [];
  readonly children: Node[] = [];
  field: string | null = null;

  constructor(
    private readonly source: string,
    readonly type: string,
    readonly startIndex: number,
    readonly endIndex: number,
    readonly isNamed: boolean,
    readonly isError: boolean,
    readonly isMissing: boolean,
  ) {}

  hasError = false;

  get text(): string {
    return this.source.slice(this.startIndex, this.endIndex);
  }

  childForFieldName(name: string): Node | undefined {
    return this.children.find((child) => child.field === name);
  }
}

/** Parses HCL into plain nodes; the WebAssembly tree is freed before returning. */
export function parseHcl(text: string): Node {
  if (!parser) throw new Error('the HCL parser is not loaded');
  const tree: Tree | null = parser.parse(text);
  if (!tree) throw new Error('the HCL parser returned no tree');
  try {
    const cursor = tree.walk();
    const keepAnonymous = tree.rootNode.hasError;
    // Every cursor property is a call into WebAssembly: read few, and the type name by a cached id.
    const make = (named: boolean): Node => {
      const typeId = cursor.nodeTypeId;
      const type = (typeNames[typeId] ??= cursor.nodeType);
      return new Node(
        text,
        type,
        cursor.startIndex,
        cursor.endIndex,
        named,
        type === 'ERROR',
        keepAnonymous && cursor.nodeIsMissing,
      );
    };
    const root = make(true);
    root.hasError = keepAnonymous;
    const stack: Node[] = [root];
    // Depth-first copy with an explicit stack, so deeply nested input cannot overflow the call stack.
    if (cursor.gotoFirstChild()) {
      walking: for (;;) {
        const named = cursor.nodeIsNamed;
        if (named || keepAnonymous) {
          const node = make(named);
          node.field = cursor.currentFieldId === 0 ? null : cursor.currentFieldName;
          const parent = stack[stack.length - 1];
          parent?.children.push(node);
          if (named) parent?.namedChildren.push(node);
          if (cursor.gotoFirstChild()) {
            stack.push(node);
            continue;
          }
        }
        while (!cursor.gotoNextSibling()) {
          if (!cursor.gotoParent()) break walking;
          stack.pop();
          if (stack.length === 0) break walking;
        }
      }
    }
    cursor.delete();
    return root;
  } finally {
    tree.delete();
  }
}

/** The first node, depth first, that matches; the depth limit keeps the recursion shallow. */
export function findNode(root: Node, matches: (node: Node) => boolean): Node | undefined {
  if (matches(root)) return root;
  for (const child of root.children) {
    const found = findNode(child, matches);
    if (found) return found;
  }
  return undefined;
}

export function namedChildren(node: Node | null | undefined): Node[] {
  return node?.namedChildren ?? [];
}

export function firstChild(node: Node | null | undefined, type: string): Node | undefined {
  return namedChildren(node).find((child) => child.type === type);
}

/** A string literal's text; undefined for anything else, including a string with `${…}` interpolations. */
export function literalString(expression: Node | undefined): string | undefined {
  const string = firstChild(firstChild(expression, 'literal_value'), 'string_lit');
  const parts = namedChildren(string);
  if (!string || parts.some((part) => part.type === 'template_interpolation')) return undefined;
  return parts
    .filter((part) => part.type === 'template_literal')
    .map((part) => part.text)
    .join('');
}

/** A string or number literal's text (an index such as `[0]` or `["a"]`); undefined for anything else. */
export function literalText(expression: Node | undefined): string | undefined {
  const number = firstChild(firstChild(expression, 'literal_value'), 'numeric_lit');
  return number ? number.text : literalString(expression);
}

export function literalBool(expression: Node | undefined): boolean | undefined {
  const bool = firstChild(firstChild(expression, 'literal_value'), 'bool_lit');
  return bool ? bool.text === 'true' : undefined;
}

/** `a.b.c` traversals inside an expression, with the node spanning each. */
export function traversals(node: Node): Array<{ path: string[]; start: number; end: number }> {
  const found: Array<{ path: string[]; start: number; end: number }> = [];
  const visit = (current: Node) => {
    const children = namedChildren(current);
    if (current.type === 'expression' && children[0]?.type === 'variable_expr') {
      const path = [children[0].text];
      let end = children[0].endIndex;
      for (const child of children.slice(1)) {
        if (child.type !== 'get_attr') break;
        path.push(child.text.replace(/^\./, ''));
        end = child.endIndex;
      }
      found.push({ path, start: children[0].startIndex, end });
    }
    for (const child of children) visit(child);
  };
  visit(node);
  return found;
}
