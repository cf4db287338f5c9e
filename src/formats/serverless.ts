import { emptyIam, mergeIam, type IamFacts } from '../model/iam.js';
import { readCloudFormation } from './cloudformation/reader.js';
import { readStatements } from './shared/iam-policy.js';
import { destinationOf, merge, type Collected } from './shared/values.js';
import { getPath, getValue, hasKey, mapPairs, scalarText, seqItems } from './shared/yaml.js';
import { readScalarValue, yamlReader, type YamlReader } from './shared/yaml-reader.js';
import type { FormatAdapter } from './types.js';
import { isGitHubWorkflowPath, serverlessName } from './shared/paths.js';

function readEnvironment(reader: YamlReader, node: unknown): Collected {
  return merge(...mapPairs(node).map((pair) => readScalarValue(reader, pair.value, scalarText(pair.key) ?? '')));
}

export const serverlessAdapter: FormatAdapter = {
  id: 'serverless',
  title: 'Serverless Framework',
  claim: 'path',
  description: 'Serverless Framework configuration',
  matches: (path) => serverlessName.test(path) && !isGitHubWorkflowPath(path),
  parse: (file, text, context) => {
    const reader = yamlReader('serverless', file, text, context);
    const { source, builder } = reader;
    const facts: IamFacts[] = [];
    for (const doc of source.documents) {
      const iam = emptyIam();
      facts.push(iam);
      const provider = getValue(doc.contents, 'provider');
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
      const functions = mapPairs(getValue(doc.contents, 'functions'));
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
        builder.use(
          'provider',
          source.nodeSpan(provider),
          providerEnv.referenceIds,
          destinationOf(providerEnv, 'unknown'),
        );
      // `resources` is a CloudFormation fragment embedded in the Serverless file.
      const resources = getValue(doc.contents, 'resources');
      if (hasKey(resources, 'Resources')) facts.push(readCloudFormation(reader, resources));
    }
    return { ...builder.build(), iam: mergeIam(facts) };
  },
};
