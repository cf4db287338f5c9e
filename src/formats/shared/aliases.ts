import {
  Scalar,
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  type Alias,
  type Document,
  type Node,
  type Pair,
  type YAMLMap,
} from 'yaml';

/** Where a value read through an alias is written: the anchor's name and its place in the file. */
export interface AliasOrigin {
  anchor: string;
  /** Offset of the anchored value in the file. */
  offset: number;
}

/** One place in a collection that holds an alias: a sequence's item, or a pair's key or value. */
type AliasSlot =
  | { holder: Node[]; index: number; alias: Alias; target: Node }
  | { holder: Pair; part: 'key' | 'value'; alias: Alias; target: Node };

/** What one walk of a document learns of its aliases. */
interface AliasPlan {
  /** The nodes the document's aliases stand for, counted as if each alias were expanded (aliases inside included). */
  cost: number;
  slots: AliasSlot[];
  /** The maps that hold a merge key. */
  merging: YAMLMap[];
}

/**
 * Finds what each alias of a document names and what expanding it would cost, in one walk with a stack.
 * An anchor counts from the end of its node on, so an alias inside its own anchored node names an earlier
 * anchor or nothing: what aliases name is always complete, never a cycle. Each node's expanded size is
 * kept, so an alias's cost is looked up, not walked: a billion laughs costs its few hundred nodes to measure.
 */
function planAliases(doc: Document.Parsed): AliasPlan {
  const anchors = new Map<string, Node>();
  const nodeCount = new Map<Node, number>();
  const slots: AliasSlot[] = [];
  const merging: YAMLMap[] = [];
  let cost = 0;
  const sizeOf = (node: unknown): number => (isAlias(node) ? 1 : isNode(node) ? (nodeCount.get(node) ?? 1) : 0);
  const aliasSize = (alias: Alias, onResolved: (target: Node) => void): number => {
    const target = anchors.get(alias.source);
    if (!target) return 1;
    const size = nodeCount.get(target) ?? 1;
    cost += size;
    onResolved(target);
    return size;
  };
  const pending: Array<{ node: Node; done: boolean }> = isNode(doc.contents)
    ? [{ node: doc.contents, done: false }]
    : [];
  while (pending.length > 0) {
    const entry = pending.pop();
    if (!entry) break;
    const { node } = entry;
    if (!entry.done) {
      pending.push({ node, done: true });
      for (const child of children(node))
        if (isNode(child) && !isAlias(child)) pending.push({ node: child, done: false });
      continue;
    }
    let size = 1;
    if (isSeq(node)) {
      node.items.forEach((item, index) => {
        size += isAlias(item)
          ? aliasSize(item, (target) => slots.push({ holder: node.items as Node[], index, alias: item, target }))
          : sizeOf(item);
      });
    } else if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        if (isMergeKey(pair) && merging[merging.length - 1] !== node) merging.push(node);
        for (const part of ['key', 'value'] as const) {
          const value = pair[part];
          size += isAlias(value)
            ? aliasSize(value, (target) => slots.push({ holder: pair as Pair, part, alias: value, target }))
            : sizeOf(value);
        }
      }
    }
    nodeCount.set(node, size);
    if (node.anchor) anchors.set(node.anchor, node);
  }
  return { cost, slots, merging };
}

function isNode(value: unknown): value is Node {
  return isScalar(value) || isMap(value) || isSeq(value) || isAlias(value);
}

/** A collection's children in the order a stack pushes them: last first, so they are popped in document order. */
function children(node: Node): unknown[] {
  if (isSeq(node)) return [...node.items].reverse();
  if (isMap(node)) return [...node.items].reverse().flatMap((pair) => (isPair(pair) ? [pair.value, pair.key] : []));
  return [];
}

/**
 * Replaces each alias of a document by what it names, when expanding them all costs at most `budget`
 * nodes: an alias of a scalar by a copy at the alias's place (so a value read through `*k` is found at
 * the `*k`), an alias of a map or sequence by the node itself, and a merge key (`<<: *defaults`) by the
 * pairs it brings that the map does not set itself. Returns the expansion's cost and, for each copied
 * scalar, where its value is written; over the budget, the document is left as it is.
 */
export function resolveAliases(
  doc: Document.Parsed,
  budget: number,
): { cost: number; origins: Map<Scalar, AliasOrigin> } {
  const origins = new Map<Scalar, AliasOrigin>();
  const plan = planAliases(doc);
  if (plan.cost > budget || plan.slots.length === 0) return { cost: plan.cost, origins };
  for (const slot of plan.slots) {
    const replacement = standIn(slot.alias, slot.target, origins);
    if ('index' in slot) slot.holder[slot.index] = replacement;
    else if (slot.part === 'key') slot.holder.key = replacement;
    else slot.holder.value = replacement;
  }
  for (const map of plan.merging) applyMerges(map);
  return { cost: plan.cost, origins };
}

function standIn(alias: Alias, target: Node, origins: Map<Scalar, AliasOrigin>): Node {
  if (!isScalar(target)) return target;
  const copy = new Scalar(target.value);
  if (target.tag) copy.tag = target.tag;
  if (target.type) copy.type = target.type;
  if (alias.range) copy.range = alias.range;
  origins.set(copy, { anchor: alias.source, offset: target.range?.[0] ?? 0 });
  return copy;
}

function isMergeKey(pair: unknown): pair is Pair {
  return isPair(pair) && isScalar(pair.key) && pair.key.value === '<<' && pair.key.type === 'PLAIN';
}

/**
 * Rebuilds a map's items once, each merge pair (`<<: *a`, `<<: [*a, *b]`) replaced by the pairs it brings:
 * the map's own keys win, then earlier merges over later ones.
 */
function applyMerges(map: YAMLMap): void {
  const keyOf = (pair: unknown) => (isPair(pair) && isScalar(pair.key) ? String(pair.key.value) : undefined);
  const taken = new Set<string>();
  for (const pair of map.items) {
    const key = keyOf(pair);
    if (key !== undefined && !isMergeKey(pair)) taken.add(key);
  }
  const items: unknown[] = [];
  for (const pair of map.items) {
    if (!isMergeKey(pair) || !(isMap(pair.value) || isSeq(pair.value))) {
      items.push(pair);
      continue;
    }
    const sources = isMap(pair.value) ? [pair.value] : pair.value.items.filter(isMap);
    for (const source of sources) {
      for (const merged of source.items) {
        const key = keyOf(merged);
        if (key === undefined || taken.has(key)) continue;
        taken.add(key);
        items.push(merged);
      }
    }
  }
  map.items = items as typeof map.items;
}
