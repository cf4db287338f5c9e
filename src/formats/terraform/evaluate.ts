import { decodeTemplateLiteral } from './escapes.js';
import { firstChild, literalString, literalText, namedChildren, type Node } from './hcl.js';
import { matchesKey, objectKey, opaqueFunctions, stepsOf, type Step, type Yield } from './yields.js';
import { attributeExpression } from './blocks.js';
import type { Definition, TerraformConfiguration } from './configuration.js';
import type { TerraformSource } from './source.js';

/** A name bound by `for … in` or by a block's `for_each`: its values are the elements of a collection. */
interface Binding {
  name: string;
  collection: Node;
  source: TerraformSource;
  scope: string;
  outer: Binding | undefined;
}

/** A local, a variable or a module call's output, named in the module folder `scope`. */
interface DefinitionSymbol {
  scope: string;
  kind: 'local' | 'var' | 'module';
  name: string;
  output?: string;
}

type Push = (node: Node, change?: Partial<Pick<Work, 'path' | 'slot' | 'bindings' | 'partial'>>) => void;

interface Work {
  node: Node;
  source: TerraformSource;
  scope: string;
  path: Step[];
  bindings: Binding | undefined;
  slot: string | undefined;
  partial: boolean;
}

/**
 * Limits: definitions (locals, variables, module outputs) resolve through at most `maxDepth` nested
 * definitions (deeper chains yield nothing further), a definition keeps at most `maxYields` values (so
 * each reference to it costs a bounded copy), and one evaluator spends at most `maxSteps`
 * node visits in all. Expressions themselves are walked with an explicit stack, and each definition is
 * evaluated once per path (memoised), so a long expression or a cycle of locals costs linear time.
 */
export interface EvaluationLimits {
  maxDepth: number;
  maxYields: number;
  maxSteps: number;
}

export const defaultEvaluationLimits: EvaluationLimits = { maxDepth: 32, maxYields: 1_000, maxSteps: 2_000_000 };

/**
 * An expression asked for before, from outside: what it yielded, and how many visits its own walk took
 * (the definitions it reached were walked once more, and are memoised).
 */
interface Asked {
  source: TerraformSource;
  forEach: Node | undefined;
  yields: Yield[];
  visits: number;
}

/** What values a Terraform expression can yield: the resource attributes it reaches and its literals. */
export class Evaluator {
  private steps = 0;
  private depth = 0;
  private readonly memo = new Map<string, Yield[]>();
  private readonly inProgress = new Set<string>();
  /** The readers ask for the same slot's values up to four times (its context, its kind, its source, its flows). */
  private readonly asked = new Map<Node, Asked>();

  constructor(
    private readonly configuration: TerraformConfiguration,
    private readonly limits: EvaluationLimits = defaultEvaluationLimits,
  ) {}

  /** Yields of `expression`, written in `source`; `forEach` is the enclosing block's `for_each`, for `each.value`. */
  yields(expression: Node, source: TerraformSource, forEach?: Node): Yield[] {
    const again = this.askedAgain(expression, source, forEach);
    if (again) return again;
    const scope = source.scope;
    const bindings = forEach ? eachBinding(forEach, source) : undefined;
    const found: Yield[] = [];
    const visits = this.walk(
      [{ node: expression, source, scope, path: [], bindings, slot: undefined, partial: false }],
      found,
    );
    found.sort(bySourceAndStart);
    // A walk cut short by the budget is not kept: asked again, it finds nothing more, as before.
    if (this.steps <= this.limits.maxSteps) this.asked.set(expression, { source, forEach, yields: found, visits });
    return found.slice();
  }

  /**
   * The yields of an expression asked for before, when asking again would find them unchanged: its own
   * walk visits the same nodes again, and every definition it reaches answers from the memo. The budget is
   * spent as that walk would spend it; when it would run out, the walk is made, and stops where it did.
   */
  private askedAgain(expression: Node, source: TerraformSource, forEach: Node | undefined): Yield[] | undefined {
    const asked = this.asked.get(expression);
    if (!asked || asked.source !== source || asked.forEach !== forEach) return undefined;
    if (this.steps + asked.visits > this.limits.maxSteps) return undefined;
    this.steps += asked.visits;
    return asked.yields.slice();
  }

  /** Walks from the initial work, adding what it finds to `found`; returns how many nodes it visited itself. */
  private walk(initial: Work[], found: Yield[]): number {
    const stack = [...initial];
    let visits = 0;
    for (let work = stack.pop(); work; work = stack.pop()) {
      if (++this.steps > this.limits.maxSteps) break;
      visits++;
      this.visit(work, stack, found);
    }
    return visits;
  }

  private visit(work: Work, stack: Work[], found: Yield[]): void {
    const { node, path } = work;
    const push: Push = (next, change = {}) => stack.push({ ...work, node: next, ...change });
    const children = namedChildren(node);
    switch (node.type) {
      case 'expression': {
        const head = children[0];
        if (!head) return;
        const steps = postfixSteps(children, path);
        if (head.type === 'variable_expr') this.traversal(work, head, children, steps, stack, found);
        else push(head, { path: steps });
        return;
      }
      case 'conditional':
        for (const branch of children.slice(1)) push(branch);
        return;
      case 'function_call':
        this.functionCall(work, children, push, found);
        return;
      case 'collection_value':
        for (const child of children) push(child);
        return;
      case 'tuple':
        for (const element of children.filter((child) => child.type === 'expression'))
          push(element, { path: path[0] && 'index' in path[0] ? path.slice(1) : path });
        return;
      case 'object':
        for (const element of children.filter((child) => child.type === 'object_elem')) {
          const key = objectKey(element);
          const value = element.childForFieldName('val');
          const [first, ...rest] = path;
          if (!value) continue;
          if (!first) push(value, { slot: key });
          // A selected key names no slot: the slot is where the reader put the value.
          else if (matchesKey(first, key))
            push(value, { path: rest, slot: 'index' in first && first.index === undefined ? key : work.slot });
        }
        return;
      case 'for_expr':
        for (const child of children) push(child);
        return;
      case 'for_tuple_expr':
      case 'for_object_expr':
        this.forExpression(work, children, push);
        return;
      case 'template_expr':
      case 'quoted_template':
      case 'heredoc_template':
        if (node.type === 'template_expr') for (const child of children) push(child);
        else this.template(work, node, push, found);
        return;
      case 'literal_value': {
        const string = firstChild(node, 'string_lit');
        if (string && path.length === 0) this.template(work, string, push, found);
        return;
      }
      case 'string_lit':
        if (path.length === 0) this.template(work, node, push, found);
        return;
      case 'operation':
        // Arithmetic, comparison and logic yield numbers and booleans, never a credential.
        return;
      default:
        for (const child of children) push(child);
    }
  }

  private functionCall(work: Work, children: Node[], push: Push, found: Yield[]): void {
    const name = children[0]?.text ?? '';
    const args = namedChildren(firstChild(work.node, 'function_arguments')).filter(
      (child) => child.type === 'expression',
    );
    if (opaqueFunctions.has(name)) return;
    if (name === 'jsonencode' && work.path.length === 0) {
      const { node, source } = work;
      const at = { source, start: node.startIndex, end: node.endIndex };
      found.push({ kind: 'literal', value: node.text, opaque: true, node, at, slot: work.slot, partial: work.partial });
    }
    const [first, second, ...rest] = args;
    if (name === 'lookup' && first) {
      const key = literalText(second);
      push(first, { path: [{ index: key }, ...work.path] });
      for (const fallback of rest) push(fallback);
    } else if ((name === 'element' || name === 'one') && first)
      push(first, { path: [{ index: undefined }, ...work.path] });
    else for (const arg of args) push(arg);
  }

  private forExpression(work: Work, children: Node[], push: Push): void {
    const intro = children.find((child) => child.type === 'for_intro');
    const names = namedChildren(intro).filter((child) => child.type === 'identifier');
    const collection = firstChild(intro, 'expression');
    const valueName = names[names.length - 1]?.text;
    const bindings =
      collection && valueName
        ? { name: valueName, collection, source: work.source, scope: work.scope, outer: work.bindings }
        : work.bindings;
    const bodies = children.filter((child) => child.type === 'expression' && child !== collection);
    const [first, ...rest] = work.path;
    const path = first && ('index' in first || work.node.type === 'for_object_expr') ? rest : work.path;
    // The value is the last body: a tuple's element, or an object's `key => value` value.
    const value = work.node.type === 'for_object_expr' ? bodies[1] : bodies[0];
    if (value) push(value, { path, bindings });
  }

  private template(work: Work, node: Node, push: Push, found: Yield[]): void {
    const parts = namedChildren(node).filter(
      (child) => child.type === 'template_literal' || child.type === 'template_interpolation',
    );
    const interpolations = parts.filter((part) => part.type === 'template_interpolation');
    // The value Terraform builds: literal parts with their escapes decoded, interpolations as written.
    const heredoc = node.type === 'heredoc_template';
    const texts = parts.map((part) =>
      part.type === 'template_literal' ? decodeTemplateLiteral(part.text, heredoc).text : part.text,
    );
    const literalText = texts.filter((_, index) => parts[index]?.type === 'template_literal');
    if (interpolations.length === 1 && literalText.join('').trim() === '') {
      const inner = firstChild(interpolations[0], 'expression');
      if (inner) push(inner);
      return;
    }
    const at = { source: work.source, start: node.startIndex, end: node.endIndex };
    for (const { value, opaque } of this.renderings(parts, texts, work.bindings))
      found.push({ kind: 'literal', value, opaque, node, at, slot: work.slot, partial: work.partial });
    for (const interpolation of interpolations) {
      const inner = firstChild(interpolation, 'expression');
      if (inner) push(inner, { path: [], partial: true });
    }
    // Interpolations inside `%{ if }` and `%{ for }` directives.
    for (const directive of namedChildren(node).filter((child) => child.type === 'template_directive'))
      push(directive, { path: [], partial: true });
  }

  /**
   * A template's values as Terraform renders them: a name bound by `for … in` a list of string literals
   * is each of them (`[for p in ["user/a", "user/b"] : "arn:…:${p}"]` is two ARNs); other
   * interpolations stay as written, and make the value opaque.
   */
  private renderings(
    parts: Node[],
    texts: string[],
    bindings: Binding | undefined,
  ): Array<{ value: string; opaque: boolean }> {
    let rendered = [{ value: '', opaque: false }];
    parts.forEach((part, index) => {
      const text = texts[index] ?? '';
      const choices = part.type === 'template_interpolation' ? boundLiterals(part, bindings) : undefined;
      const opaque = part.type === 'template_interpolation' && !choices;
      const next = rendered.flatMap((done) =>
        (choices ?? [text]).map((choice) => ({ value: done.value + choice, opaque: done.opaque || opaque })),
      );
      // A product of many lists would not be bounded: past a few renderings the template stays as written.
      rendered = next.length <= maxRenderings ? next : [{ value: texts.join(''), opaque: true }];
    });
    return rendered;
  }

  /** `root.a[0].b`: a resource, a local, a variable, a module output or a bound name. */
  private traversal(work: Work, head: Node, children: Node[], path: Step[], stack: Work[], found: Yield[]): void {
    const root = head.text;
    // From the head to its last step (`children` is the expression's: the head, then its steps).
    const at = { source: work.source, start: head.startIndex, end: children[children.length - 1]!.endIndex };
    const attrAt = (index: number) => {
      const step = path[index];
      return step && 'attr' in step ? step.attr : undefined;
    };
    const resolved = (yields: Yield[]) => {
      for (const item of yields)
        found.push({ ...item, slot: item.slot ?? work.slot, partial: item.partial || work.partial });
    };
    for (let binding = work.bindings; binding; binding = binding.outer) {
      if (binding.name !== root) continue;
      // `each.value` and a `for` value stand for any element of their collection; keys yield nothing.
      if (root === 'each' && attrAt(0) !== 'value') return;
      const rest = root === 'each' ? path.slice(1) : path;
      const { collection, source, scope, outer } = binding;
      stack.push({ ...work, node: collection, source, scope, path: [{ index: undefined }, ...rest], bindings: outer });
      return;
    }
    const name = attrAt(0);
    if (!name) return;
    if (root === 'local') resolved(this.definition({ scope: work.scope, kind: 'local', name }, path.slice(1)));
    else if (root === 'var') resolved(this.definition({ scope: work.scope, kind: 'var', name }, path.slice(1)));
    else if (root === 'module') {
      // `module.m[0].out`: the instance index selects nothing here; every instance has the same outputs.
      let rest = path.slice(1);
      while (rest[0] && 'index' in rest[0]) rest = rest.slice(1);
      const output = rest[0] && 'attr' in rest[0] ? rest[0].attr : undefined;
      const outputs = output ? [output] : this.outputsOf(work.scope, name);
      for (const each of outputs)
        resolved(
          this.definition({ scope: work.scope, kind: 'module', name, output: each }, output ? rest.slice(1) : rest),
        );
    } else {
      const type = root === 'data' ? `data.${name}` : root;
      const offset = root === 'data' ? 1 : 0;
      const resourceName = attrAt(offset);
      // Resources the module declares, or AWS ones declared in files the scan does not see; a dynamic
      // block's iterator (`rule.value`) is no resource.
      const declared = this.configuration.folder(work.scope)?.resources.has(`${type}.${resourceName}`);
      if (!resourceName || !(declared || /^(?:data\.)?aws_/.test(type))) return;
      const attribute = path.slice(offset + 1).find((step): step is { attr: string } => 'attr' in step)?.attr;
      const { scope, slot, partial } = work;
      found.push({ kind: 'resource', scope, type, name: resourceName, attribute, at, slot, partial });
    }
  }

  private outputsOf(scope: string, moduleName: string): string[] {
    const called = this.configuration.folder(scope)?.moduleCalls.get(moduleName)?.folder;
    const folder = called ? this.configuration.folder(called) : undefined;
    return folder ? [...folder.outputs.keys()] : [];
  }

  /** A local, variable or module output, evaluated once per path; cycles and deep chains yield nothing more. */
  private definition(symbol: DefinitionSymbol, path: Step[]): Yield[] {
    // Every part is a name from the checkout: the key is their JSON, which no name can cut.
    const key = JSON.stringify([symbol.scope, symbol.kind, symbol.name, symbol.output ?? null, path]);
    const known = this.memo.get(key);
    if (known) return known;
    if (this.inProgress.has(key) || this.depth >= this.limits.maxDepth) return [];
    this.inProgress.add(key);
    this.depth++;
    try {
      const work = this.definitionsOf(symbol).map(({ definition, forEach }): Work => ({
        node: definition.expression,
        source: definition.source,
        scope: definition.source.scope,
        path,
        bindings: forEach ? eachBinding(forEach, definition.source) : undefined,
        slot: undefined,
        partial: false,
      }));
      const found: Yield[] = [];
      this.walk(work, found);
      const yields = found.slice(0, this.limits.maxYields);
      this.memo.set(key, yields);
      return yields;
    } finally {
      this.depth--;
      this.inProgress.delete(key);
    }
  }

  private definitionsOf(symbol: DefinitionSymbol): Array<{ definition: Definition; forEach?: Node }> {
    const { scope, kind, name } = symbol;
    const folder = this.configuration.folder(scope);
    if (!folder) return [];
    if (kind === 'local') {
      const local = folder.locals.get(name);
      return local ? [{ definition: local }] : [];
    }
    if (kind === 'var') {
      const variable = name;
      const values: Array<{ definition: Definition; forEach?: Node }> = (folder.tfvars.get(variable) ?? []).map(
        (definition) => ({ definition }),
      );
      const fallback = folder.variableDefaults.get(variable);
      if (fallback) values.push({ definition: fallback });
      for (const call of this.configuration.callersOf(scope)) {
        const expression = attributeExpression(call.block, variable);
        const forEach = attributeExpression(call.block, 'for_each');
        if (expression)
          values.push({ definition: { source: call.source, expression }, ...(forEach ? { forEach } : {}) });
      }
      return values;
    }
    const called = folder.moduleCalls.get(name)?.folder;
    const outputBlock = called ? this.configuration.folder(called)?.outputs.get(symbol.output ?? '') : undefined;
    const expression = outputBlock ? attributeExpression(outputBlock.block, 'value') : undefined;
    return outputBlock && expression ? [{ definition: { source: outputBlock.source, expression } }] : [];
  }
}

/**
 * The steps of an expression's postfix nodes (its children after the head), then the steps still to take:
 * one list, built without the intermediate ones, as every expression the evaluator meets makes it.
 */
function postfixSteps(children: readonly Node[], path: readonly Step[]): Step[] {
  const steps: Step[] = [];
  for (let index = 1; index < children.length; index++) {
    const stepsOfChild = stepsOf(children[index]!);
    for (let step = 0; step < stepsOfChild.length; step++) steps.push(stepsOfChild[step]!);
  }
  for (let index = 0; index < path.length; index++) steps.push(path[index]!);
  return steps;
}

/** Yields in the order they are written: by file, then by offset. */
export function bySourceAndStart(a: Yield, b: Yield): number {
  // By code unit, not `localeCompare`: that follows the machine's locale (LANG=lt_LT puts `y` before `j`),
  // and the order decides which yield a finding names, so one checkout must give one report everywhere.
  const pathA = a.at.source.path;
  const pathB = b.at.source.path;
  return (pathA === pathB ? 0 : pathA < pathB ? -1 : 1) || a.at.start - b.at.start;
}

function eachBinding(forEach: Node, source: TerraformSource): Binding {
  return { name: 'each', collection: forEach, source, scope: source.scope, outer: undefined };
}

/** How many values one template may render to, from names bound over literal lists. */
const maxRenderings = 16;

/** The string literals an interpolation `${name}` stands for, when `name` is bound over a list of them. */
function boundLiterals(interpolation: Node, bindings: Binding | undefined): string[] | undefined {
  const inner = namedChildren(firstChild(interpolation, 'expression'));
  if (inner.length !== 1 || inner[0]?.type !== 'variable_expr') return undefined;
  const name = inner[0].text;
  for (let binding = bindings; binding; binding = binding.outer) {
    if (binding.name !== name) continue;
    const tuple = firstChild(firstChild(binding.collection, 'collection_value'), 'tuple');
    const elements = namedChildren(tuple).filter((child) => child.type === 'expression');
    const literals = elements.map(literalString);
    return elements.length > 0 && literals.every((literal) => literal !== undefined)
      ? (literals as string[])
      : undefined;
  }
  return undefined;
}
