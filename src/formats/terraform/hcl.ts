import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Language, Parser, type Tree } from 'web-tree-sitter';
import { decodeTemplateLiteral } from './escapes.js';
import { readFastHcl } from './hcl-fast.js';
import { Node } from './hcl-node.js';
import { ParserNotLoaded } from '../shared/parser-not-loaded.js';

export { Node } from './hcl-node.js';

let parser: Parser | undefined;
let language: Language | undefined;
/** The named node types an error-free tree is copied with: every one but the delimiters. */
let copiedTypes: string[] = [];
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

/** Loads tree-sitter and the Terraform grammar once, and only when a Terraform file the fast reader declines is scanned. */
export function loadHcl(): Promise<void> {
  loading ??= (async () => {
    await Parser.init({ wasmBinary: readFileSync(findWasm(wasmFiles.runtime)) });
    const loaded = await Language.load(readFileSync(findWasm(wasmFiles.terraform)));
    const created = new Parser();
    created.setLanguage(loaded);
    const named = loaded.types.filter((type, id) => type && loaded.nodeTypeIsNamed(id) && !delimiterTypes.has(type));
    copiedTypes = [...new Set(named)];
    language = loaded;
    parser = created;
  })();
  return loading;
}

export function isHclLoaded(): boolean {
  return parser !== undefined;
}

/**
 * Builds a tree whose nodes arrive depth first, in document order: a node's children gather on one
 * shared stack while it is open, and become its list (of their exact number) when it is closed.
 */
class TreeBuilder {
  private readonly pending: Node[] = [];
  /** For each open node, where its children start in `pending`. */
  private readonly starts: number[] = [];
  private readonly openNodes: Node[] = [];

  constructor(private readonly withAnonymous: boolean) {}

  get depth(): number {
    return this.openNodes.length;
  }

  /** The innermost open node. */
  get current(): Node | undefined {
    return this.openNodes[this.openNodes.length - 1];
  }

  /** Adds a node to the innermost open one and opens it. */
  open(node: Node): void {
    if (this.openNodes.length > 0) this.pending.push(node);
    this.openNodes.push(node);
    this.starts.push(this.pending.length);
  }

  /** Whether a named child so far of the innermost open node has this type. */
  currentHasNamedChild(type: string): boolean {
    const start = this.starts[this.starts.length - 1] ?? 0;
    for (let index = start; index < this.pending.length; index++) {
      const child = this.pending[index];
      if (child?.isNamed && child.type === type) return true;
    }
    return false;
  }

  /** Closes the innermost open node: its children are now all known. */
  close(): void {
    const node = this.openNodes.pop();
    const start = this.starts.pop() ?? this.pending.length;
    if (node && start < this.pending.length) node.setChildren(this.pending.splice(start), this.withAnonymous);
  }

  /** Closes every open node, the root last. */
  finish(): void {
    while (this.openNodes.length > 0) this.close();
  }
}

/**
 * Named tokens that only delimit (`{`, `"`, `${`, `~`, `...`, a heredoc's `<<` and its marker): no reader
 * looks at them, so an error-free tree is copied without them.
 */
const delimiterTypes = new Set([
  'block_start',
  'block_end',
  'object_start',
  'object_end',
  'tuple_start',
  'tuple_end',
  'quoted_template_start',
  'quoted_template_end',
  'heredoc_start',
  'heredoc_identifier',
  'template_interpolation_start',
  'template_interpolation_end',
  'template_directive_start',
  'template_directive_end',
  'strip_marker',
  'ellipsis',
]);

/** A node type's name by its id, as tree-sitter names it, without a call into WebAssembly. */
function typeName(id: number): string {
  return language?.types[id] || 'ERROR';
}

/**
 * Parses HCL into plain nodes: by the fast reader where it is sure of the text (most Terraform),
 * else by tree-sitter, whose tree is freed, and the parser reset, before returning.
 */
export function parseHcl(text: string): Node {
  return readFastHcl(text) ?? parseWithTreeSitter(text);
}

/** The tree-sitter parse alone, for the fast reader's tests to compare with. */
export function parseWithTreeSitter(text: string): Node {
  if (!parser) throw new ParserNotLoaded('HCL');
  const tree: Tree | null = parser.parse(text);
  if (!tree) throw new Error('the HCL parser returned no tree');
  try {
    return (tree.rootNode.hasError ? undefined : copyNamed(tree, text)) ?? copyWithCursor(tree, text);
  } finally {
    // No parser state outlives the file: the tree's memory is freed and the parser starts afresh.
    tree.delete();
    parser.reset();
  }
}

/**
 * An error-free tree's named nodes but the delimiters, fetched in one call across the WebAssembly
 * boundary (in document order) and nested by their spans; two calls more per node, for its type and
 * its end, where a cursor walk takes seven. A node of no width would make the nesting ambiguous:
 * undefined then, for the cursor walk.
 */
function copyNamed(tree: Tree, text: string): Node | undefined {
  const rootNode = tree.rootNode;
  const root = new Node(text, rootNode.type, rootNode.startIndex, rootNode.endIndex, true, false, false);
  const builder = new TreeBuilder(false);
  builder.open(root);
  for (const found of rootNode.descendantsOfType(copiedTypes)) {
    if (found.id === rootNode.id) continue;
    const start = found.startIndex;
    const end = found.endIndex;
    if (end <= start) return undefined;
    const type = typeName(found.typeId);
    const node = new Node(text, type, start, end, true, false, false);
    // In document order a node nests in the latest open one that ends after it starts.
    while (builder.depth > 1 && (builder.current?.endIndex ?? 0) <= start) builder.close();
    // An object element is `key = value` (or `key: value`): its first expression is the key.
    if (builder.current?.type === 'object_elem' && type === 'expression')
      node.field = builder.currentHasNamedChild('expression') ? 'val' : 'key';
    builder.open(node);
  }
  builder.finish();
  return root;
}

/** Every node, anonymous tokens too when the tree has syntax errors, copied in one cursor walk. */
function copyWithCursor(tree: Tree, text: string): Node {
  const cursor = tree.walk();
  const keepAnonymous = tree.rootNode.hasError;
  // Every cursor property is a call into WebAssembly: read few.
  const make = (named: boolean): Node => {
    const type = typeName(cursor.nodeTypeId);
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
  const builder = new TreeBuilder(keepAnonymous);
  builder.open(root);
  // Depth-first copy with an explicit stack, so deeply nested input cannot overflow the call stack.
  if (cursor.gotoFirstChild()) {
    walking: for (;;) {
      const named = cursor.nodeIsNamed;
      if (named || keepAnonymous) {
        const node = make(named);
        node.field = cursor.currentFieldId === 0 ? null : cursor.currentFieldName;
        builder.open(node);
        if (cursor.gotoFirstChild()) continue;
        builder.close();
      }
      while (!cursor.gotoNextSibling()) {
        if (!cursor.gotoParent()) break walking;
        builder.close();
        if (builder.depth === 0) break walking;
      }
    }
  }
  builder.finish();
  cursor.delete();
  return root;
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

/**
 * The first named child of this type. An indexed loop, not `find` or `for…of`: the readers call it for nearly
 * every node they meet, and on a cold scan most calls run unoptimised, where each of those costs a closure
 * call or an iterator. The walks over every node's children are indexed for the same reason.
 */
export function firstChild(node: Node | null | undefined, type: string): Node | undefined {
  if (!node) return undefined;
  const children = node.namedChildren;
  for (let index = 0; index < children.length; index++) if (children[index]!.type === type) return children[index];
  return undefined;
}

/**
 * A string literal's value, its escapes decoded; undefined for anything else, including a string with
 * `${…}` interpolations.
 */
export function literalString(expression: Node | undefined): string | undefined {
  const string = firstChild(firstChild(expression, 'literal_value'), 'string_lit');
  const parts = namedChildren(string);
  if (!string || parts.some((part) => part.type === 'template_interpolation')) return undefined;
  return parts
    .filter((part) => part.type === 'template_literal')
    .map((part) => decodeTemplateLiteral(part.text, false).text)
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

/**
 * `a.b.c` traversals inside an expression, with the node spanning each; given a `root`, only those
 * starting with it (`var`), so that no path is built for the others.
 */
export function traversals(node: Node, root?: string): Array<{ path: string[]; start: number; end: number }> {
  const found: Array<{ path: string[]; start: number; end: number }> = [];
  const visit = (current: Node) => {
    const children = namedChildren(current);
    if (
      current.type === 'expression' &&
      children[0]?.type === 'variable_expr' &&
      (root === undefined || children[0].text === root)
    ) {
      const path = [children[0].text];
      let end = children[0].endIndex;
      for (let index = 1; index < children.length; index++) {
        const child = children[index];
        if (child?.type !== 'get_attr') break;
        path.push(child.text.replace(/^\./, ''));
        end = child.endIndex;
      }
      found.push({ path, start: children[0].startIndex, end });
    }
    for (let index = 0; index < children.length; index++) visit(children[index]!);
  };
  visit(node);
  return found;
}
