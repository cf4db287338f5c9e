import { findOtherSmtpProvider, findSesSmtpHosts } from '../../credentials/endpoints.js';
import { isSmtpPasswordKind } from '../../model/kinds.js';
import type { NameClassifier } from '../../model/references.js';
import { accessKeyIdPattern, isPlaceholder, redact } from '../../credentials/values.js';
import type { WrongSmtpSlotValue } from '../../model/iam.js';
import type { Evaluator } from './evaluate.js';
import type { Yield } from './yields.js';
import { firstChild, literalString, namedChildren, type Node } from './hcl.js';
import type { Block } from './blocks.js';
import type { TerraformConfiguration } from './configuration.js';
import type { TerraformSource } from './source.js';

/** Entries of one object or block body: name → value expression. */
type Entries = Array<{ name: string; expression: Node }>;

/**
 * Objects and block bodies that hold an SES SMTP user name slot (`smtp_username`, `SMTP_USER`) next to an
 * SMTP password slot, an access key's SMTP password or an SES SMTP host, and whose user name can be an
 * IAM user's name, an e-mail address or a literal that is not an access key ID; and SMTP slots whose
 * value comes from an IAM resource of the wrong kind, which only SES would take: an IAM user's name as the
 * SMTP user name, an access key's raw `.secret` as the SMTP password. Outputs and parameters are slots too,
 * named by their holder (`output "smtp_password"`, `aws_ssm_parameter.smtp_password`, `/app/smtp/password`).
 */
export function readWrongSmtpUserNames(
  configuration: TerraformConfiguration,
  evaluator: Evaluator,
  classify: NameClassifier,
): { userNames: WrongSmtpSlotValue[]; secrets: WrongSmtpSlotValue[] } {
  const found = new Map<string, WrongSmtpSlotValue>();
  const secrets = new Map<string, WrongSmtpSlotValue>();
  for (const folder of configuration.folders.values())
    for (const { source, block } of folder.blocks)
      for (const entries of containers(block)) {
        check(entries, source, evaluator, found, classify);
        checkIamSources(entries, source, evaluator, { userNames: found, secrets }, classify);
      }
  return { userNames: [...found.values()], secrets: [...secrets.values()] };
}

/**
 * Slots named for an SMTP user name or password whose value is an IAM resource attribute of the wrong
 * kind. The value's source says it is AWS's, so the slot can only be SES's: no sibling is needed.
 */
function checkIamSources(
  entries: Entries,
  source: TerraformSource,
  evaluator: Evaluator,
  found: { userNames: Map<string, WrongSmtpSlotValue>; secrets: Map<string, WrongSmtpSlotValue> },
  classify: NameClassifier,
) {
  for (const entry of entries) {
    const kind = classify(entry.name)?.kind;
    if (kind !== 'smtp-username' && !isSmtpPasswordKind(kind)) continue;
    for (const item of evaluator.yields(entry.expression, source)) {
      if (item.kind !== 'resource') continue;
      const place = {
        file: item.at.source.path,
        span: item.at.source.span(item.at.start, item.at.end),
        slot: entry.name,
      };
      const key = `${item.at.source.path}:${item.at.start}`;
      const address = `\`${item.type}.${item.name}.${item.attribute}\``;
      // `smtp_user_name` reads as "the SMTP user's (IAM) name" as often as "the SMTP user name": left alone.
      if (kind === 'smtp-username' && isIamUserName(item) && !/user_name/i.test(entry.name))
        found.userNames.set(key, { ...place, value: `the IAM user name ${address}` });
      if (isSmtpPasswordKind(kind) && item.type === 'aws_iam_access_key' && item.attribute === 'secret')
        found.secrets.set(key, { ...place, value: `the secret access key ${address}` });
    }
  }
}

/** An IAM user's name: `aws_iam_user.x.name` (or `.id`, the same), or the user an access key belongs to. */
function isIamUserName(item: Yield & { kind: 'resource' }): boolean {
  return (
    (item.type === 'aws_iam_user' && (item.attribute === 'name' || item.attribute === 'id')) ||
    (item.type === 'aws_iam_access_key' && item.attribute === 'user')
  );
}

function check(
  entries: Entries,
  source: TerraformSource,
  evaluator: Evaluator,
  found: Map<string, WrongSmtpSlotValue>,
  classify: NameClassifier,
) {
  const userSlots = entries.filter((entry) => classify(entry.name)?.kind === 'smtp-username');
  if (userSlots.length === 0) return;
  const yieldsOf = (expression: Node) => evaluator.yields(expression, source);
  const literals = entries.flatMap((entry) =>
    yieldsOf(entry.expression).flatMap((item) => (item.kind === 'literal' ? [item.value] : [])),
  );
  const sesHost = literals.some((value) => findSesSmtpHosts(value).length > 0);
  // Another provider's host (`smtp.mailgun.org`) makes the slots its own, unless an SES host is there too.
  if (!sesHost && literals.some((value) => findOtherSmtpProvider(value) !== undefined)) return;
  const sesSmtp =
    sesHost ||
    entries.some(
      (entry) =>
        isSmtpPasswordKind(classify(entry.name)?.kind) ||
        yieldsOf(entry.expression).some(
          (item) => item.kind === 'resource' && /^ses_smtp_password/.test(item.attribute ?? ''),
        ),
    );
  if (!sesSmtp) return;
  for (const slot of userSlots)
    for (const item of yieldsOf(slot.expression)) {
      const value = wrongValue(item);
      if (!value) continue;
      // A quoted literal is placed on its content, where file readers place literals.
      const quoted =
        item.kind === 'literal' && item.node.type !== 'heredoc_template' && item.node.type !== 'function_call';
      const span = quoted
        ? item.at.source.span(item.at.start + 1, item.at.end - 1)
        : item.at.source.span(item.at.start, item.at.end);
      found.set(`${item.at.source.path}:${item.at.start}`, { file: item.at.source.path, span, slot: slot.name, value });
    }
}

/** Why a yielded value is no access key ID, or undefined when it may be one. */
function wrongValue(item: Yield): string | undefined {
  if (item.kind === 'resource')
    return isIamUserName(item) ? `the IAM user name \`${item.type}.${item.name}.${item.attribute}\`` : undefined;
  if (item.partial) return undefined;
  const value = item.value.trim();
  if (item.opaque) return value.includes('@') ? `the e-mail address \`${redact(value)}\`` : undefined;
  if (accessKeyIdPattern.test(value) || value === '') return undefined;
  if (value.includes('@')) return `the e-mail address \`${redact(value)}\``;
  return isPlaceholder(value) ? undefined : `the literal \`${redact(value)}\``;
}

/** Every object constructor in a block's attributes, and the block's own body and nested bodies. */
function containers(block: Block): Entries[] {
  const found: Entries[] = [];
  const blocks = [block];
  for (let current = blocks.pop(); current; current = blocks.pop()) {
    const body: Entries = [];
    for (const [name, attribute] of current.attributes) {
      const expression = firstChild(attribute, 'expression');
      if (!expression) continue;
      body.push({ name: holderName(current, name) ?? name, expression });
      found.push(...objectsIn(expression));
    }
    found.push(body);
    for (const block of current.blocks) blocks.push(block);
  }
  return found;
}

/**
 * The name of the slot a holder's value attribute fills: an output's label, a parameter's or secret's
 * name (its last path segment, `/app/smtp/password` → `password` beside `smtp`), else its resource name.
 */
function holderName(block: Block, attribute: string): string | undefined {
  if (block.type === 'output' && attribute === 'value') return block.labels[0];
  const valueOf: Record<string, string> = {
    aws_ssm_parameter: 'value',
    aws_secretsmanager_secret_version: 'secret_string',
  };
  const resource = block.type === 'resource' ? block.labels[0] : undefined;
  if (!resource || valueOf[resource] !== attribute) return undefined;
  const path = literalString(firstChild(block.attributes.get('name'), 'expression'));
  const segments = path?.split('/').filter((segment) => segment !== '' && !segment.includes('${')) ?? [];
  const named = segments.slice(-2).join('_');
  return named !== '' ? named : block.labels[1];
}

function objectsIn(root: Node): Entries[] {
  const found: Entries[] = [];
  const stack = [root];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.type === 'object')
      found.push(
        namedChildren(node).flatMap((element) => {
          const key = element.childForFieldName('key');
          const value = element.childForFieldName('val');
          return element.type === 'object_elem' && key && value
            ? [{ name: key.text.replace(/^"|"$/g, ''), expression: value }]
            : [];
        }),
      );
    for (const child of node.namedChildren) stack.push(child);
  }
  return found;
}
