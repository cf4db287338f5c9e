import type { SecretExposure } from '../../model/iam.js';
import { accessKeyKeyOf, accessKeySecretKind } from './access-keys.js';
import type { Evaluator } from './evaluate.js';
import type { ResourceYield } from './yields.js';
import { firstChild, literalBool, literalString, type Node } from './hcl.js';
import { attributeExpression } from './blocks.js';
import type { PlacedBlock, TerraformConfiguration } from './configuration.js';

/**
 * Where a configuration hands an access key's secret or SMTP password to a readable place: an
 * output without `sensitive = true` (or with `nonsensitive(…)`), a plain `String` SSM parameter.
 * The value is evaluated, so indexes, loops, locals, whole objects and module outputs count.
 */
export function readExposures(configuration: TerraformConfiguration, evaluator: Evaluator): SecretExposure[] {
  const exposures: SecretExposure[] = [];
  for (const folder of configuration.folders.values()) {
    for (const placed of folder.blocks) {
      const { block } = placed;
      const [type = '', name = ''] = block.labels;
      if (block.type === 'output') {
        const value = block.attributes.get('value');
        const nonsensitive = value ? callsFunction(value, 'nonsensitive') : false;
        const sensitive = literalBool(attributeExpression(block, 'sensitive')) === true;
        if (!sensitive || nonsensitive)
          exposures.push(...expose(placed, evaluator, 'value', 'terraform-output', `output "${type}"`, nonsensitive));
      } else if (
        block.type === 'resource' &&
        type === 'aws_ssm_parameter' &&
        literalString(attributeExpression(block, 'type')) === 'String'
      ) {
        for (const attribute of ['value', 'insecure_value'])
          exposures.push(...expose(placed, evaluator, attribute, 'ssm-parameter', `aws_ssm_parameter.${name}`, false));
      }
    }
  }
  return exposures;
}

function expose(
  placed: PlacedBlock,
  evaluator: Evaluator,
  attributeName: string,
  channel: SecretExposure['channel'],
  label: string,
  nonsensitive: boolean,
): SecretExposure[] {
  const attribute = placed.block.attributes.get(attributeName);
  const expression = firstChild(attribute, 'expression');
  if (!attribute || !expression) return [];
  const forEach = attributeExpression(placed.block, 'for_each');
  const exposed = new Map<string, SecretExposure>();
  for (const item of evaluator.yields(expression, placed.source, forEach)) {
    const kind = item.kind === 'resource' ? accessKeySecretKind(item) : undefined;
    if (item.kind !== 'resource' || !kind) continue;
    const what = `${label} (${describe(item, placed.source.scope)})`;
    exposed.set(what, {
      file: placed.source.path,
      span: placed.source.nodeSpan(attribute),
      kind,
      channel,
      what,
      nonsensitive,
      accessKeyKey: accessKeyKeyOf(item),
    });
  }
  return [...exposed.values()];
}

/** `aws_iam_access_key.k.secret`, the whole object, and the module folder when the key is declared elsewhere. */
function describe(item: ResourceYield, folder: string): string {
  const address = `aws_iam_access_key.${item.name}`;
  const what = item.attribute ? `${address}.${item.attribute}` : `the whole ${address}: its secret and SMTP password`;
  return folder === item.scope ? what : `${what}, in module ${item.scope}`;
}

/** A call of `name(…)` anywhere in the tree (searched with a stack: deep expressions cannot overflow it). */
export function callsFunction(root: Node, name: string): boolean {
  const stack = [root];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.type === 'function_call' && firstChild(node, 'identifier')?.text === name) return true;
    const children = node.namedChildren;
    for (let index = 0; index < children.length; index++) stack.push(children[index]!);
  }
  return false;
}
