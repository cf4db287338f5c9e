import type { CredentialKind } from '../../model/kinds.js';
import type { FileModel } from '../../model/scan-model.js';
import { destinationOf, type Collected } from '../shared/values.js';
import type { ParseContext } from '../shared/parse-context.js';
import { blockLabel, type Block } from './blocks.js';
import { ModelBuilder } from '../shared/builder.js';
import { findNode, firstChild, parseHcl, type Node } from './hcl.js';
import { notFollowedNote } from './configuration.js';
import { TerraformSource } from './source.js';
import { regionFactsOf } from './regions.js';
import { readAttributes, readBody, type FileReading } from './values.js';

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
  const root = parseHcl(text);
  const terraformSource = new TerraformSource(file, text, root);
  const tf: FileReading = { source: terraformSource, builder: new ModelBuilder(file, 'terraform'), context };
  if (root.hasError) tf.builder.problem(`HCL syntax error: ${describeError(root)}`, firstErrorSpan(tf, root));
  const { blocks, attributes } = terraformSource.topLevel;
  for (const block of blocks) readTopBlock(tf, block);
  readTopAttributes(tf, attributes);
  const regions = regionFactsOf(terraformSource.scope, blocks, attributes);
  return { ...tf.builder.build(), formatFacts: { terraform: regions, terraformSource } };
}

/** A .tfvars file is a list of attributes: each is a value named by its variable, and may name a region. */
function readTopAttributes(tf: FileReading, attributes: Node[]): void {
  if (attributes.length === 0) return;
  const named = attributes.map((attribute) => ({ name: firstChild(attribute, 'identifier')?.text ?? '', attribute }));
  // A .tfvars value cannot take an access key's SMTP password, so only the values count.
  const collected = readAttributes(tf, named);
  if (collected.referenceIds.length > 0)
    tf.builder.use(tf.source.path, tf.source.span(0, 0), collected.referenceIds, destinationOf(collected, 'unknown'));
}

function readTopBlock(tf: FileReading, block: Block): void {
  const [resourceType = ''] = block.labels;
  const declaration = tf.source.span(block.node.startIndex, block.node.startIndex + block.type.length);
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

function firstErrorSpan(tf: FileReading, root: Node) {
  const error = findNode(root, (node) => node.isError || node.isMissing);
  return error ? tf.source.nodeSpan(error) : tf.source.span(0, 0);
}

function describeError(root: Node): string {
  const missing = findNode(root, (node) => node.isMissing);
  return missing ? `missing "${missing.type}"` : 'unexpected input';
}
