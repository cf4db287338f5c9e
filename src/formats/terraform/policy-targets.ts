import { singleUserName } from '../../credentials/iam.js';
import type { IamStatement, StatementTarget } from '../../model/iam.js';
import type { Evaluator } from './evaluate.js';
import { keyOf } from './source.js';
import type { Yield } from './yields.js';
import type { TerraformSource } from './source.js';
import type { PolicyStatement, PolicyValue } from './policy.js';

export type ResourceTarget = StatementTarget;

type NamedPrincipals = (kind: 'user', name: string) => string[];

function literalTarget(value: string, named: NamedPrincipals): ResourceTarget {
  const user = singleUserName(value);
  return { label: value, userKeys: user ? named('user', user) : [], singleUser: user !== undefined };
}

function resourceTarget(item: Extract<Yield, { kind: 'resource' }>): ResourceTarget {
  const isUser = item.type === 'aws_iam_user';
  return {
    label: `${item.type}.${item.name}`,
    userKeys: isUser ? [keyOf(item.scope, `${item.type}.${item.name}`)] : [],
    singleUser: isUser,
  };
}

/** The targets of one policy value: what its expressions yield, or the value as written. */
function targetsOf(value: PolicyValue, source: TerraformSource, evaluator: Evaluator, named: NamedPrincipals) {
  if (value.expressions.length === 0) return [literalTarget(value.text, named)];
  const yields = value.expressions.flatMap((expression) => evaluator.yields(expression, source));
  if (!value.whole) {
    // A template such as `arn:aws:iam::${account}:user/${var.smtp_user}`: one ARN, its users by reference.
    const target = literalTarget(value.text, named);
    const referenced = yields.flatMap((item) => (item.kind === 'resource' ? resourceTarget(item).userKeys : []));
    return [{ ...target, userKeys: [...new Set([...target.userKeys, ...referenced])] }];
  }
  // A piece of a larger string (`${local.partition}` in an ARN) is no target of its own.
  const targets = yields
    .filter((item) => !item.partial)
    .map((item) => (item.kind === 'resource' ? resourceTarget(item) : literalTarget(item.value, named)));
  return targets.length > 0 ? targets : [literalTarget(value.text, named)];
}

function actionsOf(value: PolicyValue, source: TerraformSource, evaluator: Evaluator): string[] {
  if (value.expressions.length === 0) return [value.text];
  const literals = value.expressions
    .flatMap((expression) => evaluator.yields(expression, source))
    .flatMap((item) => (item.kind === 'literal' && !item.opaque ? [item.value] : []));
  // An action no literal spells out (`statement.value.actions`) is unknown, not a grant of its text.
  return literals;
}

/** A statement's actions and resources spelled out, with what each resource stands for. */
export function resolveStatement(
  statement: PolicyStatement,
  source: TerraformSource,
  evaluator: Evaluator,
  named: NamedPrincipals,
): Pick<IamStatement, 'effect' | 'actions' | 'notAction' | 'resources'> & { targets: ResourceTarget[] } {
  const targets = statement.resources.flatMap((value) => targetsOf(value, source, evaluator, named));
  return {
    effect: statement.effect,
    notAction: statement.notAction,
    actions: statement.actions.flatMap((value) => actionsOf(value, source, evaluator)),
    resources: targets.map((target) => target.label),
    targets,
  };
}
