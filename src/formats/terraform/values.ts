import type { CredentialKind } from '../../credentials/kinds.js';
import type { Sink, Span } from '../../model/references.js';
import { emptyCollected, merge, namedSink, readValue, type Collected } from '../shared/values.js';
import { accessKeyAttributes, expressionOf, type Block, type TerraformFile } from './file.js';
import { namedChildren, traversals, type Node } from './hcl.js';

/** What attributes give a use: their values, and where an access key's SMTP password is taken. */
export interface ReadValues {
  collected: Collected;
  smtpPasswords: Array<{ span: Span; accessKeyKey: string }>;
}

export function mergeValues(parts: ReadValues[]): ReadValues {
  return {
    collected: merge(...parts.map((part) => part.collected)),
    smtpPasswords: parts.flatMap((part) => part.smtpPasswords),
  };
}

/** Reads every attribute of a block (and its nested blocks): literals, variables and access-key attributes. */
export function readBody(tf: TerraformFile, block: Block, attributeKinds?: Record<string, CredentialKind>): ReadValues {
  const parts: ReadValues[] = [];
  for (const [name, attribute] of block.attributes)
    parts.push(readAttribute(tf, attribute, name, attributeKinds?.[name]));
  for (const nested of block.blocks) parts.push(readBody(tf, nested));
  return mergeValues(parts);
}

/** One attribute: its literal strings, `var.x` references and `aws_iam_access_key.k.<attr>` references, each named by its key. */
export function readAttribute(tf: TerraformFile, attribute: Node, name: string, expects?: CredentialKind): ReadValues {
  const expression = expressionOf(attribute);
  if (!expression) return { collected: emptyCollected(), smtpPasswords: [] };
  const parts: Collected[] = [];
  const smtpPasswords: ReadValues['smtpPasswords'] = [];
  const sinkFor = (key: string): Sink =>
    expects && key === name ? { type: 'env', name, expects } : namedSink('env', key, tf.context.classifyName);
  walkValues(expression, name, (node, key, partial) => {
    if (node.type === 'template_literal') {
      // A piece of a template with interpolations is no whole value; only credential shapes inside it count.
      parts.push(
        readValue(tf.builder, {
          text: node.text,
          locate: (s, e) => tf.span(node.startIndex + s, node.startIndex + e),
          outer: sinkFor(key),
          interpolations: [],
          script: false,
          wholeValueSlot: !partial,
        }),
      );
      return;
    }
    for (const traversal of traversals(node)) {
      const [root, resourceName, attributeName = ''] = traversal.path;
      const span = tf.span(traversal.start, traversal.end);
      const kind = accessKeyAttributes[attributeName];
      if (root === 'var' && resourceName) {
        const id = tf.builder.reference(span, { type: 'variable', name: resourceName }, sinkFor(key));
        parts.push({ ...emptyCollected(), referenceIds: [id], names: [key, resourceName] });
      } else if (root === 'aws_iam_access_key' && resourceName && kind) {
        const accessKey = tf.key(`aws_iam_access_key.${resourceName}`);
        const source = { type: 'attribute' as const, name: traversal.path.join('.'), kind, accessKey };
        const id = tf.builder.reference(span, source, sinkFor(key));
        parts.push({ ...emptyCollected(), referenceIds: [id], names: [key] });
        if (kind === 'smtp-password') smtpPasswords.push({ span, accessKeyKey: accessKey });
      }
    }
  });
  return { collected: merge(...parts), smtpPasswords };
}

/** Visits string literals and leaf expressions, naming each by the nearest object key or attribute. */
function walkValues(
  node: Node,
  key: string,
  visit: (node: Node, key: string, partial: boolean) => void,
  partial = false,
): void {
  if (node.type === 'template_literal') {
    visit(node, key, partial);
    return;
  }
  if (node.type === 'object_elem') {
    const elementKey = node.childForFieldName('key')?.text.replace(/^"|"$/g, '') ?? key;
    const value = node.childForFieldName('val');
    if (value) walkValues(value, elementKey, visit);
    return;
  }
  if (node.type === 'expression' && namedChildren(node)[0]?.type === 'variable_expr') {
    visit(node, key, partial);
    return;
  }
  const interpolated = partial || namedChildren(node).some((child) => child.type === 'template_interpolation');
  for (const child of namedChildren(node)) walkValues(child, key, visit, interpolated);
}
