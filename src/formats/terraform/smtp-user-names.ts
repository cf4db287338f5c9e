import type { CredentialKind } from '../../model/kinds.js';
import { isSmtpPasswordKind } from '../../model/kinds.js';
import type { NameClassifier } from '../../model/references.js';
import { accessKeyIdPattern, isPlaceholder, redact } from '../../credentials/values.js';
import type { WrongSmtpSlotValue } from '../../model/iam.js';
import type { Evaluator } from './evaluate.js';
import type { Yield } from './yields.js';
import { firstChild, type Node } from './hcl.js';
import type { Block } from './blocks.js';
import { holderName, isGenericSlot, slotKindOf, slotName, smtpContextOf, type Container, type Entry } from './slots.js';
import { smtpUrlSlots } from './smtp-urls.js';
import { firstReferringTexts } from './kms-consumers.js';
import type { ModuleFolder, TerraformConfiguration } from './configuration.js';
import type { TerraformSource } from './source.js';

/** Entries of one object or block body, each with the kind its slot takes. */
type Entries = Array<Entry & { kind: CredentialKind | undefined; slot: string }>;

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
  for (const folder of configuration.folders.values()) {
    const consumers = kmsConsumers(folder);
    for (const { source, block } of folder.blocks) {
      const holder = consumerName(consumers, block) ?? holderName(block);
      let carries: boolean | undefined;
      const carriesSmtpPassword = () => (carries ??= yieldsSmtpPassword(block, source, evaluator));
      for (const container of containers(block, holder).concat(smtpUrlSlots(block))) {
        // Most objects hold no slot an SMTP credential could take: they are not evaluated.
        if (!mayHoldSmtpSlot(container, classify)) continue;
        const context = smtpContextOf(container, evaluator, source, classify);
        // Another provider's host (`smtp.mailgun.org`) makes the slots its own.
        if (context === 'other') continue;
        const holder = holderOf(container, evaluator, source, classify);
        const entries = container.entries.map((entry) => ({
          ...entry,
          kind: slotKindOf(entry, holder, context, classify),
          slot: slotName(entry, holder),
        }));
        check(entries, source, evaluator, found, context === 'ses');
        checkIamSources(entries, source, evaluator, { userNames: found, secrets }, carriesSmtpPassword);
      }
    }
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
  carriesSmtpPassword: () => boolean,
) {
  for (const entry of entries) {
    const kind = entry.kind;
    // Beside an SMTP password of the same holder, the access key ID is the SMTP user name.
    const userSlot = kind === 'smtp-username' || (kind === 'access-key-id' && carriesSmtpPassword());
    if (!userSlot && !isSmtpPasswordKind(kind)) continue;
    for (const item of evaluator.yields(entry.expression, source)) {
      if (item.kind !== 'resource') continue;
      const place = {
        file: item.at.source.path,
        span: item.at.source.span(item.at.start, item.at.end),
        slot: entry.slot,
      };
      const key = `${item.at.source.path}:${item.at.start}`;
      const address = `\`${item.type}.${item.name}.${item.attribute}\``;
      // `smtp_user_name` reads as "the SMTP user's (IAM) name" as often as "the SMTP user name": left alone.
      if (userSlot && isIamUserName(item) && !/user_name/i.test(entry.slot))
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
  sesHost: boolean,
) {
  const userSlots = entries.filter((entry) => entry.kind === 'smtp-username');
  if (userSlots.length === 0) return;
  const yieldsOf = (expression: Node) => evaluator.yields(expression, source);
  const sesSmtp =
    sesHost ||
    entries.some(
      (entry) =>
        isSmtpPasswordKind(entry.kind) ||
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
      found.set(`${item.at.source.path}:${item.at.start}`, { file: item.at.source.path, span, slot: slot.slot, value });
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

/**
 * Every object constructor in a block's attributes, and the block's own body and nested bodies, each
 * with its holder's name: the block's (an output's label, a parameter's name, a module's label) for its
 * body and for the objects of its value attribute, else the attribute's (`environment`, `data`).
 */
function containers(block: Block, blockHolder: string | undefined): Container[] {
  const found: Container[] = [];
  const blocks = [block];
  for (let current = blocks.pop(); current; current = blocks.pop()) {
    const body: Entry[] = [];
    const own = current === block;
    current.attributes.forEach((attribute, name) => {
      const expression = firstChild(attribute, 'expression');
      if (!expression) return;
      body.push({ name, expression });
      const holder = own && /^(?:value|secret_string|secret_value|plaintext)$/.test(name) ? blockHolder : name;
      const output = block.type === 'output' && holder === blockHolder;
      objectsIn(expression, holder ?? name, output, found);
    });
    found.push({
      entries: body,
      holder: current === block ? blockHolder : current.type,
      output: current === block && block.type === 'output',
    });
    for (const block of current.blocks) blocks.push(block);
  }
  return found;
}

/** Adds every object constructor in an expression to `found` as a container of `holder`, in the order of a depth-first walk. */
function objectsIn(root: Node, holder: string, output: boolean, found: Container[]): void {
  const stack = [root];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.type === 'object') found.push({ entries: objectEntries(node), holder, output });
    const children = node.namedChildren;
    // A leaf but an empty object holds none: it is not pushed, to be popped for nothing.
    for (let index = 0; index < children.length; index++) {
      const child = children[index]!;
      if (child.namedChildren.length > 0 || child.type === 'object') stack.push(child);
    }
  }
}

/** An object's `key = value` elements. */
function objectEntries(object: Node): Entry[] {
  const entries: Entry[] = [];
  const elements = object.namedChildren;
  for (let index = 0; index < elements.length; index++) {
    const element = elements[index]!;
    if (element.type !== 'object_elem') continue;
    const key = element.childForFieldName('key');
    const value = element.childForFieldName('val');
    if (key && value) entries.push({ name: key.text.replace(/^"|"$/g, ''), expression: value });
  }
  return entries;
}

/** A KMS ciphertext's name, as its address is searched for: kept to `[\w-]`. */
function kmsName(block: Block): string | undefined {
  const [type, name] = block.labels;
  if (block.type !== 'resource' || type !== 'aws_kms_ciphertext' || !name) return undefined;
  return name.replace(/[^\w-]/g, '');
}

/**
 * The label of the first output of a folder whose value refers to each KMS ciphertext of the folder, as
 * `\baws_kms_ciphertext\.NAME\b` tried on every output found it: one pass over the outputs for all of them.
 */
function kmsConsumers(folder: ModuleFolder): Map<string, string> {
  const names: string[] = [];
  for (const { block } of folder.blocks) {
    const name = kmsName(block);
    if (name !== undefined) names.push(name);
  }
  const consumers = new Map<string, string>();
  if (names.length === 0) return consumers;
  const labels = [...folder.outputs.keys()];
  const texts = [...folder.outputs.values()].map(({ block }) => block.attributes.get('value')?.text ?? '');
  for (const [name, index] of firstReferringTexts(names, texts)) consumers.set(name, labels[index]!);
  return consumers;
}

/**
 * The name of what consumes a block's value when the block has none of its own: a KMS ciphertext is
 * named by the output or slot its `ciphertext_blob` goes to (`output "smtp_password_kms"`).
 */
function consumerName(consumers: Map<string, string>, block: Block): string | undefined {
  const name = kmsName(block);
  const label = name === undefined ? undefined : consumers.get(name);
  // What it encrypts is named without the encryption: `smtp_password_kms` holds an SMTP password.
  return label?.replace(/(?:^|_)(?:kms|encrypted|ciphertext)(?=_|$)/gi, '').replace(/^_/, '');
}

/** Whether some slot of the container may be an SMTP user name or password, or the key ID beside them, in the most SMTP-like context. */
function mayHoldSmtpSlot(container: Container, classify: NameClassifier): boolean {
  // A `name` sibling may name the holder (`holderOf`), and the holder names only a slot named for nothing (`value`):
  // beside slots named for themselves it changes no kind, and the container need not be evaluated for it.
  const named =
    container.entries.some((entry) => entry.name === 'name') &&
    container.entries.some((entry) => isGenericSlot(entry.name));
  return container.entries.some((entry) => {
    const kind = slotKindOf(entry, container.holder, 'ses', classify);
    return named || kind === 'smtp-username' || kind === 'access-key-id' || isSmtpPasswordKind(kind);
  });
}

/** A container's holder: named by its `name` sibling when that name says a kind, else by what holds it. */
function holderOf(
  container: Container,
  evaluator: Evaluator,
  source: TerraformSource,
  classify: NameClassifier,
): string | undefined {
  const sibling = namedBySibling(container, evaluator, source);
  return sibling !== undefined && classify(sibling) !== undefined ? sibling : container.holder;
}

/** An object's `name` sibling names its `value` (`{ name = local.smtp_password_ssm_path, value = … }`), by its path's last segments. */
function namedBySibling(container: Container, evaluator: Evaluator, source: TerraformSource): string | undefined {
  const name = container.entries.find((entry) => entry.name === 'name');
  if (!name) return undefined;
  for (const item of evaluator.yields(name.expression, source)) {
    if (item.kind !== 'literal') continue;
    const segments = withoutTemplates(item.value)
      .split('/')
      .filter((segment) => /^[\w.-]+$/.test(segment) && /[A-Za-z]/.test(segment));
    const named = segments.slice(-2).join('_');
    if (named !== '') return named;
  }
  return undefined;
}

/**
 * Each `${…}` of a name made a `/`, as `.replace(/\$\{[^}]*\}/g, '/')` does, searched only up to the last `}`:
 * no `${` after it can close, and the pattern ran to the end from each of them, quadratic in `$${$${…`.
 */
export function withoutTemplates(value: string): string {
  const closed = value.lastIndexOf('}') + 1;
  return value.slice(0, closed).replace(/\$\{[^}]*\}/g, '/') + value.slice(closed);
}

/** Whether any value of the block is an access key's SMTP password. */
function yieldsSmtpPassword(block: Block, source: TerraformSource, evaluator: Evaluator): boolean {
  return [...block.attributes.values()].some((attribute) => {
    const expression = firstChild(attribute, 'expression');
    return (
      expression !== undefined &&
      evaluator
        .yields(expression, source)
        .some((item) => item.kind === 'resource' && /^ses_smtp_password/.test(item.attribute ?? ''))
    );
  });
}
