import { isScalar, type Node } from 'yaml';
import { emptyIam, type IamFacts } from '../model/iam.js';
import { readCloudFormation } from './cloudformation.js';
import { ModelBuilder } from './shared/builder.js';
import { readStatements } from './shared/iam-policy.js';
import {
  destinationOf,
  emptyCollected,
  findVariableInterpolations,
  merge,
  namedSink,
  readValue,
  type Collected,
} from './shared/values.js';
import { YamlSource, getValue, mapPairs, scalarText, seqItems } from './shared/yaml.js';
import type { FormatAdapter, ParseContext } from './types.js';

function readEnvironment(source: YamlSource, context: ParseContext, builder: ModelBuilder, node: unknown): Collected {
  return merge(
    ...mapPairs(node).map((pair) => {
      const value = pair.value;
      const text = scalarText(value);
      if (text === undefined || !isScalar(value)) return emptyCollected();
      return readValue(builder, {
        text,
        locate: (s, e) => source.locateSpan(value, s, e),
        outer: namedSink('env', scalarText(pair.key) ?? '', context.classifyName),
        interpolations: findVariableInterpolations(text),
        script: false,
        wholeValueSlot: true,
      });
    }),
  );
}

export const serverlessAdapter: FormatAdapter = {
  id: 'serverless',
  description: 'Serverless Framework configuration',
  matches: (path) => /(?:^|\/)serverless(?:\.[^/]+)?\.ya?ml$/i.test(path),
  parse: (file, text, context) => {
    const source = new YamlSource(file, text);
    const builder = new ModelBuilder(file, 'serverless');
    builder.addProblems(source.problems());
    const iam: IamFacts = emptyIam();
    for (const doc of source.documents) {
      const provider = getValue(doc.contents, 'provider');
      const providerEnv = readEnvironment(source, context, builder, getValue(provider, 'environment'));
      // Every function runs as the provider's role, so its statements belong to that role.
      const roleKey = `${file}::provider-role`;
      const statements = [
        ...seqItems(getValue(getValue(getValue(provider, 'iam'), 'role'), 'statements')),
        ...seqItems(getValue(provider, 'iamRoleStatements')),
      ];
      if (statements.length > 0) {
        iam.principals.push({
          key: roleKey,
          file,
          span: source.nodeSpan(provider as Node),
          kind: 'role',
          label: 'the provider role',
          smtpNamed: false,
        });
        iam.statements.push(...readStatements(source, statements, roleKey));
        iam.bindings.push({ file, span: source.nodeSpan(provider as Node), principalKey: roleKey, ownerKey: roleKey });
      }
      const functions = mapPairs(getValue(doc.contents, 'functions'));
      for (const fn of functions) {
        const visible = merge(
          providerEnv,
          readEnvironment(source, context, builder, getValue(fn.value, 'environment')),
        );
        if (visible.referenceIds.length > 0)
          builder.use(
            `function ${scalarText(fn.key) ?? '?'}`,
            source.nodeSpan(fn.key as Node),
            visible.referenceIds,
            destinationOf(visible, 'unknown'),
          );
      }
      if (functions.length === 0 && providerEnv.referenceIds.length > 0)
        builder.use(
          'provider',
          source.nodeSpan(provider as Node),
          providerEnv.referenceIds,
          destinationOf(providerEnv, 'unknown'),
        );
      const resources = getValue(getValue(doc.contents, 'resources'), 'Resources');
      if (resources !== undefined) {
        const facts = readCloudFormation(source, context, builder, getValue(doc.contents, 'resources'));
        for (const key of Object.keys(facts) as Array<keyof IamFacts>)
          (iam[key] as unknown[]).push(...(facts[key] as unknown[]));
      }
    }
    return { ...builder.build(), iam };
  },
};
