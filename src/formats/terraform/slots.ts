import { findOtherSmtpProvider, findSesSmtpHosts } from '../../credentials/endpoints.js';
import type { CredentialKind } from '../../model/kinds.js';
import type { NameClassifier } from '../../model/references.js';
import type { Evaluator } from './evaluate.js';
import type { TerraformSource } from './source.js';
import type { Block } from './blocks.js';
import { firstChild, literalString, type Node } from './hcl.js';

/** One slot of an object or block body: its name as written, the value expression. */
export interface Entry {
  name: string;
  expression: Node;
}

/** The entries of one object or block body, and the name of what holds them (an output, a module, a parameter). */
export interface Container {
  entries: Entry[];
  holder: string | undefined;
  /** The holder is an output, whose name says what it hands over (`output "smtp"`); a resource's label does not. */
  output?: boolean;
  /** What a consumer's schema says of its SMTP, when it says it (a URL's host). */
  context?: SmtpContext;
}

/** Slot names that say nothing of what they hold: the holder's name says it instead (`output "smtp_password" { value = … }`). */
const genericNames = /^(?:value|values|plaintext|secret_string|secret_value|secret_binary|insecure_value|content)$/i;

/** Names that, with SMTP beside them, are its user name or password (`username`, `password`, `pass`, `secret`). */
const userWords = /^(?:user|username|login|smtp_login)$/i;
const passwordWords = /^(?:pass|password|passwd|secret|smtp_secret)$/i;

/** `smtp_user_secret`, `smtp_user_pass`: an SMTP name ending in a secret's word is the password, not the user. */
const endsInSecretWord = /(?:^|[_.-])(?:secret|password|pass|passwd|pwd)$/i;

/** A host written anywhere in an expression (literal, `${var.region}`, `${data.aws_region.current.name}`, a URL). */
const sesHostAnyForm = /email-smtp(?:-fips)?\.(?:[a-z0-9-]+|\$\{[^}\n]{1,200}\})\.amazonaws\.com/i;

/** What the siblings say: SES SMTP (a host in any form, an SMTP password), another provider, or nothing. */
export type SmtpContext = 'ses' | 'other' | undefined;

/**
 * Siblings that make a container's user and password slots SMTP ones: an SES host in any form (its
 * region from a variable, a data source or an expression), or an output's name (`output "smtp"`).
 * Another provider's host, with no SES host, makes them that provider's.
 */
export function smtpContextOf(
  container: Container,
  evaluator: Evaluator,
  source: TerraformSource,
  classify: NameClassifier,
): SmtpContext {
  if ('context' in container) return container.context;
  const literals = container.entries.flatMap((entry) =>
    evaluator.yields(entry.expression, source).flatMap((item) => (item.kind === 'literal' ? [item.value] : [])),
  );
  const written = container.entries.map((entry) => entry.expression.text);
  if ([...literals, ...written].some((text) => findSesSmtpHosts(text).length > 0 || sesHostAnyForm.test(text)))
    return 'ses';
  if (literals.some((value) => findOtherSmtpProvider(value) !== undefined)) return 'other';
  if (!container.output || container.holder === undefined) return undefined;
  return /smtp/i.test(container.holder) && classify(container.holder) === undefined ? 'ses' : undefined;
}

/** The name that says a slot's kind: its own, or its holder's when its own says nothing (`value`). */
export function slotName(entry: Entry, holder: string | undefined): string {
  return genericNames.test(entry.name) && holder !== undefined ? holder : entry.name;
}

/**
 * The kind a slot takes, strongest first: its own name (`smtp_password`; `smtp_user_secret` is the
 * password), the holder's name for a slot named for nothing (`value` of `output "smtp_password"`), and
 * its siblings: beside SMTP, `username` and `password` are SMTP's.
 */
export function slotKindOf(
  entry: Entry,
  holder: string | undefined,
  context: SmtpContext,
  classify: NameClassifier,
): CredentialKind | undefined {
  const named = slotName(entry, holder);
  const kind = classify(named)?.kind;
  if (kind === 'smtp-username' && endsInSecretWord.test(named)) return 'smtp-password';
  if (kind !== undefined && kind !== 'ambiguous') return kind;
  if (context !== 'ses') return kind;
  if (userWords.test(named)) return 'smtp-username';
  if (passwordWords.test(named)) return 'smtp-password';
  return kind;
}

/**
 * The name a holder gives its value: an output's label, a parameter's or secret's name (its last path
 * segments, `/app/smtp/password` → `smtp_password`), a module's label, else the resource's name.
 */
export function holderName(block: Block): string | undefined {
  const [first, second] = block.labels;
  if (block.type === 'output' || block.type === 'module') return first;
  if (block.type !== 'resource') return undefined;
  const path = literalString(firstChild(block.attributes.get('name'), 'expression'));
  const segments = path?.split('/').filter((segment) => segment !== '' && !segment.includes('${')) ?? [];
  const named = segments.slice(-2).join('_');
  return named !== '' ? named : second;
}

/** A slot named for nothing (`value`, `secret_string`): what holds it names it. */
export function isGenericSlot(name: string): boolean {
  return genericNames.test(name);
}
