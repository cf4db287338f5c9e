import type { IamStatement } from '../../model/iam.js';
import type { Span } from '../../model/references.js';
import { getPair, getValue, isMap, scalarText, seqItems, type YamlSource } from './yaml.js';

function strings(node: unknown): string[] {
  const single = scalarText(node);
  if (single !== undefined) return [single];
  // An intrinsic (`!Sub`, `Fn::Join`) stands for an action or resource this reader cannot spell out.
  return seqItems(node).map((item) => scalarText(item) ?? '<expression>');
}

/** Reads `Statement` entries of a policy document written in YAML or JSON. */
export function readPolicyDocument(source: YamlSource, document: unknown, ownerKey: string): IamStatement[] {
  const statementNode = getValue(document, 'Statement');
  return readStatements(source, isMap(statementNode) ? [statementNode] : seqItems(statementNode), ownerKey);
}

/** Reads statement maps (`Effect`, `Action`/`NotAction`, `Resource`); the span is the `Action` key. */
export function readStatements(source: YamlSource, statements: unknown[], ownerKey: string): IamStatement[] {
  const read: IamStatement[] = [];
  for (const statement of statements) {
    const actionPair = getPair(statement, 'Action') ?? getPair(statement, 'NotAction');
    if (!actionPair) continue;
    const span: Span = source.nodeSpan(actionPair.key);
    const effect = scalarText(getValue(statement, 'Effect')) === 'Deny' ? 'Deny' : 'Allow';
    const resourceNode = getValue(statement, 'Resource') ?? getValue(statement, 'NotResource');
    read.push({
      file: source.file,
      span,
      ownerKey,
      effect,
      actions: strings(actionPair.value),
      notAction: scalarText(actionPair.key) === 'NotAction',
      resources: resourceNode === undefined ? ['*'] : strings(resourceNode),
    });
  }
  return read;
}
