import { isMap, isPair, isScalar, isSeq, type Node, type Pair, type Scalar } from 'yaml';
import type { CredentialKind } from '../../model/kinds.js';
import type { ValueSource } from '../../model/references.js';
import { getValue, mapPairs, scalarText, seqItems } from '../shared/yaml.js';

/** Decides by content: a template version, or resources typed `AWS::…`. */
export function looksLikeCloudFormation(root: unknown): boolean {
  if (mapPairs(root).some((pair) => scalarText(pair.key) === 'AWSTemplateFormatVersion')) return true;
  return mapPairs(getValue(root, 'Resources')).some((pair) =>
    /^(?:AWS|Custom)::|^Alexa::/.test(scalarText(getValue(pair.value, 'Type')) ?? ''),
  );
}

export interface Intrinsic {
  /** `Ref` or `GetAtt` target. */
  target: string;
  attribute: string | undefined;
  /** Where a finding about it points: the tagged node, or the key of the `Ref`/`Fn::GetAtt` map. */
  at: Node | undefined;
}

/** The single pair of a one-key map (`{ Ref: X }`, `{ "Fn::Sub": … }`). */
function onlyPair(node: unknown): Pair | undefined {
  if (!isMap(node) || node.items.length !== 1) return undefined;
  const pair = node.items[0];
  return isPair(pair) ? pair : undefined;
}

function dotted(text: string, at: Node | undefined): Intrinsic {
  return { target: text.split('.')[0] ?? '', attribute: text.split('.').slice(1).join('.'), at };
}

/** Reads `!Ref X`, `!GetAtt X.Y`, `!GetAtt [X, Y]` and their JSON forms; `!Sub` strings are read for `${X.Y}`. */
export function intrinsicOf(node: unknown): Intrinsic | undefined {
  if (isScalar(node) && typeof node.tag === 'string') {
    const text = scalarText(node) ?? '';
    if (node.tag === '!Ref') return { target: text, attribute: undefined, at: node };
    if (node.tag === '!GetAtt') return dotted(text, node);
  }
  if (isSeq(node) && node.tag === '!GetAtt') {
    const [target, attribute] = node.items.map(scalarText);
    return { target: target ?? '', attribute, at: node };
  }
  const pair = onlyPair(node);
  const key = pair && isScalar(pair.key) ? pair.key : undefined;
  if (!pair || !key) return undefined;
  if (scalarText(key) === 'Ref') return { target: scalarText(pair.value) ?? '', attribute: undefined, at: key };
  if (scalarText(key) === 'Fn::GetAtt') {
    const value = scalarText(pair.value);
    if (value !== undefined) return dotted(value, key);
    const [target, attribute] = seqItems(pair.value).map(scalarText);
    return { target: target ?? '', attribute, at: key };
  }
  return undefined;
}

/** The template string of a `!Sub` or `Fn::Sub`, in its short, list or JSON form. */
export function subString(node: unknown): Scalar | undefined {
  if (isScalar(node) && node.tag === '!Sub') return node;
  if (isSeq(node) && node.tag === '!Sub') {
    const first = node.items[0];
    return isScalar(first) ? first : undefined;
  }
  const pair = onlyPair(node);
  if (pair && scalarText(pair.key) === 'Fn::Sub') {
    if (isScalar(pair.value)) return pair.value;
    const first = seqItems(pair.value)[0];
    if (isScalar(first)) return first;
  }
  return undefined;
}

const secretAttributes: Record<string, CredentialKind> = {
  SecretAccessKey: 'secret-access-key',
  SmtpPassword: 'smtp-password',
  SMTPPassword: 'smtp-password',
  Password: 'smtp-password',
};

/**
 * What a `Ref`/`GetAtt` stands for when it names an access key or an SMTP-password custom resource,
 * given the template's resource types and the key of a logical id.
 */
export function attributeSource(
  target: string,
  attribute: string | undefined,
  typeOf: (logicalId: string) => string | undefined,
  keyOf: (logicalId: string) => string,
): ValueSource | undefined {
  const type = typeOf(target);
  if (!type) return undefined;
  if (type === 'AWS::IAM::AccessKey') {
    if (attribute === undefined)
      return { type: 'attribute', name: `!Ref ${target}`, kind: 'access-key-id', accessKey: keyOf(target) };
    if (attribute === 'SecretAccessKey')
      return {
        type: 'attribute',
        name: `!GetAtt ${target}.SecretAccessKey`,
        kind: 'secret-access-key',
        accessKey: keyOf(target),
      };
  }
  const kind = attribute ? secretAttributes[attribute] : undefined;
  if ((type.startsWith('Custom::') || type === 'AWS::CloudFormation::CustomResource') && kind)
    return { type: 'attribute', name: `!GetAtt ${target}.${attribute}`, kind, accessKey: keyOf(target) };
  return undefined;
}
