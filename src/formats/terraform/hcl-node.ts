const namedFlag = 1;
const errorFlag = 2;
const missingFlag = 4;
const hasErrorFlag = 8;
const withAnonymousFlag = 16;

/** The child list of every node without children: one shared, frozen array instead of one each. */
const noChildren: Node[] = Object.freeze([]) as unknown as Node[];

/**
 * The child lists with anonymous tokens, of the few nodes that have them (trees with syntax errors):
 * kept here, not in a field every node would carry for a list that is almost always `namedChildren`.
 */
const anonymousChildren = new WeakMap<Node, Node[]>();

/**
 * A syntax node copied out of WebAssembly memory. Reading a tree-sitter node from JavaScript crosses
 * into WebAssembly on every property access; one copy of the tree is much cheaper than the repeated
 * child lists the readers need. The copy lives until the scan's join, so it is kept small: a leaf
 * shares one empty child list, and every other list is allocated at its exact length once the node's
 * children are known (see `TreeBuilder`), not grown by pushes.
 */
export class Node {
  namedChildren: Node[] = noChildren;
  field: string | null = null;
  /** `isNamed`, `isError`, `isMissing`, `hasError` and whether `children` differs from `namedChildren`, in one number. */
  private flags: number;

  constructor(
    private readonly source: string,
    readonly type: string,
    readonly startIndex: number,
    readonly endIndex: number,
    isNamed: boolean,
    isError: boolean,
    isMissing: boolean,
  ) {
    this.flags = (isNamed ? namedFlag : 0) | (isError ? errorFlag : 0) | (isMissing ? missingFlag : 0);
  }

  get isNamed(): boolean {
    return (this.flags & namedFlag) !== 0;
  }

  get isError(): boolean {
    return (this.flags & errorFlag) !== 0;
  }

  get isMissing(): boolean {
    return (this.flags & missingFlag) !== 0;
  }

  /** Set on the root of a tree with syntax errors. */
  get hasError(): boolean {
    return (this.flags & hasErrorFlag) !== 0;
  }

  set hasError(value: boolean) {
    this.flags = value ? this.flags | hasErrorFlag : this.flags & ~hasErrorFlag;
  }

  /** Sets the node's children, named and anonymous, in document order (the list is the node's from now on). */
  setChildren(children: Node[], withAnonymous = false): void {
    if (children.length === 0) return;
    const named = withAnonymous ? children.filter((child) => child.isNamed) : children;
    this.namedChildren = named.length > 0 ? named : noChildren;
    if (named.length === children.length) return;
    anonymousChildren.set(this, children);
    this.flags |= withAnonymousFlag;
  }

  /** With the anonymous tokens in a tree with syntax errors; else the named children themselves. */
  get children(): Node[] {
    return (this.flags & withAnonymousFlag) === 0 ? this.namedChildren : anonymousChildren.get(this)!;
  }

  get text(): string {
    return this.source.slice(this.startIndex, this.endIndex);
  }

  /** An indexed loop, as `firstChild`: every object element's key and value are looked up so, by several readers. */
  childForFieldName(name: string): Node | undefined {
    const children = this.children;
    for (let index = 0; index < children.length; index++) if (children[index]!.field === name) return children[index];
    return undefined;
  }
}
