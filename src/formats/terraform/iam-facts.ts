import { managedPolicyStatement } from '../../credentials/managed-policies.js';
import { emptyIam, type IamFacts, type IamStatement } from '../../model/iam.js';
import type { Span } from '../../model/references.js';
import type { Evaluator } from './evaluate.js';
import type { Yield } from './yields.js';
import { firstChild, namedChildren, type Node } from './hcl.js';
import { attributeExpression, type Block } from './blocks.js';
import { keyOf } from './source.js';
import type { PlacedBlock, TerraformConfiguration } from './configuration.js';
import type { TerraformSource } from './source.js';
import {
  statementsFromDocument,
  statementsFromObject,
  statementsFromTemplate,
  type PolicyStatement,
} from './policy.js';
import { resolveStatement, type ResourceTarget } from './policy-targets.js';

type PrincipalKind = 'user' | 'role' | 'group';

const principalTypes: Record<string, PrincipalKind> = {
  aws_iam_user: 'user',
  aws_iam_role: 'role',
  aws_iam_group: 'group',
};

const inlinePolicyTypes: Record<string, PrincipalKind> = {
  aws_iam_user_policy: 'user',
  aws_iam_role_policy: 'role',
  aws_iam_group_policy: 'group',
};

/** A statement with what each of its resources stands for. */
export interface TerraformStatement extends IamStatement {
  targets: ResourceTarget[];
}

/**
 * IAM as a Terraform configuration declares it, every value read through the evaluator: principals,
 * keys, login profiles, policies (documents, JSON with interpolations, `jsonencode`) and the bindings
 * between them, across module folders.
 */
export class TerraformIam {
  readonly iam: IamFacts = emptyIam();
  /** IAM user (role, group) names, as the configuration spells them, to the principals' keys. */
  private readonly principalsByName = new Map<string, string[]>();
  /** `aws_iam_policy` keys to the owners of the statements their `policy` holds. */
  private readonly policyOwners = new Map<string, string[]>();

  constructor(
    private readonly configuration: TerraformConfiguration,
    private readonly evaluator: Evaluator,
  ) {
    const blocks = [...configuration.folders.values()].flatMap((folder) => folder.blocks);
    for (const placed of blocks) if (placed.block.type === 'resource') this.readPrincipal(placed);
    for (const placed of blocks) this.readBlock(placed);
    // Attachments last: they bind the statements of policies read above.
    for (const placed of blocks) if (isAttachment(placed.block)) this.readAttachment(placed);
  }

  private yields(placed: PlacedBlock, name: string): Yield[] {
    const expression = attributeExpression(placed.block, name);
    if (!expression) return [];
    return this.evaluator.yields(expression, placed.source, attributeExpression(placed.block, 'for_each'));
  }

  private declaration(placed: PlacedBlock): { file: string; span: Span } {
    const start = placed.block.node.startIndex;
    return { file: placed.source.path, span: placed.source.span(start, start + placed.block.type.length) };
  }

  private readPrincipal(placed: PlacedBlock): void {
    const [type = '', name = ''] = placed.block.labels;
    const kind = principalTypes[type];
    if (!kind) return;
    const key = keyOf(placed.source.scope, `${type}.${name}`);
    const names = this.yields(placed, 'name').flatMap((item) => (item.kind === 'literal' ? [item.value] : []));
    for (const value of names)
      this.principalsByName.set(`${kind}:${value}`, [...this.principalKeysNamed(kind, value), key]);
    const smtpNamed = /smtp/i.test([name, ...names].join(' '));
    this.iam.principals.push({ key, ...this.declaration(placed), kind, label: `${type}.${name}`, smtpNamed });
  }

  private principalKeysNamed(kind: PrincipalKind, name: string): string[] {
    return this.principalsByName.get(`${kind}:${name}`) ?? [];
  }

  /** The principals an attribute names: by reference (`aws_iam_user.u.name`, through modules) or by literal name. */
  private principals(placed: PlacedBlock, attribute: string, kind: PrincipalKind): string[] {
    const keys = this.yields(placed, attribute).flatMap((item) => {
      if (item.kind === 'resource')
        return item.type === `aws_iam_${kind}` ? [keyOf(item.scope, `${item.type}.${item.name}`)] : [];
      return item.opaque ? [] : this.principalKeysNamed(kind, item.value);
    });
    return [...new Set(keys)];
  }

  private readBlock(placed: PlacedBlock): void {
    const { block, source } = placed;
    const [type = '', name = ''] = block.labels;
    const { scope } = source;
    if (block.type === 'data' && type === 'aws_iam_policy_document') {
      this.addStatements(source, statementsFromDocument(block), keyOf(scope, `data.${type}.${name}`));
      return;
    }
    if (block.type === 'module') {
      this.readModulePolicies(placed, keyOf(scope, `module.${type}`));
      return;
    }
    if (block.type !== 'resource') return;
    const key = keyOf(scope, `${type}.${name}`);
    const place = this.declaration(placed);
    const inlineKind = inlinePolicyTypes[type];
    if (type === 'aws_iam_access_key') {
      this.iam.accessKeys.push({ key, ...place, userKey: this.principals(placed, 'user', 'user')[0] });
    } else if (type === 'aws_iam_user_login_profile') {
      this.iam.loginProfiles.push({ ...place, userKey: this.principals(placed, 'user', 'user')[0] });
    } else if (type === 'aws_iam_policy') {
      this.policyOwners.set(key, this.readPolicy(this.yields(placed, 'policy'), key));
    } else if (inlineKind) {
      const owners = this.readPolicy(this.yields(placed, 'policy'), key);
      for (const principalKey of this.principals(placed, inlineKind, inlineKind))
        for (const ownerKey of owners) this.iam.bindings.push({ ...place, principalKey, ownerKey });
    } else if (type === 'aws_iam_role') {
      for (const inline of block.blocks.filter((child) => child.type === 'inline_policy'))
        this.readInlineRolePolicy(placed, inline, key);
    }
  }

  private readInlineRolePolicy(placed: PlacedBlock, inline: Block, roleKey: string): void {
    const expression = attributeExpression(inline, 'policy');
    if (!expression) return;
    const ownerKey = `${roleKey}#inline`;
    const owners = this.readPolicy(this.evaluator.yields(expression, placed.source), ownerKey);
    for (const owner of owners)
      this.iam.bindings.push({ ...this.declaration(placed), principalKey: roleKey, ownerKey: owner });
  }

  /** A remote module's policy inputs are read as policies of their own: nothing binds them, but they are granted. */
  private readModulePolicies(placed: PlacedBlock, moduleKey: string): void {
    const call = this.configuration.folder(placed.source.scope)?.moduleCalls.get(placed.block.labels[0] ?? '');
    if (call?.folder && this.configuration.folder(call.folder)) return;
    for (const name of placed.block.attributes.keys())
      if (/(?:^|_)policy(?:_json)?$/.test(name) && !/assume_role|trust/.test(name))
        this.readPolicy(this.yields(placed, name), `${moduleKey}.${name}`);
  }

  /**
   * Reads the policy documents a `policy` value can be: JSON text with interpolations, `jsonencode`,
   * or a policy document's `.json`. Returns the owners whose statements the value grants.
   */
  private readPolicy(yields: Yield[], ownerKey: string): string[] {
    const owners = new Set<string>();
    for (const item of yields) {
      if (item.kind === 'resource') {
        if (item.type === 'data.aws_iam_policy_document') owners.add(keyOf(item.scope, `${item.type}.${item.name}`));
        continue;
      }
      const statements = documentStatements(item.node, item.at.source);
      if (statements.length === 0) continue;
      this.addStatements(item.at.source, statements, ownerKey);
      owners.add(ownerKey);
    }
    return [...owners];
  }

  private addStatements(source: TerraformSource, statements: PolicyStatement[], ownerKey: string): void {
    for (const statement of statements) {
      const resolved = resolveStatement(statement, source, this.evaluator, (kind, name) =>
        this.principalKeysNamed(kind, name),
      );
      const span = source.span(statement.start, statement.end);
      const fact: TerraformStatement = { file: source.path, span, ownerKey, ...resolved };
      this.iam.statements.push(fact);
    }
  }

  private readAttachment(placed: PlacedBlock): void {
    const policy = attributeExpression(placed.block, 'policy_arn');
    if (!policy) return;
    const span = placed.source.nodeSpan(policy);
    const principals = (['user', 'role', 'group'] as const).flatMap((kind) => [
      ...this.principals(placed, kind, kind),
      ...this.principals(placed, `${kind}s`, kind),
    ]);
    for (const item of this.yields(placed, 'policy_arn')) {
      const policyKey =
        item.kind === 'resource' && item.type === 'aws_iam_policy'
          ? keyOf(item.scope, `aws_iam_policy.${item.name}`)
          : undefined;
      const owners = policyKey ? (this.policyOwners.get(policyKey) ?? [policyKey]) : [];
      const arn = item.kind === 'literal' && !item.opaque ? item.value : undefined;
      for (const principalKey of principals) {
        for (const ownerKey of owners)
          this.iam.bindings.push({ file: placed.source.path, span, principalKey, ownerKey });
        if (arn && managedPolicyStatement(arn))
          this.iam.bindings.push({ file: placed.source.path, span, principalKey, managedPolicyArn: arn });
      }
    }
  }
}

function isAttachment(block: Block): boolean {
  const type = block.labels[0] ?? '';
  return block.type === 'resource' && /^aws_iam_(?:(?:user|role|group)_)?policy_attachment$/.test(type);
}

/** The statements of a policy document written as a template (JSON text) or a `jsonencode(…)` call. */
function documentStatements(node: Node, source: TerraformSource): PolicyStatement[] {
  if (node.type === 'function_call') {
    const argument = namedChildren(firstChild(node, 'function_arguments')).find((child) => child.type === 'expression');
    return argument ? statementsFromObject(argument) : [];
  }
  return statementsFromTemplate(node, source.text, source.path);
}
