import { posix } from 'node:path';
import { findSesSmtpHosts } from '../credentials/endpoints.js';
import type { CredentialKind } from '../credentials/kinds.js';
import { emptyIam, type IamFacts, type IamStatement } from '../model/iam.js';
import type { Sink, Span } from '../model/references.js';
import type { FileModel } from '../model/scan-model.js';
import { ModelBuilder } from './shared/builder.js';
import { LineIndex } from './shared/lines.js';
import { readKeyedValues } from './shared/generic-yaml.js';
import { managedPolicyStatement, readPolicyDocument } from './shared/iam-policy.js';
import { destinationOf, emptyCollected, merge, namedSink, readValue, type Collected } from './shared/values.js';
import { YamlSource } from './shared/yaml.js';
import {
  findNode,
  firstChild,
  isHclLoaded,
  literalBool,
  literalString,
  loadHcl,
  namedChildren,
  parseHcl,
  traversals,
  type Node,
} from './terraform/hcl.js';
import type { FormatAdapter, ParseContext } from './types.js';

/** What each attribute of `aws_iam_access_key` is. */
const accessKeyAttributes: Record<string, CredentialKind> = {
  id: 'access-key-id',
  secret: 'secret-access-key',
  ses_smtp_password_v4: 'smtp-password',
  ses_smtp_password: 'smtp-password-v2',
};

const providerAttributes: Record<string, CredentialKind> = {
  access_key: 'access-key-id',
  secret_key: 'secret-access-key',
  token: 'session-token',
};

const principalTypes: Record<string, 'user' | 'role' | 'group'> = {
  aws_iam_user: 'user',
  aws_iam_role: 'role',
  aws_iam_group: 'group',
};

interface Block {
  node: Node;
  type: string;
  labels: string[];
  attributes: Map<string, Node>;
  blocks: Block[];
}

function readBlock(node: Node): Block {
  const children = namedChildren(node);
  const labels = children
    .filter((child) => child.type === 'string_lit' || (child.type === 'identifier' && child !== children[0]))
    .map((child) => child.text.replace(/^"|"$/g, ''));
  const body = firstChild(node, 'body');
  const attributes = new Map<string, Node>();
  const blocks: Block[] = [];
  for (const child of namedChildren(body)) {
    if (child.type === 'attribute') {
      const name = firstChild(child, 'identifier')?.text;
      const expression = firstChild(child, 'expression');
      if (name && expression) attributes.set(name, child);
    } else if (child.type === 'block') blocks.push(readBlock(child));
  }
  return { node, type: children[0]?.text ?? '', labels, attributes, blocks };
}

function expressionOf(attribute: Node | undefined): Node | undefined {
  return firstChild(attribute, 'expression');
}

class TerraformReader {
  private readonly builder: ModelBuilder;
  private readonly iam: IamFacts = emptyIam();
  private readonly lines: LineIndex;
  private readonly scope: string;

  constructor(
    private readonly file: string,
    private readonly text: string,
    private readonly context: ParseContext,
  ) {
    this.builder = new ModelBuilder(file, 'terraform');
    this.lines = new LineIndex(text);
    this.scope = posix.dirname(file);
  }

  private span(start: number, end: number): Span {
    return this.lines.span(start, end);
  }

  private nodeSpan(node: Node): Span {
    return this.span(node.startIndex, node.endIndex);
  }

  private key(address: string): string {
    return `${this.scope}::${address}`;
  }

  /** `aws_iam_user.smtp.name` → the user's key; `aws_iam_access_key.k.secret` → the key's. */
  private resourceKey(expression: Node | undefined, type: string): string | undefined {
    if (!expression) return undefined;
    const path = traversals(expression).find((t) => t.path[0] === type)?.path;
    return path && path[1] ? this.key(`${type}.${path[1]}`) : undefined;
  }

  read(): FileModel {
    const root = parseHcl(this.text);
    {
      if (root.hasError) this.builder.problem(`HCL syntax error: ${describeError(root)}`, this.firstErrorSpan(root));
      const body = firstChild(root, 'body');
      const topAttributes: Node[] = [];
      for (const child of namedChildren(body)) {
        if (child.type === 'block') this.readTopBlock(readBlock(child));
        else if (child.type === 'attribute') topAttributes.push(child);
      }
      // A .tfvars file is a list of attributes: each is a value named by its variable.
      for (const attribute of topAttributes) {
        const name = firstChild(attribute, 'identifier')?.text ?? '';
        const region = literalString(expressionOf(attribute));
        if (region && isRegion(region))
          this.iam.variableRegions.push({ scope: this.scope, name, region, from: 'tfvars' });
      }
      if (topAttributes.length > 0) {
        const collected = merge(
          ...topAttributes.map((attribute) =>
            this.readAttribute(attribute, firstChild(attribute, 'identifier')?.text ?? ''),
          ),
        );
        if (collected.referenceIds.length > 0)
          this.builder.use(this.file, this.span(0, 0), collected.referenceIds, destinationOf(collected, 'unknown'));
      }
    }
    return { ...this.builder.build(), iam: this.iam };
  }

  private firstErrorSpan(root: Node): Span {
    const error = findNode(root, (node) => node.isError || node.isMissing);
    return error ? this.nodeSpan(error) : this.span(0, 0);
  }

  private readTopBlock(block: Block): void {
    const [resourceType = '', name = ''] = block.labels;
    const address = block.type === 'data' ? `data.${resourceType}.${name}` : `${resourceType}.${name}`;
    const key = this.key(address);
    const declaration = this.span(block.node.startIndex, block.node.startIndex + block.type.length);
    const collected = this.readBody(
      block,
      block.type === 'provider' && resourceType === 'aws' ? providerAttributes : undefined,
    );
    if (block.type === 'output') this.readOutput(resourceType, block);
    this.flushSmtpUses(block);

    if (block.type === 'provider' && resourceType === 'aws') {
      const regionExpression = expressionOf(block.attributes.get('region'));
      const region = literalString(regionExpression);
      if (region) this.iam.providerRegions.push({ scope: this.scope, region });
      const variable = regionExpression
        ? traversals(regionExpression).find((t) => t.path[0] === 'var')?.path[1]
        : undefined;
      if (variable) this.iam.providerRegionVariables.push({ scope: this.scope, name: variable });
      this.builder.use(`provider "aws"`, declaration, collected.referenceIds, {
        ...destinationOf(collected, 'aws-credentials'),
        awsApi: true,
      });
      return;
    }
    if (block.type === 'variable') {
      const region = literalString(expressionOf(block.attributes.get('default')));
      if (region && isRegion(region))
        this.iam.variableRegions.push({ scope: this.scope, name: resourceType, region, from: 'default' });
      return;
    }
    if (block.type === 'module') {
      const source = literalString(expressionOf(block.attributes.get('source')));
      if (source && /^\.\.?\//.test(source))
        this.iam.moduleCalls.push({
          caller: this.scope,
          module: posix.normalize(posix.join(this.scope, source)).replace(/\/$/, ''),
        });
    }
    if (block.type === 'output') return;
    if (block.type === 'data' && resourceType === 'aws_iam_policy_document') {
      this.readPolicyDocumentData(block, key);
      return;
    }
    if (block.type !== 'resource') {
      if (collected.referenceIds.length > 0)
        this.builder.use(
          `${block.type} ${block.labels.join(' ')}`.trim(),
          declaration,
          collected.referenceIds,
          destinationOf(collected, 'unknown'),
        );
      return;
    }
    this.readResource(resourceType, name, block, key, declaration);
    if (collected.referenceIds.length > 0)
      this.builder.use(address, declaration, collected.referenceIds, destinationOf(collected, 'unknown'));
  }

  private readResource(type: string, name: string, block: Block, key: string, declaration: Span): void {
    const attribute = (attributeName: string) => expressionOf(block.attributes.get(attributeName));
    const principalType = principalTypes[type];
    if (principalType) {
      const userName = literalString(attribute('name')) ?? block.attributes.get('name')?.text ?? '';
      this.iam.principals.push({
        key,
        file: this.file,
        span: declaration,
        kind: principalType,
        label: `${type}.${name}`,
        smtpNamed: /smtp/i.test(`${name} ${userName}`),
      });
    } else if (type === 'aws_iam_access_key') {
      this.iam.accessKeys.push({
        key,
        file: this.file,
        span: declaration,
        userKey: this.resourceKey(attribute('user'), 'aws_iam_user'),
      });
    } else if (type === 'aws_iam_user_login_profile') {
      this.iam.loginProfiles.push({
        file: this.file,
        span: declaration,
        userKey: this.resourceKey(attribute('user'), 'aws_iam_user'),
      });
    } else if (type === 'aws_iam_policy') {
      this.readPolicyExpression(attribute('policy'), key);
    } else if (type === 'aws_iam_user_policy' || type === 'aws_iam_role_policy' || type === 'aws_iam_group_policy') {
      const kind = type.split('_')[2] as 'user' | 'role' | 'group';
      const principalKey = this.resourceKey(attribute(kind), `aws_iam_${kind}`);
      const owner = this.readPolicyExpression(attribute('policy'), key);
      if (principalKey) this.iam.bindings.push({ file: this.file, span: declaration, principalKey, ownerKey: owner });
    } else if (/^aws_iam_(user|role|group)_policy_attachment$/.test(type) || type === 'aws_iam_policy_attachment') {
      this.readAttachment(type, block, declaration);
    } else if (type === 'aws_ssm_parameter' && literalString(attribute('type')) === 'String') {
      this.exposeSecrets(block.attributes.get('value'), 'ssm-parameter', `aws_ssm_parameter.${name}`, false);
    }
  }

  private readAttachment(type: string, block: Block, declaration: Span): void {
    const policy = expressionOf(block.attributes.get('policy_arn'));
    const arn = literalString(policy);
    const ownerKey = this.resourceKey(policy, 'aws_iam_policy');
    const principals: string[] = [];
    for (const kind of ['user', 'role', 'group'] as const) {
      for (const attributeName of [kind, `${kind}s`]) {
        const expression = expressionOf(block.attributes.get(attributeName));
        if (!expression) continue;
        for (const traversal of traversals(expression))
          if (traversal.path[0] === `aws_iam_${kind}` && traversal.path[1])
            principals.push(this.key(`aws_iam_${kind}.${traversal.path[1]}`));
      }
    }
    const span = policy ? this.nodeSpan(policy) : declaration;
    for (const principalKey of principals) {
      if (ownerKey) this.iam.bindings.push({ file: this.file, span, principalKey, ownerKey });
      else if (arn && managedPolicyStatement(arn))
        this.iam.bindings.push({ file: this.file, span, principalKey, managedPolicyArn: arn });
    }
    void type;
  }

  /** Reads `policy = …`: a policy document's `.json`, `jsonencode({…})` or a JSON heredoc/string. Returns the owner key. */
  private readPolicyExpression(expression: Node | undefined, ownerKey: string): string {
    if (!expression) return ownerKey;
    const documentKey = this.resourceKey(expression, 'data');
    const documentPath = traversals(expression).find(
      (t) => t.path[0] === 'data' && t.path[1] === 'aws_iam_policy_document',
    )?.path;
    if (documentKey && documentPath?.[2]) return this.key(`data.aws_iam_policy_document.${documentPath[2]}`);
    const call = firstChild(expression, 'function_call');
    if (call && firstChild(call, 'identifier')?.text === 'jsonencode') {
      const object = firstChild(firstChild(firstChild(call, 'function_arguments'), 'expression'), 'collection_value');
      this.iam.statements.push(...this.statementsFromObject(object, ownerKey));
      return ownerKey;
    }
    const template =
      firstChild(firstChild(expression, 'template_expr'), 'heredoc_template') ??
      firstChild(firstChild(expression, 'literal_value'), 'string_lit');
    const content = template && namedChildren(template).find((child) => child.type === 'template_literal');
    if (content) {
      // Blank out everything before the JSON so that offsets, and so lines and columns, stay the file's.
      const padded = this.text.slice(0, content.startIndex).replace(/[^\n]/g, ' ') + content.text;
      const source = new YamlSource(this.file, padded);
      const document = source.documents[0]?.contents;
      if (source.problems().length === 0) this.iam.statements.push(...readPolicyDocument(source, document, ownerKey));
    }
    return ownerKey;
  }

  /** `jsonencode({ Statement = [{ Effect = …, Action = […], Resource = … }] })`. */
  private statementsFromObject(object: Node | undefined, ownerKey: string): IamStatement[] {
    const statements: IamStatement[] = [];
    const elements = (collection: Node | undefined) =>
      namedChildren(firstChild(collection, 'object')).filter((child) => child.type === 'object_elem');
    const keyOf = (element: Node) => element.childForFieldName('key')?.text.replace(/^"|"$/g, '') ?? '';
    const valueOf = (element: Node) => element.childForFieldName('val') ?? undefined;
    const statementList = elements(object).find((element) => keyOf(element) === 'Statement');
    const listNode = statementList ? valueOf(statementList) : undefined;
    const items = namedChildren(firstChild(firstChild(listNode, 'collection_value'), 'tuple')).filter(
      (child) => child.type === 'expression',
    );
    const single = firstChild(listNode, 'collection_value');
    const statementNodes = items.length > 0 ? items.map((item) => firstChild(item, 'collection_value')) : [single];
    for (const statement of statementNodes) {
      const entries = elements(statement);
      const action = entries.find((element) => keyOf(element) === 'Action' || keyOf(element) === 'NotAction');
      if (!action) continue;
      const effect = entries.find((element) => keyOf(element) === 'Effect');
      const resource = entries.find((element) => keyOf(element) === 'Resource');
      statements.push({
        file: this.file,
        span: this.nodeSpan(action),
        ownerKey,
        effect: effect && literalString(valueOf(effect) ?? undefined) === 'Deny' ? 'Deny' : 'Allow',
        actions: this.stringList(valueOf(action) ?? undefined),
        notAction: keyOf(action) === 'NotAction',
        resources: resource ? this.stringList(valueOf(resource) ?? undefined) : ['*'],
      });
    }
    return statements;
  }

  private stringList(expression: Node | undefined): string[] {
    const single = literalString(expression);
    if (single !== undefined) return [single];
    const tuple = firstChild(firstChild(expression, 'collection_value'), 'tuple');
    return namedChildren(tuple)
      .filter((child) => child.type === 'expression')
      .map((child) => literalString(child) ?? '<expression>');
  }

  private readPolicyDocumentData(block: Block, ownerKey: string): void {
    for (const statement of block.blocks.filter((child) => child.type === 'statement')) {
      const actions = statement.attributes.get('actions') ?? statement.attributes.get('not_actions');
      if (!actions) continue;
      const effect = literalString(expressionOf(statement.attributes.get('effect')));
      const resources = statement.attributes.get('resources');
      this.iam.statements.push({
        file: this.file,
        span: this.nodeSpan(actions),
        ownerKey,
        effect: effect === 'Deny' ? 'Deny' : 'Allow',
        actions: this.stringList(expressionOf(actions)),
        notAction: firstChild(actions, 'identifier')?.text === 'not_actions',
        resources: resources ? this.stringList(expressionOf(resources)) : ['*'],
      });
    }
  }

  private readOutput(name: string, block: Block): void {
    const sensitive = literalBool(expressionOf(block.attributes.get('sensitive'))) === true;
    const value = block.attributes.get('value');
    // From the tree, not the text: `nonsensitive(` inside a string or comment is no call.
    const nonsensitive = value
      ? findNode(
          value,
          (node) => node.type === 'function_call' && firstChild(node, 'identifier')?.text === 'nonsensitive',
        ) !== undefined
      : false;
    if (!sensitive || nonsensitive) this.exposeSecrets(value, 'terraform-output', `output "${name}"`, nonsensitive);
  }

  private exposeSecrets(
    attribute: Node | undefined,
    channel: 'terraform-output' | 'ssm-parameter',
    label: string,
    nonsensitive: boolean,
  ): void {
    const expression = expressionOf(attribute);
    if (!attribute || !expression) return;
    for (const traversal of traversals(expression)) {
      const [type, resourceName, attributeName = ''] = traversal.path;
      const kind = accessKeyAttributes[attributeName];
      if (type !== 'aws_iam_access_key' || !kind || kind === 'access-key-id') continue;
      this.iam.exposures.push({
        file: this.file,
        span: this.nodeSpan(attribute),
        kind,
        channel,
        what: `${label} (aws_iam_access_key.${resourceName}.${attributeName})`,
        nonsensitive,
        accessKeyKey: this.key(`aws_iam_access_key.${resourceName}`),
      });
    }
  }

  /** Reads every attribute of a block (and its nested blocks): literals, variables and access-key attributes. */
  private readBody(block: Block, attributeKinds?: Record<string, CredentialKind>): Collected {
    const parts: Collected[] = [];
    for (const [name, attribute] of block.attributes)
      parts.push(this.readAttribute(attribute, name, attributeKinds?.[name]));
    for (const nested of block.blocks) parts.push(this.readBody(nested));
    return merge(...parts);
  }

  /** SMTP passwords used in a top-level block are checked against the SES endpoints named in that block. */
  private flushSmtpUses(block: Block): void {
    const hosts = findSesSmtpHosts(block.node.text);
    for (const use of this.pendingSmtpUses.splice(0))
      this.iam.smtpPasswordUses.push({ ...use, endpointRegions: [...new Set(hosts.map((host) => host.region))] });
  }

  private pendingSmtpUses: Array<Omit<IamFacts['smtpPasswordUses'][number], 'endpointRegions'>> = [];

  /** One attribute: its literal strings, `var.x` references and `aws_iam_access_key.k.<attr>` references, each named by its key. */
  private readAttribute(attribute: Node, name: string, expects?: CredentialKind): Collected {
    const expression = expressionOf(attribute);
    if (!expression) return emptyCollected();
    const parts: Collected[] = [];
    const sinkFor = (key: string): Sink =>
      expects && key === name ? { type: 'env', name, expects } : namedSink('env', key, this.context.classifyName);
    this.walkValues(expression, name, (node, key, partial) => {
      if (node.type === 'template_literal') {
        const text = node.text;
        // A piece of a template with interpolations is no whole value; only credential shapes inside it count.
        parts.push(
          readValue(this.builder, {
            text,
            locate: (s, e) => this.span(node.startIndex + s, node.startIndex + e),
            outer: sinkFor(key),
            interpolations: [],
            script: false,
            wholeValueSlot: !partial,
          }),
        );
        return;
      }
      for (const traversal of traversals(node)) {
        const [root, resourceName, attributeName = ''] = traversal.path;
        const span = this.span(traversal.start, traversal.end);
        if (root === 'var' && resourceName) {
          const id = this.builder.reference(span, { type: 'variable', name: resourceName }, sinkFor(key));
          parts.push({ ...emptyCollected(), referenceIds: [id], names: [key, resourceName] });
        } else if (root === 'aws_iam_access_key' && resourceName && accessKeyAttributes[attributeName]) {
          const kind = accessKeyAttributes[attributeName] ?? 'ambiguous';
          const accessKey = this.key(`aws_iam_access_key.${resourceName}`);
          const id = this.builder.reference(
            span,
            { type: 'attribute', name: traversal.path.join('.'), kind, accessKey },
            sinkFor(key),
          );
          parts.push({ ...emptyCollected(), referenceIds: [id], names: [key] });
          if (kind === 'smtp-password')
            this.pendingSmtpUses.push({
              file: this.file,
              span,
              accessKeyKey: accessKey,
              derivedRegion: undefined,
              scope: this.scope,
            });
        }
      }
    });
    return merge(...parts);
  }

  /** Visits string literals and leaf expressions, naming each by the nearest object key or attribute. */
  private walkValues(
    node: Node,
    key: string,
    visit: (node: Node, key: string, partial: boolean) => void,
    partial = false,
  ): void {
    if (node.type === 'template_literal') {
      visit(node, key, partial);
      return;
    }
    if (node.type === 'object_elem') {
      const elementKey = node.childForFieldName('key')?.text.replace(/^"|"$/g, '') ?? key;
      const value = node.childForFieldName('val');
      if (value) this.walkValues(value, elementKey, visit);
      return;
    }
    if (node.type === 'expression' && namedChildren(node)[0]?.type === 'variable_expr') {
      visit(node, key, partial);
      return;
    }
    const interpolated = partial || namedChildren(node).some((child) => child.type === 'template_interpolation');
    for (const child of namedChildren(node)) this.walkValues(child, key, visit, interpolated);
  }
}

function isRegion(value: string): boolean {
  return /^[a-z]{2}(?:-[a-z]+)+-\d$/.test(value);
}

function describeError(root: Node): string {
  const missing = findNode(root, (node) => node.isMissing);
  return missing ? `missing "${missing.type}"` : 'unexpected input';
}

/** `.tf.json` and `.tfvars.json`: read as keyed JSON values (the HCL reference graph is not resolved for JSON). */
function parseTerraformJson(file: string, text: string, context: ParseContext): FileModel {
  const source = new YamlSource(file, text);
  const builder = new ModelBuilder(file, 'terraform');
  builder.addProblems(source.problems());
  const collected = merge(...source.documents.map((doc) => readKeyedValues(source, context, builder, doc.contents)));
  if (collected.referenceIds.length > 0)
    builder.use(file, source.span(0, 0), collected.referenceIds, destinationOf(collected, 'unknown'));
  return builder.build();
}

export const terraformAdapter: FormatAdapter = {
  id: 'terraform',
  description: 'Terraform configuration and variables',
  matches: (path) => /\.(?:tf|tfvars|tf\.json|tfvars\.json)$/i.test(path),
  prepare: loadHcl,
  parse: (file, text, context) => {
    if (/\.json$/i.test(file)) return parseTerraformJson(file, text, context);
    if (!isHclLoaded())
      return {
        file,
        format: 'terraform',
        references: [],
        uses: [],
        problems: [{ file, message: 'the HCL parser was not loaded; the file was not scanned' }],
      };
    return new TerraformReader(file, text, context).read();
  },
};
