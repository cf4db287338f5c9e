import { managedPolicyStatement } from '../../credentials/managed-policies.js';
import type { IamStatement } from '../../model/iam.js';
import type { Span } from '../../model/references.js';
import { readPolicyDocument } from '../shared/iam-policy.js';
import { YamlSource } from '../shared/yaml.js';
import { attributeExpression, expressionOf, type Block, type TerraformFile } from './file.js';
import { firstChild, literalString, namedChildren, traversals, type Node } from './hcl.js';

const principalTypes: Record<string, 'user' | 'role' | 'group'> = {
  aws_iam_user: 'user',
  aws_iam_role: 'role',
  aws_iam_group: 'group',
};

const inlinePolicyTypes: Record<string, 'user' | 'role' | 'group'> = {
  aws_iam_user_policy: 'user',
  aws_iam_role_policy: 'role',
  aws_iam_group_policy: 'group',
};

/** Records what an IAM resource adds to the graph: a principal, key, login profile, policy or attachment. */
export function readIamResource(tf: TerraformFile, type: string, name: string, block: Block, declaration: Span): void {
  const key = tf.key(`${type}.${name}`);
  const attribute = (attributeName: string) => attributeExpression(block, attributeName);
  const place = { file: tf.file, span: declaration };
  const principalType = principalTypes[type];
  const inlineKind = inlinePolicyTypes[type];
  if (principalType) {
    const userName = literalString(attribute('name')) ?? block.attributes.get('name')?.text ?? '';
    const smtpNamed = /smtp/i.test(`${name} ${userName}`);
    tf.iam.principals.push({ key, ...place, kind: principalType, label: `${type}.${name}`, smtpNamed });
  } else if (type === 'aws_iam_access_key') {
    tf.iam.accessKeys.push({ key, ...place, userKey: tf.resourceKey(attribute('user'), 'aws_iam_user') });
  } else if (type === 'aws_iam_user_login_profile') {
    tf.iam.loginProfiles.push({ ...place, userKey: tf.resourceKey(attribute('user'), 'aws_iam_user') });
  } else if (type === 'aws_iam_policy') {
    readPolicyExpression(tf, attribute('policy'), key);
  } else if (inlineKind) {
    const principalKey = tf.resourceKey(attribute(inlineKind), `aws_iam_${inlineKind}`);
    const ownerKey = readPolicyExpression(tf, attribute('policy'), key);
    if (principalKey) tf.iam.bindings.push({ ...place, principalKey, ownerKey });
  } else if (/^aws_iam_(user|role|group)_policy_attachment$/.test(type) || type === 'aws_iam_policy_attachment') {
    readAttachment(tf, block, declaration);
  }
}

function readAttachment(tf: TerraformFile, block: Block, declaration: Span): void {
  const policy = attributeExpression(block, 'policy_arn');
  const arn = literalString(policy);
  const ownerKey = tf.resourceKey(policy, 'aws_iam_policy');
  const principals: string[] = [];
  for (const kind of ['user', 'role', 'group'] as const) {
    for (const attributeName of [kind, `${kind}s`]) {
      const expression = attributeExpression(block, attributeName);
      if (!expression) continue;
      for (const traversal of traversals(expression))
        if (traversal.path[0] === `aws_iam_${kind}` && traversal.path[1])
          principals.push(tf.key(`aws_iam_${kind}.${traversal.path[1]}`));
    }
  }
  const span = policy ? tf.nodeSpan(policy) : declaration;
  for (const principalKey of principals) {
    if (ownerKey) tf.iam.bindings.push({ file: tf.file, span, principalKey, ownerKey });
    else if (arn && managedPolicyStatement(arn))
      tf.iam.bindings.push({ file: tf.file, span, principalKey, managedPolicyArn: arn });
  }
}

/** Reads `policy = …`: a policy document's `.json`, `jsonencode({…})` or a JSON heredoc/string. Returns the owner key. */
function readPolicyExpression(tf: TerraformFile, expression: Node | undefined, ownerKey: string): string {
  if (!expression) return ownerKey;
  const documentKey = tf.resourceKey(expression, 'data');
  const documentPath = traversals(expression).find(
    (t) => t.path[0] === 'data' && t.path[1] === 'aws_iam_policy_document',
  )?.path;
  if (documentKey && documentPath?.[2]) return tf.key(`data.aws_iam_policy_document.${documentPath[2]}`);
  const call = firstChild(expression, 'function_call');
  if (call && firstChild(call, 'identifier')?.text === 'jsonencode') {
    const object = firstChild(firstChild(firstChild(call, 'function_arguments'), 'expression'), 'collection_value');
    tf.iam.statements.push(...statementsFromObject(tf, object, ownerKey));
    return ownerKey;
  }
  const template =
    firstChild(firstChild(expression, 'template_expr'), 'heredoc_template') ??
    firstChild(firstChild(expression, 'literal_value'), 'string_lit');
  const content = template && namedChildren(template).find((child) => child.type === 'template_literal');
  if (content) {
    // Blank out everything before the JSON so that offsets, and so lines and columns, stay the file's.
    const padded = tf.text.slice(0, content.startIndex).replace(/[^\n]/g, ' ') + content.text;
    const source = new YamlSource(tf.file, padded);
    const document = source.documents[0]?.contents;
    if (source.problems().length === 0) tf.iam.statements.push(...readPolicyDocument(source, document, ownerKey));
  }
  return ownerKey;
}

/** `jsonencode({ Statement = [{ Effect = …, Action = […], Resource = … }] })`. */
function statementsFromObject(tf: TerraformFile, object: Node | undefined, ownerKey: string): IamStatement[] {
  const statements: IamStatement[] = [];
  const elements = (collection: Node | undefined) =>
    namedChildren(firstChild(collection, 'object')).filter((child) => child.type === 'object_elem');
  const keyOf = (element: Node) => element.childForFieldName('key')?.text.replace(/^"|"$/g, '') ?? '';
  const valueOf = (element: Node | undefined) => element?.childForFieldName('val');
  const listNode = valueOf(elements(object).find((element) => keyOf(element) === 'Statement'));
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
      file: tf.file,
      span: tf.nodeSpan(action),
      ownerKey,
      effect: literalString(valueOf(effect)) === 'Deny' ? 'Deny' : 'Allow',
      actions: stringList(valueOf(action)),
      notAction: keyOf(action) === 'NotAction',
      resources: resource ? stringList(valueOf(resource)) : ['*'],
    });
  }
  return statements;
}

function stringList(expression: Node | undefined): string[] {
  const single = literalString(expression);
  if (single !== undefined) return [single];
  const tuple = firstChild(firstChild(expression, 'collection_value'), 'tuple');
  return namedChildren(tuple)
    .filter((child) => child.type === 'expression')
    .map((child) => literalString(child) ?? '<expression>');
}

/** `data "aws_iam_policy_document"`: its `statement` blocks. */
export function readPolicyDocumentData(tf: TerraformFile, block: Block, ownerKey: string): void {
  for (const statement of block.blocks.filter((child) => child.type === 'statement')) {
    const actions = statement.attributes.get('actions') ?? statement.attributes.get('not_actions');
    if (!actions) continue;
    const effect = literalString(attributeExpression(statement, 'effect'));
    const resources = statement.attributes.get('resources');
    tf.iam.statements.push({
      file: tf.file,
      span: tf.nodeSpan(actions),
      ownerKey,
      effect: effect === 'Deny' ? 'Deny' : 'Allow',
      actions: stringList(expressionOf(actions)),
      notAction: firstChild(actions, 'identifier')?.text === 'not_actions',
      resources: resources ? stringList(expressionOf(resources)) : ['*'],
    });
  }
}
