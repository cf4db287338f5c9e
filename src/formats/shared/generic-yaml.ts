import { isMap, isScalar, isSeq, type YAMLMap } from 'yaml';
import {
  destinationOf,
  emptyCollected,
  mergeAll,
  namedSink,
  namesSesSmtpHost,
  withSiblingKind,
  type Collected,
} from './values.js';
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

/**
 * Reads a tree of settings (Helm values, a program's `env:` map) map by map: each map's own strings are
 * one program's settings, so they are one use, and an SES SMTP server among them gives its password and
 * user-name siblings their kind (`SMTP_HOST: email-smtp.…` beside `SMARTER_SMTP_PASSWORD`). Deeper maps
 * are their own uses.
 */
export function readSettingMaps(reader: YamlReader, node: unknown, label: string): Collected {
  if (isSeq(node)) return mergeAll(node.items.map((item) => readSettingMaps(reader, item, label)));
  if (!isMap(node)) return emptyCollected();
  const own = readOwnSettings(reader, node);
  if (own.referenceIds.length > 0)
    reader.builder.use(label, reader.source.nodeSpan(node), own.referenceIds, destinationOf(own, 'unknown'));
  const nested = node.items
    .filter((pair) => isMap(pair.value) || isSeq(pair.value))
    .map((pair) => readSettingMaps(reader, pair.value, `${label} › ${scalarText(pair.key) ?? '?'}`));
  return mergeAll([own, ...nested]);
}

/**
 * The strings written directly in one map (or in a list under one of its keys), each in the slot its key
 * and its siblings give it.
 */
function readOwnSettings(reader: YamlReader, map: YAMLMap): Collected {
  const besideSesHost = map.items.some(
    (pair) => isScalar(pair.value) && namesSesSmtpHost(scalarText(pair.value) ?? ''),
  );
  const sink = (name: string) => withSiblingKind(namedSink('env', name, reader.context.classifyName), besideSesHost);
  const parts: Collected[] = [];
  for (const pair of map.items) {
    const slot = sink(scalarText(pair.key) ?? '');
    const values = isSeq(pair.value) ? pair.value.items : [pair.value];
    for (const value of values)
      if (isScalar(value) && typeof value.value === 'string') parts.push(readScalarValue(reader, value, slot));
  }
  return mergeAll(parts);
}
