import { accessKeyAttributes, attributeExpression, expressionOf, type Block, type TerraformFile } from './file.js';
import { findNode, firstChild, literalBool, literalString, traversals, type Node } from './hcl.js';

/** `output "x"` that is not `sensitive`, or strips the protection with `nonsensitive(…)`, exposes the secrets it names. */
export function readOutput(tf: TerraformFile, name: string, block: Block): void {
  const sensitive = literalBool(attributeExpression(block, 'sensitive')) === true;
  const value = block.attributes.get('value');
  // From the tree, not the text: `nonsensitive(` inside a string or comment is no call.
  const nonsensitive = value
    ? findNode(
        value,
        (node) => node.type === 'function_call' && firstChild(node, 'identifier')?.text === 'nonsensitive',
      ) !== undefined
    : false;
  if (!sensitive || nonsensitive) exposeSecrets(tf, value, 'terraform-output', `output "${name}"`, nonsensitive);
}

/** A plain `String` SSM parameter stores its value readable by anyone who can read parameters. */
export function readSsmParameter(tf: TerraformFile, name: string, block: Block): void {
  if (literalString(attributeExpression(block, 'type')) === 'String')
    exposeSecrets(tf, block.attributes.get('value'), 'ssm-parameter', `aws_ssm_parameter.${name}`, false);
}

function exposeSecrets(
  tf: TerraformFile,
  attribute: Node | undefined,
  channel: 'terraform-output' | 'ssm-parameter',
  label: string,
  nonsensitive: boolean,
): void {
  const expression = expressionOf(attribute);
  if (!attribute || !expression) return;
  for (const traversal of traversals(expression)) {
    const [type, resourceName, attributeName = ''] = traversal.path;
    const kind = accessKeyAttributes[attributeName];
    if (type !== 'aws_iam_access_key' || !kind || kind === 'access-key-id') continue;
    tf.iam.exposures.push({
      file: tf.file,
      span: tf.nodeSpan(attribute),
      kind,
      channel,
      what: `${label} (aws_iam_access_key.${resourceName}.${attributeName})`,
      nonsensitive,
      accessKeyKey: tf.key(`aws_iam_access_key.${resourceName}`),
    });
  }
}
