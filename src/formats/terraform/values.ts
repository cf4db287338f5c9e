import { isPlaceholder, literalFits } from '../../credentials/values.js';
import type { CredentialKind } from '../../model/kinds.js';
import type { Sink } from '../../model/references.js';
import { emptyCollected, mergeAll, namedSink, readValue, type Collected } from '../shared/values.js';
import { decodeTemplateLiteral } from './escapes.js';
import { expressionOf, type Block } from './blocks.js';
import type { ModelBuilder } from '../shared/builder.js';
import type { ParseContext } from '../shared/parse-context.js';
import type { TerraformSource } from './source.js';
import { firstChild, literalBool, namedChildren, traversals, type Node } from './hcl.js';

/** One file being read into its model: its parsed source (spans, scope), where its facts go, and the scan's context. */
export interface FileReading {
  source: TerraformSource;
  builder: ModelBuilder;
  context: ParseContext;
}

/** Reads every attribute of a block (and its nested blocks): literals, variables and access-key attributes. */
export function readBody(tf: FileReading, block: Block, attributeKinds?: Record<string, CredentialKind>): Collected {
  const parts: Collected[] = [];
  collectBody(tf, block, attributeKinds, parts);
  return mergeAll(parts);
}

/** Attributes named by their variable (a .tfvars file): what they hold, merged once. */
export function readAttributes(
  tf: FileReading,
  attributes: ReadonlyArray<{ name: string; attribute: Node }>,
): Collected {
  const parts: Collected[] = [];
  for (const { name, attribute } of attributes) collectAttribute(tf, attribute, name, undefined, parts);
  return mergeAll(parts);
}

/** Every part goes to one list, merged once per block: a merge per attribute and nested block was most of the reading. */
function collectBody(
  tf: FileReading,
  block: Block,
  attributeKinds: Record<string, CredentialKind> | undefined,
  parts: Collected[],
): void {
  // `forEach`, not `for…of`: a cold scan runs this in the interpreter, where each entry would build an array and an iterator result.
  block.attributes.forEach((attribute, name) => collectAttribute(tf, attribute, name, attributeKinds?.[name], parts));
  for (let index = 0; index < block.blocks.length; index++) collectBody(tf, block.blocks[index]!, undefined, parts);
}

/**
 * One attribute: its literal strings and `var.x` references, each named by its key. Access-key
 * attributes are read by the configuration's join, through the evaluator.
 */
function collectAttribute(
  tf: FileReading,
  attribute: Node,
  name: string,
  expects: CredentialKind | undefined,
  parts: Collected[],
): void {
  const expression = expressionOf(attribute);
  if (!expression) return;
  const sinkFor = (key: string): Sink =>
    expects && key === name ? { type: 'env', name, expects } : namedSink('env', key, tf.context.classifyName);
  // `try(var.x, true)`, `var.on ? 1 : 0`: the attribute holds a boolean or a number, whatever its name says.
  if (yieldsBoolOrNumber(expression)) return;
  walkValues(expression, name, (node, key, partial, heredoc) => {
    if (node.type === 'template_literal') {
      // Classified as Terraform reads it (escapes decoded), placed where it is written.
      const literal = decodeTemplateLiteral(node.text, heredoc);
      const at = (offset: number) => node.startIndex + literal.rawOffset(offset);
      const outer = sinkFor(key);
      // A value the slot's name cannot hold (`access_key_status = "Inactive"`) is no credential of that
      // name's kind; credential shapes inside it are still found. Placeholders are the rules' to judge.
      const fits = !outer.expects || isPlaceholder(literal.text.trim()) || literalFits(outer.expects, literal.text);
      // A piece of a template with interpolations is no whole value; only credential shapes inside it count.
      parts.push(
        readValue(tf.builder, {
          text: literal.text,
          locate: (s, e) => tf.source.span(at(s), at(e)),
          outer,
          interpolations: [],
          script: false,
          wholeValueSlot: !partial && fits,
        }),
      );
      return;
    }
    for (const traversal of traversals(node, 'var')) {
      const variable = traversal.path[1];
      if (!variable) continue;
      const span = tf.source.span(traversal.start, traversal.end);
      const id = tf.builder.reference(span, { type: 'variable', name: variable }, sinkFor(key));
      const collected = emptyCollected();
      collected.referenceIds.push(id);
      collected.names.push(key, variable);
      parts.push(collected);
    }
  });
}

/**
 * Visits string literals and leaf expressions, naming each by the nearest object key or attribute;
 * `heredoc` when the literal is part of a heredoc, whose backslashes are not escapes.
 */
function walkValues(
  root: Node,
  rootKey: string,
  visit: (node: Node, key: string, partial: boolean, heredoc: boolean) => void,
): void {
  // An explicit stack, in source order: a deeply nested expression cannot overflow the call stack.
  const stack: Array<{ node: Node; key: string; partial: boolean; heredoc: boolean }> = [
    { node: root, key: rootKey, partial: false, heredoc: false },
  ];
  for (let entry = stack.pop(); entry; entry = stack.pop()) {
    const { node, key, partial, heredoc } = entry;
    if (node.type === 'template_literal') {
      visit(node, key, partial, heredoc);
      continue;
    }
    if (node.type === 'object_elem') {
      const elementKey = node.childForFieldName('key')?.text.replace(/^"|"$/g, '') ?? key;
      const value = node.childForFieldName('val');
      if (value) stack.push({ node: value, key: elementKey, partial: false, heredoc: false });
      continue;
    }
    if (node.type === 'expression' && namedChildren(node)[0]?.type === 'variable_expr') {
      visit(node, key, partial, heredoc);
      continue;
    }
    // Arithmetic, comparison and logic yield numbers and booleans; a condition only chooses a value.
    if (node.type === 'operation') continue;
    // A conditional's first child is its condition, skipped; the children are indexed, not copied (one list less per node).
    const children = namedChildren(node);
    const first = node.type === 'conditional' ? 1 : 0;
    let interpolated = partial;
    for (let i = first; i < children.length && !interpolated; i++)
      interpolated = children[i]?.type === 'template_interpolation';
    // An interpolation inside a heredoc is an expression of its own, with quoted strings of its own.
    const inHeredoc = node.type === 'heredoc_template' || (heredoc && node.type !== 'template_interpolation');
    for (let i = children.length - 1; i >= first; i--) {
      const child = children[i];
      if (child) stack.push({ node: child, key, partial: interpolated, heredoc: inHeredoc });
    }
  }
}

/** Functions that yield one of their arguments: a boolean or number among them makes the whole one. */
const choosingFunctions = new Set(['try', 'coalesce', 'lookup']);

/**
 * An expression whose value is a boolean or a number: a literal one, a conditional with such a branch,
 * or a `try`/`coalesce`/`lookup` with such a fallback (`try(var.create, true)`).
 */
function yieldsBoolOrNumber(expression: Node): boolean {
  const [head] = namedChildren(expression);
  if (!head) return false;
  if (head.type === 'literal_value') return literalBool(expression) !== undefined || literalNumber(expression);
  if (head.type === 'operation') return true;
  if (head.type === 'conditional')
    return namedChildren(head)
      .slice(1)
      .some((branch) => branch.type === 'expression' && isBoolOrNumberLiteral(branch));
  if (head.type === 'function_call' && choosingFunctions.has(namedChildren(head)[0]?.text ?? ''))
    return namedChildren(firstChild(head, 'function_arguments')).some(
      (argument) => argument.type === 'expression' && isBoolOrNumberLiteral(argument),
    );
  return false;
}

function isBoolOrNumberLiteral(expression: Node): boolean {
  return literalBool(expression) !== undefined || literalNumber(expression);
}

function literalNumber(expression: Node): boolean {
  return firstChild(firstChild(expression, 'literal_value'), 'numeric_lit') !== undefined;
}
