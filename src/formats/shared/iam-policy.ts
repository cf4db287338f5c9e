import type { IamStatement, StatementTarget } from '../../model/iam.js';
import type { Span } from '../../model/references.js';
import { isNode, type Node } from 'yaml';
import { getPair, getValue, isMap, isScalar, scalarText, seqItems, type YamlSource } from './yaml.js';

/** Resolves one `Resource` entry to the users it names; a format that knows its resources passes one. */
export type ResourceResolver = (node: unknown) => StatementTarget;

/** The nodes of a value that is one scalar or a list of them. */
function entries(node: unknown): Node[] {
  return isNode(node) && isScalar(node) ? [node] : seqItems(node);
}

// An intrinsic (`!Sub`, `Fn::Join`) stands for an action or resource this reader cannot spell out.
function text(node: unknown): string {
  return scalarText(node) ?? '<expression>';
}

/** Reads `Statement` entries of a policy document written in YAML or JSON. */
export function readPolicyDocument(
  source: YamlSource,
  document: unknown,
  ownerKey: string,
  resolve?: ResourceResolver,
): IamStatement[] {
  const statementNode = getValue(document, 'Statement');
  return readStatements(source, isMap(statementNode) ? [statementNode] : seqItems(statementNode), ownerKey, resolve);
}

/**
 * Reads statement maps (`Effect`, `Action`/`NotAction`, `Resource`); the span is the `Action` key, and each
 * action keeps its own span so that a finding can point at the action it is about.
 */
export function readStatements(
  source: YamlSource,
  statements: unknown[],
  ownerKey: string,
  resolve?: ResourceResolver,
): IamStatement[] {
  const read: IamStatement[] = [];
  for (const statement of statements) {
    const actionPair = getPair(statement, 'Action') ?? getPair(statement, 'NotAction');
    if (!actionPair) continue;
    const span: Span = source.nodeSpan(actionPair.key);
    const effect = scalarText(getValue(statement, 'Effect')) === 'Deny' ? 'Deny' : 'Allow';
    const resourceNode = getValue(statement, 'Resource') ?? getValue(statement, 'NotResource');
    const actionNodes = entries(actionPair.value);
    const resourceNodes = entries(resourceNode);
    const targets = resolve && getPair(statement, 'Resource') ? resourceNodes.map(resolve) : undefined;
    read.push({
      file: source.file,
      span,
      actionSpans: actionNodes.map((node) => source.nodeSpan(node)),
      ownerKey,
      effect,
      actions: actionNodes.map(text),
      notAction: scalarText(actionPair.key) === 'NotAction',
      resources: resourceNode === undefined ? ['*'] : resourceNodes.map(text),
      ...(targets ? { targets } : {}),
    });
  }
  return read;
}
