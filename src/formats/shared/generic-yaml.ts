import { isMap, isScalar, isSeq } from 'yaml';
import type { ModelBuilder } from './builder.js';
import type { ParseContext } from '../types.js';
import { emptyCollected, findVariableInterpolations, merge, namedSink, readValue, type Collected } from './values.js';
import { scalarText, type YamlSource } from './yaml.js';

/**
 * Reads every string of a YAML or JSON tree as a value named by its key: literal keys and SMTP
 * passwords by shape or by the key's name, and `${VAR}` placeholders. For files with no schema of
 * their own (Helm values, tfvars.json) and for the parts other readers do not interpret.
 */
export function readKeyedValues(
  source: YamlSource,
  context: ParseContext,
  builder: ModelBuilder,
  node: unknown,
  skip: ReadonlySet<unknown> = new Set(),
  key = '',
): Collected {
  if (skip.has(node)) return emptyCollected();
  if (isMap(node))
    return merge(
      ...node.items.map((pair) =>
        readKeyedValues(source, context, builder, pair.value, skip, scalarText(pair.key) ?? key),
      ),
    );
  if (isSeq(node))
    return merge(...node.items.map((item) => readKeyedValues(source, context, builder, item, skip, key)));
  if (isScalar(node) && typeof node.value === 'string') {
    const text = node.value;
    return readValue(builder, {
      text,
      locate: (s, e) => source.locateSpan(node, s, e),
      outer: namedSink('env', key, context.classifyName),
      interpolations: findVariableInterpolations(text),
      script: false,
      wholeValueSlot: true,
    });
  }
  return emptyCollected();
}
