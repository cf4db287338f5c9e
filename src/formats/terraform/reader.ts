import type { CredentialKind } from '../../model/kinds.js';
import type { FileModel } from '../../model/scan-model.js';
import { destinationOf, type Collected } from '../shared/values.js';
import type { ParseContext } from '../shared/parse-context.js';
import { blockLabel, type Block, TerraformFile } from './file.js';
import { findNode, firstChild, parseHcl, type Node } from './hcl.js';
import { notFollowedNote, TerraformSource } from './modules.js';
import { regionFactsOf } from './regions.js';
import { readAttributes, readBody } from './values.js';

const providerAttributes: Record<string, CredentialKind> = {
  access_key: 'access-key-id',
  secret_key: 'secret-access-key',
  token: 'session-token',
};

/**
 * Reads one HCL file (configuration or .tfvars) into its literal and variable values and region facts.
 * IAM, exposures and access-key values are read across the whole configuration by the join, which
 * gets the parsed source.
 */
export function readTerraform(file: string, text: string, context: ParseContext): FileModel {
  const tf = new TerraformFile(file, text, context);
  const root = parseHcl(text);
  if (root.hasError) tf.builder.problem(`HCL syntax error: ${describeError(root)}`, firstErrorSpan(tf, root));
  const terraformSource = new TerraformSource(file, text, root);
  const { blocks, attributes } = terraformSource.topLevel;
  for (const block of blocks) readTopBlock(tf, block);
  readTopAttributes(tf, attributes);
  const regions = regionFactsOf(tf.scope, blocks, attributes);
  return { ...tf.builder.build(), formatFacts: { terraform: regions, terraformSource } };
}

/** A .tfvars file is a list of attributes: each is a value named by its variable, and may name a region. */
function readTopAttributes(tf: TerraformFile, attributes: Node[]): void {
  if (attributes.length === 0) return;
  const named = attributes.map((attribute) => ({ name: firstChild(attribute, 'identifier')?.text ?? '', attribute }));
  // A .tfvars value cannot take an access key's SMTP password, so only the values count.
  const collected = readAttributes(tf, named);
  if (collected.referenceIds.length > 0)
    tf.builder.use(tf.file, tf.span(0, 0), collected.referenceIds, destinationOf(collected, 'unknown'));
}

function readTopBlock(tf: TerraformFile, block: Block): void {
  const [resourceType = ''] = block.labels;
  const declaration = tf.span(block.node.startIndex, block.node.startIndex + block.type.length);
  const isAwsProvider = block.type === 'provider' && resourceType === 'aws';
  const collected = readBody(tf, block, isAwsProvider ? providerAttributes : undefined);

  if (isAwsProvider) {
    tf.builder.use(blockLabel(block), declaration, collected.referenceIds, {
      ...destinationOf(collected, 'aws-credentials'),
      awsApi: true,
    });
    return;
  }
  switch (block.type) {
    case 'output':
      return;
    case 'variable':
      return;
    case 'data':
      if (resourceType === 'aws_iam_policy_document') return;
      break;
    case 'module': {
      const note = notFollowedNote(block);
      if (note) tf.builder.problem(note, declaration);
      break;
    }
  }
  if (hasUse(collected))
    tf.builder.use(blockLabel(block), declaration, collected.referenceIds, destinationOf(collected, 'unknown'));
}

/** A block uses credentials when it holds references, or says it talks SMTP (the join may add the access-key values). */
function hasUse(collected: Collected): boolean {
  return collected.referenceIds.length > 0 || collected.smtpSignal;
}

function firstErrorSpan(tf: TerraformFile, root: Node) {
  const error = findNode(root, (node) => node.isError || node.isMissing);
  return error ? tf.nodeSpan(error) : tf.span(0, 0);
}

function describeError(root: Node): string {
  const missing = findNode(root, (node) => node.isMissing);
  return missing ? `missing "${missing.type}"` : 'unexpected input';
}
