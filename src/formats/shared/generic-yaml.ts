import { isMap, isScalar, isSeq } from 'yaml';
import { emptyCollected, mergeAll, type Collected } from './values.js';
import { scalarText } from './yaml.js';
import { readScalarValue, type YamlReader } from './yaml-reader.js';

/**
 * Reads every string of a YAML or JSON tree as a value named by its key: literal keys and SMTP
 * passwords by shape or by the key's name, and `${VAR}` placeholders. For files with no schema of
 * their own (Helm values, tfvars.json) and for the parts other readers do not interpret.
 */
export function readKeyedValues(reader: YamlReader, node: unknown, key = ''): Collected {
  if (isMap(node))
    return mergeAll(node.items.map((pair) => readKeyedValues(reader, pair.value, scalarText(pair.key) ?? key)));
  if (isSeq(node)) return mergeAll(node.items.map((item) => readKeyedValues(reader, item, key)));
  if (isScalar(node) && typeof node.value === 'string') return readScalarValue(reader, node, key);
  return emptyCollected();
}
