import { firstChild, literalText, namedChildren, type Node } from './hcl.js';
import type { TerraformSource } from './source.js';

/** One step of a traversal: `.name`, `["key"]`/`[0]`, or any element (`[*]`, `[each.key]`). */
export type Step = { attr: string } | { index: string | undefined };

/** Where a yielded value is written: the reference itself (`aws_iam_access_key.k[0].secret`) or the literal. */
export interface Place {
  source: TerraformSource;
  start: number;
  end: number;
}

interface YieldBase {
  at: Place;
  /** The nearest object key the value sits under (`smtp_password = …`), when there is one. */
  slot: string | undefined;
  /** Only part of a string: `"${…}"` among other text. */
  partial: boolean;
}

/** A resource attribute (`attribute` undefined: the whole object), in the module folder `scope`. */
export interface ResourceYield extends YieldBase {
  kind: 'resource';
  scope: string;
  type: string;
  name: string;
  attribute: string | undefined;
}

/**
 * A string literal; `opaque` when it holds interpolations (kept as written, `${…}` and all). `node`
 * is the template or `jsonencode(…)` call it comes from, for readers of documents (policies).
 */
export interface LiteralYield extends YieldBase {
  kind: 'literal';
  value: string;
  opaque: boolean;
  node: Node;
}

export type Yield = ResourceYield | LiteralYield;

/** Functions whose result carries none of their arguments' values. */
export const opaqueFunctions = new Set(
  (
    'length keys contains can md5 sha1 sha256 sha512 base64sha256 base64sha512 bcrypt uuid uuidv5 timestamp ' +
    'fileexists file filemd5 filesha1 filesha256 filesha512 filebase64 filebase64sha256 filebase64sha512 fileset ' +
    'abs ceil floor max min signum parseint startswith endswith index alltrue anytrue range formatdate timeadd ' +
    'cidrhost cidrsubnet cidrsubnets cidrnetmask strlen'
  ).split(' '),
);

/** The steps a postfix node (`.a`, `[0]`, `[*].a`, `.*.a`, `.0`) adds to a traversal. */
export function stepsOf(node: Node): Step[] {
  if (node.type === 'get_attr') return [{ attr: node.text.replace(/^\./, '').trim() }];
  if (node.type === 'index') {
    const inner = firstChild(firstChild(node, 'new_index'), 'expression');
    const legacy = firstChild(node, 'legacy_index');
    return [{ index: legacy ? legacy.text.replace(/^\./, '') : literalText(inner) }];
  }
  if (node.type === 'splat') {
    const splat = namedChildren(node)[0];
    return [{ index: undefined }, ...namedChildren(splat).flatMap(stepsOf)];
  }
  return [];
}

export function objectKey(element: Node): string {
  return element.childForFieldName('key')?.text.replace(/^"|"$/g, '') ?? '';
}

export function matchesKey(step: Step, key: string): boolean {
  if ('attr' in step) return step.attr === key;
  return step.index === undefined || step.index === key;
}
