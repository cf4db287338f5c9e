import { findSesSmtpHosts } from '../../credentials/endpoints.js';
import type { CredentialKind } from '../../credentials/kinds.js';
import type { FileModel } from '../../model/scan-model.js';
import { destinationOf } from '../shared/values.js';
import type { ParseContext } from '../types.js';
import { attributeExpression, readBlock, type Block, TerraformFile } from './file.js';
import { findNode, firstChild, literalString, namedChildren, parseHcl, type Node } from './hcl.js';
import { readIamResource, readPolicyDocumentData } from './iam-graph.js';
import { readOutput, readSsmParameter } from './outputs.js';
import { readModuleCall, readProviderRegion, readVariableRegion } from './regions.js';
import { mergeValues, readAttribute, readBody } from './values.js';

const providerAttributes: Record<string, CredentialKind> = {
  access_key: 'access-key-id',
  secret_key: 'secret-access-key',
  token: 'session-token',
};

/** Reads one HCL file (configuration or .tfvars) into its model, IAM facts and region facts. */
export function readTerraform(file: string, text: string, context: ParseContext): FileModel {
  const tf = new TerraformFile(file, text, context);
  const root = parseHcl(text);
  if (root.hasError) tf.builder.problem(`HCL syntax error: ${describeError(root)}`, firstErrorSpan(tf, root));
  const children = namedChildren(firstChild(root, 'body'));
  for (const child of children) if (child.type === 'block') readTopBlock(tf, readBlock(child));
  readTopAttributes(
    tf,
    children.filter((child) => child.type === 'attribute'),
  );
  return { ...tf.builder.build(), iam: tf.iam, formatFacts: { terraform: tf.regions } };
}

/** A .tfvars file is a list of attributes: each is a value named by its variable, and may name a region. */
function readTopAttributes(tf: TerraformFile, attributes: Node[]): void {
  if (attributes.length === 0) return;
  const nameOf = (attribute: Node) => firstChild(attribute, 'identifier')?.text ?? '';
  for (const attribute of attributes)
    readVariableRegion(tf.regions, tf.scope, nameOf(attribute), firstChild(attribute, 'expression'), 'tfvars');
  // A .tfvars value cannot take an access key's SMTP password, so only the values count.
  const { collected } = mergeValues(attributes.map((attribute) => readAttribute(tf, attribute, nameOf(attribute))));
  if (collected.referenceIds.length > 0)
    tf.builder.use(tf.file, tf.span(0, 0), collected.referenceIds, destinationOf(collected, 'unknown'));
}

function readTopBlock(tf: TerraformFile, block: Block): void {
  const [resourceType = '', name = ''] = block.labels;
  const address = block.type === 'data' ? `data.${resourceType}.${name}` : `${resourceType}.${name}`;
  const declaration = tf.span(block.node.startIndex, block.node.startIndex + block.type.length);
  const isAwsProvider = block.type === 'provider' && resourceType === 'aws';
  const { collected, smtpPasswords } = readBody(tf, block, isAwsProvider ? providerAttributes : undefined);
  // SMTP passwords used in a top-level block are checked against the SES endpoints named in that block.
  const endpointRegions = [...new Set(findSesSmtpHosts(block.node.text).map((host) => host.region))];
  for (const { span, accessKeyKey } of smtpPasswords)
    tf.iam.smtpPasswordUses.push({ file: tf.file, span, accessKeyKey, derivedRegion: undefined, endpointRegions });

  if (isAwsProvider) {
    readProviderRegion(tf.regions, tf.scope, attributeExpression(block, 'region'));
    tf.builder.use(`provider "aws"`, declaration, collected.referenceIds, {
      ...destinationOf(collected, 'aws-credentials'),
      awsApi: true,
    });
    return;
  }
  switch (block.type) {
    case 'output':
      readOutput(tf, resourceType, block);
      return;
    case 'variable':
      readVariableRegion(tf.regions, tf.scope, resourceType, attributeExpression(block, 'default'), 'default');
      return;
    case 'data':
      if (resourceType === 'aws_iam_policy_document') {
        readPolicyDocumentData(tf, block, tf.key(address));
        return;
      }
      break;
    case 'module':
      readModuleCall(tf.regions, tf.scope, literalString(attributeExpression(block, 'source')));
      break;
    case 'resource':
      readIamResource(tf, resourceType, name, block, declaration);
      if (resourceType === 'aws_ssm_parameter') readSsmParameter(tf, name, block);
      if (collected.referenceIds.length > 0)
        tf.builder.use(address, declaration, collected.referenceIds, destinationOf(collected, 'unknown'));
      return;
  }
  if (collected.referenceIds.length > 0)
    tf.builder.use(
      `${block.type} ${block.labels.join(' ')}`.trim(),
      declaration,
      collected.referenceIds,
      destinationOf(collected, 'unknown'),
    );
}

function firstErrorSpan(tf: TerraformFile, root: Node) {
  const error = findNode(root, (node) => node.isError || node.isMissing);
  return error ? tf.nodeSpan(error) : tf.span(0, 0);
}

function describeError(root: Node): string {
  const missing = findNode(root, (node) => node.isMissing);
  return missing ? `missing "${missing.type}"` : 'unexpected input';
}
