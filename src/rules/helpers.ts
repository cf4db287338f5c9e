import { isSmtpPasswordKind, kindLabels, type CredentialKind } from '../model/kinds.js';
import { redact } from '../credentials/values.js';
import type { CredentialReference, CredentialUse } from '../model/references.js';
import type { ScanModel } from '../model/scan-model.js';
import { referencesOf } from '../model/scan-model.js';
import type { RuleFinding } from './types.js';

/** How a reference is named in messages: never with a credential's full value. */
export function describeSource(reference: CredentialReference): string {
  const { source } = reference;
  switch (source.type) {
    case 'secret':
      return `secret \`${source.name}\``;
    case 'variable':
      return `variable \`${source.name}\``;
    case 'input':
      return `workflow input \`${source.name}\``;
    case 'literal':
      return `literal \`${redact(source.value)}\`${source.alias ? `, through YAML alias \`*${source.alias.anchor}\` written at line ${source.alias.line}` : ''}`;
    case 'attribute':
      return `\`${source.name}\``;
    case 'all-secrets':
      return source.via === 'inherit'
        ? '`secrets: inherit`'
        : source.via === 'toJSON'
          ? '`toJSON(secrets)`'
          : 'a computed `secrets[…]` index';
  }
}

export function describeSink(reference: CredentialReference): string {
  const { sink } = reference;
  switch (sink.type) {
    case 'action-input':
      return sink.action ? `input \`${sink.name}\` of \`${sink.action}\`` : `input \`${sink.name}\``;
    case 'env':
      return `variable \`${sink.name}\``;
    case 'url-userinfo':
      return `the ${sink.name} of an SMTP URL`;
    case 'reusable-workflow-secret':
      return `reusable-workflow secret \`${sink.name}\``;
    case 'command-argument':
      return `\`${sink.name}\``;
    case 'script':
      return 'a script';
    case 'text':
      return sink.name ? `\`${sink.name}\` in the file's text` : "the file's text";
    case 'workflow-input':
      return `the declaration of workflow input \`${sink.name}\``;
  }
}

export function credentialName(reference: CredentialReference): string {
  const { source } = reference;
  if (source.type === 'secret' || source.type === 'variable' || source.type === 'input') return source.name;
  if (source.type === 'literal') return redact(source.value);
  if (source.type === 'attribute') return source.name;
  return source.via === 'inherit' ? 'secrets: inherit' : 'secrets';
}

/** A finding placed on the reference itself. */
export function atReference(reference: CredentialReference, message: string, kind?: CredentialKind): RuleFinding {
  const resolvedKind = kind ?? reference.supplied?.kind;
  const root = reference.supplied?.root === true || reference.sink.root === true;
  return {
    file: reference.file,
    span: reference.span,
    message,
    credential: { name: credentialName(reference), kind: resolvedKind, ...(root ? { root } : {}) },
    key: `${credentialName(reference)}|${reference.sink.type}:${reference.sink.name}`,
  };
}

export function isSmtpPasswordSlot(reference: CredentialReference): boolean {
  return isSmtpPasswordKind(reference.sink.expects);
}

/** Uses whose SMTP server is SES, or unknown (a value that only SES would accept decides). */
export function smtpUses(model: ScanModel, targets: ReadonlyArray<'ses' | 'unknown' | 'other'>): CredentialUse[] {
  return model.uses.filter((use) => use.destination.smtp && targets.includes(use.destination.smtp.target));
}

/** Each reference once, even when several uses see it. */
export function uniqueReferences(model: ScanModel, uses: CredentialUse[]): CredentialReference[] {
  const seen = new Map<string, CredentialReference>();
  for (const use of uses) for (const reference of referencesOf(model, use)) seen.set(reference.id, reference);
  return [...seen.values()];
}

export function label(kind: CredentialKind): string {
  return kindLabels[kind];
}

/** "a" or "an" before a kind label, for messages that start with one. */
export function withArticle(text: string): string {
  return `${/^[aeiou]/i.test(text) ? 'an' : 'a'} ${text}`;
}

/**
 * A finding about a value the step was given: placed on the first place the files use a secret of
 * the same name, or on the repository when they use none.
 */
export function atValue(model: ScanModel, name: string, message: string, kind: CredentialKind): RuleFinding {
  const used = model.references.find(
    (reference) => reference.source.type === 'secret' && reference.source.name === name,
  );
  return {
    file: used?.file ?? '',
    span: used?.span ?? { startLine: 0, startColumn: 0, endLine: 0, endColumn: 0 },
    message,
    credential: { name, kind },
    key: `value:${name}`,
  };
}
