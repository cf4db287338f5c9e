import { getPair, getValue, isMap, isScalar, scalarText, seqItems, YamlSource } from '../shared/yaml.js';
import { firstChild, literalString, namedChildren, type Node } from './hcl.js';
import type { Block } from './blocks.js';

/**
 * One value of a policy (an action or a resource) as written: its text, `${…}` and all, and the
 * HCL expressions it is built from, whose yields say what it stands for (`${aws_iam_user.u.arn}`).
 */
export interface PolicyValue {
  text: string;
  expressions: Node[];
  /** The value is exactly one expression (`"${aws_iam_user.u.arn}"`, `aws_iam_user.u.arn`). */
  whole: boolean;
}

/** One statement of a policy written in Terraform, with the offsets of its `Action` (the evidence). */
export interface PolicyStatement {
  start: number;
  end: number;
  effect: 'Allow' | 'Deny';
  notAction: boolean;
  actions: PolicyValue[];
  /** `Resource` (absent: `*`). */
  resources: PolicyValue[];
}

const anyResource: PolicyValue = { text: '*', expressions: [], whole: false };

/**
 * A JSON policy in a string or heredoc with `${…}` interpolations: each interpolation is read as an
 * opaque value (inside a JSON string, part of it; outside, a string of its own) and kept beside the
 * value it sits in. Offsets stay the file's, so spans do too.
 */
export function statementsFromTemplate(template: Node, fileText: string, file: string): PolicyStatement[] {
  const parts = namedChildren(template).filter((child) => child.type !== 'heredoc_identifier');
  const content = parts.filter(
    (child) => !/^(?:quoted_template_start|quoted_template_end|heredoc_start)$/.test(child.type),
  );
  const first = content[0];
  const last = content.at(-1);
  if (!first || !last) return [];
  const interpolations = content.filter((child) => child.type !== 'template_literal');
  const { text, origin } = substitute(fileText, first.startIndex, last.endIndex, interpolations, template.type);
  const original = (offset: number) => origin[offset] ?? offset;
  const source = new YamlSource(file, text);
  const document = source.documents[0]?.contents;
  if (source.documents.length !== 1 || source.problems().length > 0) return [];
  const valueOf = (node: unknown): PolicyValue | undefined => {
    if (!isScalar(node) || !node.range) return undefined;
    const [start, end] = node.range.map(original) as [number, number];
    const inside = interpolations.filter((child) => child.startIndex >= start && child.endIndex <= end);
    const written = fileText.slice(start, end).replace(/^"|"$/g, '');
    const expressions = inside.flatMap((child) => firstChild(child, 'expression') ?? []);
    const whole = inside.length === 1 && written.trim() === inside[0]?.text;
    return { text: inside.length > 0 ? written : (scalarText(node) ?? written), expressions, whole };
  };
  const values = (node: unknown): PolicyValue[] =>
    (isScalar(node) ? [node] : seqItems(node)).flatMap((item) => valueOf(item) ?? []);
  const statementNode = getValue(document, 'Statement');
  const statements: PolicyStatement[] = [];
  for (const statement of isMap(statementNode) ? [statementNode] : seqItems(statementNode)) {
    const actionPair = getPair(statement, 'Action') ?? getPair(statement, 'NotAction');
    const range = actionPair?.key.range;
    if (!actionPair || !range) continue;
    const resource = getValue(statement, 'Resource') ?? getValue(statement, 'NotResource');
    statements.push({
      start: original(range[0]),
      end: original(range[1]),
      effect: scalarText(getValue(statement, 'Effect')) === 'Deny' ? 'Deny' : 'Allow',
      notAction: scalarText(actionPair.key) === 'NotAction',
      actions: values(actionPair.value),
      resources: resource === undefined ? [anyResource] : values(resource),
    });
  }
  return statements;
}

/**
 * The template's text as JSON, at the file's offsets (what precedes it blanked out): each
 * interpolation becomes placeholder characters, or a placeholder string where it stands for a whole
 * value. In a quoted HCL string `\\"` is JSON's quote; `origin` maps each offset back to the file.
 */
function substitute(fileText: string, from: number, to: number, interpolations: Node[], templateType: string) {
  // Only the template's own line is blanked before it, which keeps its column: the lines above would be
  // blank lines, which YAML reads as nothing, and blanking them cost each template the file's length
  // (quadratic in a file of many policies).
  const lineStart = from > 0 ? fileText.lastIndexOf('\n', from - 1) + 1 : 0;
  let text = ' '.repeat(from - lineStart);
  const origin: number[] = Array.from({ length: from - lineStart }, (_, i) => lineStart + i);
  const quoted = templateType !== 'heredoc_template';
  let inString = false;
  let escaped = false;
  const append = (start: number, end: number) => {
    for (let i = start; i < end; i++) {
      // An HCL escape (`\\"`, `\\\\`) is the character it escapes; its offset is the escaped one's.
      if (quoted && fileText[i] === '\\' && (fileText[i + 1] === '"' || fileText[i + 1] === '\\')) i++;
      const char = fileText[i] ?? '';
      if (escaped) escaped = false;
      else if (char === '\\') escaped = true;
      else if (char === '"') inString = !inString;
      text += char;
      origin.push(i);
    }
  };
  let at = from;
  for (const interpolation of interpolations) {
    append(at, interpolation.startIndex);
    const length = interpolation.endIndex - interpolation.startIndex;
    const placeholder = inString ? '_'.repeat(length) : `"${'_'.repeat(Math.max(0, length - 2))}"`;
    for (let i = 0; i < placeholder.length; i++) origin.push(interpolation.startIndex + i);
    text += placeholder;
    at = interpolation.endIndex;
  }
  append(at, to);
  origin.push(to);
  return { text, origin };
}

/** `jsonencode({ Statement = [{ Effect = …, Action = […], Resource = … }] })`, read from the HCL object. */
export function statementsFromObject(object: Node): PolicyStatement[] {
  const statementValue = objectEntries(object).get('Statement');
  const collection = firstChild(statementValue, 'collection_value');
  const tuple = firstChild(collection, 'tuple');
  const statementObjects = tuple
    ? namedChildren(tuple).filter((child) => child.type === 'expression')
    : statementValue
      ? [statementValue]
      : [];
  const statements: PolicyStatement[] = [];
  for (const statement of statementObjects) {
    const entries = objectEntries(statement);
    const notAction = !entries.has('Action') && entries.has('NotAction');
    const action = entries.get(notAction ? 'NotAction' : 'Action');
    // The evidence is the whole `Action = […]` element.
    const actionElement = entryElements(statement).get(notAction ? 'NotAction' : 'Action');
    if (!action || !actionElement) continue;
    const resource = entries.get('Resource') ?? entries.get('NotResource');
    statements.push({
      start: actionElement.startIndex,
      end: actionElement.endIndex,
      effect: literalString(entries.get('Effect')) === 'Deny' ? 'Deny' : 'Allow',
      notAction,
      actions: expressionValues(action),
      resources: resource ? expressionValues(resource) : [anyResource],
    });
  }
  return statements;
}

/** `data "aws_iam_policy_document"`: its `statement` blocks, `dynamic "statement"` contents included. */
export function statementsFromDocument(block: Block): PolicyStatement[] {
  const statements: PolicyStatement[] = [];
  const blocks = block.blocks.flatMap((child) =>
    child.type === 'statement'
      ? [child]
      : child.type === 'dynamic' && child.labels[0] === 'statement'
        ? child.blocks.filter((inner) => inner.type === 'content')
        : [],
  );
  for (const statement of blocks) {
    const actions = statement.attributes.get('actions') ?? statement.attributes.get('not_actions');
    const actionsExpression = firstChild(actions, 'expression');
    if (!actions || !actionsExpression) continue;
    const resources = firstChild(
      statement.attributes.get('resources') ?? statement.attributes.get('not_resources'),
      'expression',
    );
    statements.push({
      start: actions.startIndex,
      end: actions.endIndex,
      effect: literalString(firstChild(statement.attributes.get('effect'), 'expression')) === 'Deny' ? 'Deny' : 'Allow',
      notAction: firstChild(actions, 'identifier')?.text === 'not_actions',
      actions: expressionValues(actionsExpression),
      resources: resources ? expressionValues(resources) : [anyResource],
    });
  }
  return statements;
}

/** A list's elements, or the one value, each as a policy value. */
function expressionValues(expression: Node): PolicyValue[] {
  const tuple = firstChild(firstChild(expression, 'collection_value'), 'tuple');
  const items = tuple ? namedChildren(tuple).filter((child) => child.type === 'expression') : [expression];
  return items.map((item) => {
    const text = literalString(item);
    if (text !== undefined) return { text, expressions: [], whole: false };
    const template = firstChild(firstChild(item, 'template_expr'), 'quoted_template');
    const written = template ? template.text.replace(/^"|"$/g, '') : item.text;
    const interpolations = namedChildren(template).filter((child) => child.type === 'template_interpolation');
    const whole = !template || (interpolations.length === 1 && written.trim() === interpolations[0]?.text);
    return { text: written, expressions: [item], whole };
  });
}

function elements(object: Node | undefined): Node[] {
  const inner = firstChild(firstChild(object, 'collection_value'), 'object');
  return namedChildren(inner).filter((child) => child.type === 'object_elem');
}

function keyName(element: Node): string {
  return element.childForFieldName('key')?.text.replace(/^"|"$/g, '') ?? '';
}

function objectEntries(object: Node | undefined): Map<string, Node> {
  const entries = new Map<string, Node>();
  for (const element of elements(object)) {
    const value = element.childForFieldName('val');
    if (value) entries.set(keyName(element), value);
  }
  return entries;
}

function entryElements(object: Node | undefined): Map<string, Node> {
  return new Map(elements(object).map((element) => [keyName(element), element]));
}
