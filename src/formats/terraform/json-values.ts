import { findVariableInterpolations, mergeAll, namedSink, readValue } from '../shared/values.js';
import type { Collected } from '../shared/values.js';
import type { DecodedLiteral } from './escapes.js';
import { firstChild, namedChildren, type Node } from './hcl.js';
import type { FileReading } from './values.js';

const jsonEscapes: Record<string, string> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
};

/** A JSON string's content (between its quotes) as JSON decodes it, placed back on the raw text. */
export function decodeJsonString(raw: string): DecodedLiteral {
  if (!raw.includes('\\')) return { text: raw, rawOffset: (offset) => offset };
  let text = '';
  const offsets: number[] = [];
  let i = 0;
  while (i < raw.length) {
    const letter = raw[i] === '\\' ? (raw[i + 1] ?? '') : '';
    const hex = letter === 'u' ? raw.slice(i + 2, i + 6) : '';
    const decoded = /^[0-9A-Fa-f]{4}$/.test(hex) ? String.fromCharCode(Number.parseInt(hex, 16)) : jsonEscapes[letter];
    const unit = decoded ?? raw[i] ?? '';
    offsets.push(i);
    text += unit;
    i += decoded === undefined ? 1 : letter === 'u' ? 6 : 2;
  }
  offsets.push(raw.length);
  return { text, rawOffset: (offset) => offsets[offset] ?? raw.length };
}

/** A string value's text, decoded, or undefined for a number, boolean, null, object or list. */
function stringOf(expression: Node): { node: Node; decoded: DecodedLiteral } | undefined {
  // `"text"` is a string literal; `"${…}"` and `"a${…}"` are templates.
  const string =
    firstChild(firstChild(expression, 'literal_value'), 'string_lit') ?? firstChild(expression, 'template_expr');
  if (!string?.text.startsWith('"')) return undefined;
  return { node: string, decoded: decodeJsonString(string.text.slice(1, -1)) };
}

/**
 * The literal values of a `.tf.json` or `.tfvars.json` file, read from the tree the HCL grammar made of
 * it (the file is parsed once): every string, named by the nearest key, as keyed JSON is read in other
 * formats, with `${NAME}` interpolations as variables. References, IAM and exposures are the join's.
 */
export function readJsonValues(tf: FileReading): Collected {
  const document = firstChild(firstChild(firstChild(tf.source.root, 'body'), 'attribute'), 'expression');
  const parts: Collected[] = [];
  // An explicit stack, in source order: deep documents cannot overflow the call stack.
  const stack: Array<{ node: Node; key: string }> = document ? [{ node: document, key: '' }] : [];
  for (let entry = stack.pop(); entry; entry = stack.pop()) {
    const { node, key } = entry;
    const string = stringOf(node);
    if (string) {
      parts.push(readString(tf, string.node, string.decoded, key));
      continue;
    }
    const collection = firstChild(node, 'collection_value');
    const object = firstChild(collection, 'object');
    const items: Array<{ node: Node; key: string }> = object
      ? namedChildren(object).flatMap((element) => {
          const name = element.childForFieldName('key');
          const value = element.childForFieldName('val');
          if (element.type !== 'object_elem' || !name || !value) return [];
          const keyString = stringOf(name);
          return [{ node: value, key: keyString ? keyString.decoded.text : name.text }];
        })
      : namedChildren(firstChild(collection, 'tuple'))
          .filter((item) => item.type === 'expression')
          .map((item) => ({ node: item, key }));
    for (let i = items.length - 1; i >= 0; i--) {
      const item = items[i];
      if (item) stack.push(item);
    }
  }
  return mergeAll(parts);
}

function readString(tf: FileReading, node: Node, decoded: DecodedLiteral, key: string): Collected {
  const at = (offset: number) => node.startIndex + 1 + decoded.rawOffset(offset);
  return readValue(tf.builder, {
    text: decoded.text,
    locate: (start, end) => tf.source.span(at(start), at(end)),
    outer: namedSink('env', key, tf.context.classifyName),
    interpolations: findVariableInterpolations(decoded.text),
    script: false,
    wholeValueSlot: true,
  });
}
