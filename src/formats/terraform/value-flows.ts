import { findSesSmtpHosts } from '../../credentials/endpoints.js';
import type { CredentialKind } from '../../model/kinds.js';
import type { Span } from '../../model/references.js';
import { accessKeyKeyOf, accessKeyValueKind } from './access-keys.js';
import type { Evaluator } from './evaluate.js';
import { firstChild, namedChildren, type Node } from './hcl.js';
import { attributeExpression, blockLabel, type Block } from './blocks.js';
import { holderName, isGenericSlot } from './slots.js';
import type { PlacedBlock, TerraformConfiguration } from './configuration.js';

/**
 * An access key's ID, secret or SMTP password reaching a slot of a block: `SMTP_PASSWORD = local.pw`
 * in a Lambda environment, a `kubernetes_secret`, a module input. `span` is where the block takes the
 * value (the use); `origin` where the access key's attribute is written, which may be another file
 * or module.
 */
export interface ValueFlow {
  file: string;
  span: Span;
  origin: { file: string; span: Span };
  /** The slot: the nearest object key, or the attribute. */
  slot: string;
  /** The name that says the slot's kind when the slot's own says nothing: an output's (`output "secret_access_key" { value = … }`). */
  kindFrom?: string;
  kind: CredentialKind;
  /** `aws_iam_access_key.k.ses_smtp_password_v4`. */
  name: string;
  accessKeyKey: string;
  /** The top-level block: its label as the reader names uses (`resource.type.name`), and its keyword. */
  block: { label: string; span: Span };
  /** SES SMTP endpoint regions the block names. */
  endpointRegions: string[];
}

/** Every access-key value flow into every top-level block but variables, read through the evaluator. */
export function readValueFlows(configuration: TerraformConfiguration, evaluator: Evaluator): ValueFlow[] {
  const flows: ValueFlow[] = [];
  for (const folder of configuration.folders.values())
    for (const placed of folder.blocks)
      if (placed.block.type !== 'variable') flows.push(...blockFlows(placed, evaluator));
  return flows;
}

function blockFlows(placed: PlacedBlock, evaluator: Evaluator): ValueFlow[] {
  const { source, block } = placed;
  const forEach = attributeExpression(block, 'for_each');
  const start = block.node.startIndex;
  const blockPlace = { label: blockLabel(block), span: source.span(start, start + block.type.length) };
  let endpointRegions: string[] | undefined;
  const flows: ValueFlow[] = [];
  for (const { node, slot } of leaves(block)) {
    for (const item of evaluator.yields(node, source, forEach)) {
      const kind = item.kind === 'resource' ? accessKeyValueKind(item) : undefined;
      if (item.kind !== 'resource' || !kind) continue;
      endpointRegions ??= sesSmtpRegions(block.node);
      flows.push({
        file: source.path,
        span: source.nodeSpan(node),
        origin: { file: item.at.source.path, span: item.at.source.span(item.at.start, item.at.end) },
        slot: item.slot ?? slot,
        ...outputKind(block, item.slot ?? slot),
        kind,
        name: `aws_iam_access_key.${item.name}.${item.attribute ?? ''}`,
        accessKeyKey: accessKeyKeyOf(item),
        block: blockPlace,
        endpointRegions,
      });
    }
  }
  return flows;
}

/** Regions of the SES SMTP hosts a block's strings name (not its comments), in the order they are written. */
function sesSmtpRegions(root: Node): string[] {
  const regions = new Set<string>();
  const stack = [root];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.type === 'template_literal') for (const host of findSesSmtpHosts(node.text)) regions.add(host.region);
    const children = node.namedChildren;
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i];
      if (child) stack.push(child);
    }
  }
  return [...regions];
}

/**
 * The references written in a block (`a.b[0].c`, not descending into them), each named by the nearest
 * object key or attribute; nested blocks included. Walked with a stack, so deep input cannot overflow it.
 */
function leaves(block: Block): Array<{ node: Node; slot: string }> {
  const found: Array<{ node: Node; slot: string }> = [];
  const stack: Array<{ node: Node; slot: string }> = [];
  const blocks = [block];
  for (let current = blocks.pop(); current; current = blocks.pop()) {
    current.attributes.forEach((attribute, name) => {
      const expression = firstChild(attribute, 'expression');
      if (expression && name !== 'for_each' && name !== 'count') stack.push({ node: expression, slot: name });
    });
    for (let index = 0; index < current.blocks.length; index++) blocks.push(current.blocks[index]!);
  }
  for (let entry = stack.pop(); entry; entry = stack.pop()) {
    const { node, slot } = entry;
    const children = namedChildren(node);
    // A `for` expression is read whole, so its bodies see what its names are bound to.
    if (node.type === 'expression' && (children[0]?.type === 'variable_expr' || children[0]?.type === 'for_expr')) {
      found.push(entry);
      continue;
    }
    if (node.type === 'object_elem') {
      const value = node.childForFieldName('val');
      const key = node.childForFieldName('key')?.text.replace(/^"|"$/g, '') ?? slot;
      if (value) stack.push({ node: value, slot: key });
      continue;
    }
    // A leaf is neither a reference nor holds one: it is not pushed, to be popped for nothing.
    for (let index = 0; index < children.length; index++) {
      const child = children[index]!;
      if (child.namedChildren.length > 0) stack.push({ node: child, slot });
    }
  }
  return found.sort((a, b) => a.node.startIndex - b.node.startIndex);
}

/** An output's value is named by the output (`output "secret_access_key" { value = … }`); other holders are uses of their own. */
function outputKind(block: Block, slot: string): { kindFrom?: string } {
  const holder = block.type === 'output' && isGenericSlot(slot) ? holderName(block) : undefined;
  return holder === undefined ? {} : { kindFrom: holder };
}
