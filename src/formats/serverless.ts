import type { Node } from 'yaml';
import { emptyIam } from '../model/iam.js';
import { looksLikeCloudFormation } from './cloudformation/intrinsics.js';
import { readCloudFormation } from './cloudformation/reader.js';
import { readStatements } from './shared/iam-policy.js';
import { destinationOf, merge, mergeAll, type Collected } from './shared/values.js';
import { getPath, getValue, hasKey, mapPairs, scalarText, seqItems } from './shared/yaml.js';
import { readScalarValue, type YamlReader } from './shared/yaml-reader.js';
import type { FileFacts } from './shared/documents.js';
import type { ContentFormat } from './types.js';
import { isStructuredDataPath } from './shared/paths.js';

function readEnvironment(reader: YamlReader, node: unknown): Collected {
  return mergeAll(mapPairs(node).map((pair) => readScalarValue(reader, pair.value, scalarText(pair.key) ?? '')));
}

/** A Serverless service by content: a `service` and a `provider`. */
export function isServerlessService(root: unknown): boolean {
  return (
    hasKey(root, 'service') && hasKey(root, 'provider') && !hasKey(root, 'apiVersion') && !looksLikeCloudFormation(root)
  );
}

function readService(reader: YamlReader, root: Node, facts: FileFacts): void {
  const { source, builder } = reader;
  const file = source.file;
  const iam = emptyIam();
  facts.iam.push(iam);
  const provider = getValue(root, 'provider');
  const providerEnv = readEnvironment(reader, getValue(provider, 'environment'));
  // Every function runs as the provider's role, so its statements belong to that role.
  const roleKey = `${file}::provider-role`;
  const statements = [
    ...seqItems(getPath(provider, 'iam', 'role', 'statements')),
    ...seqItems(getValue(provider, 'iamRoleStatements')),
  ];
  if (statements.length > 0) {
    iam.principals.push({
      key: roleKey,
      file,
      span: source.nodeSpan(provider),
      kind: 'role',
      label: 'the provider role',
      smtpNamed: false,
    });
    iam.statements.push(...readStatements(source, statements, roleKey));
    iam.bindings.push({ file, span: source.nodeSpan(provider), principalKey: roleKey, ownerKey: roleKey });
  }
  const functions = mapPairs(getValue(root, 'functions'));
  for (const fn of functions) {
    const visible = merge(providerEnv, readEnvironment(reader, getValue(fn.value, 'environment')));
    if (visible.referenceIds.length > 0)
      builder.use(
        `function ${scalarText(fn.key) ?? '?'}`,
        source.nodeSpan(fn.key),
        visible.referenceIds,
        destinationOf(visible, 'unknown'),
      );
  }
  if (functions.length === 0 && providerEnv.referenceIds.length > 0)
    builder.use('provider', source.nodeSpan(provider), providerEnv.referenceIds, destinationOf(providerEnv, 'unknown'));
  // `resources` is a CloudFormation fragment embedded in the Serverless file.
  const resources = getValue(root, 'resources');
  if (hasKey(resources, 'Resources')) facts.iam.push(readCloudFormation(reader, resources));
}

export const serverlessAdapter: ContentFormat = {
  id: 'serverless',
  title: 'Serverless Framework',
  claim: 'content',
  description: 'Serverless Framework configuration',
  matches: isStructuredDataPath,
  recognises: isServerlessService,
  readDocument: readService,
  mayMatter: (bytes) => bytes.includes('provider'),
};
