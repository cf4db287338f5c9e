import type { NameClassifier } from '../../credentials/classify.js';
import type { CredentialReference, Span } from '../../model/references.js';
import type { FileModel } from '../../model/scan-model.js';
import { LineIndex } from '../shared/lines.js';
import type { PlacedLiteral } from './chunked.js';
import { findLiterals, type LiteralHit, type SecretKeyName } from './literals.js';

/** Why a file's model comes from the text layer alone; said in the file's note. */
export const textOnlyNote = 'read as text only: credential-shaped values were still looked for';

/** Said after a syntax error in a file whose parsed part was read: what the parser lost, the text pass still saw. */
export const textAlsoNote = 'the whole text was also read for credential-shaped values';

/**
 * The layer under the parsers: literal credentials in the raw text become references like the ones the
 * adapters make. Where an adapter saw the same value, its reference (which knows the slot and where the
 * value goes) is kept and the text layer's is dropped, so nothing is reported twice.
 */
export function withTextLayer(model: FileModel, text: string, classifyName: NameClassifier): FileModel {
  const hits = findLiterals(text, secretKeyNamed(classifyName));
  if (hits.length === 0) return model;
  const lines = new LineIndex(text);
  return withLiterals(
    model,
    hits.map((hit) => ({ hit, span: lines.span(hit.start, hit.end) })),
  );
}

/** The configured classifier's answer to "does this name say secret access key". */
export function secretKeyNamed(classifyName: NameClassifier): SecretKeyName {
  return (name) => classifyName(name)?.kind === 'secret-access-key';
}

/** Adds the literals found in a file's text to its model, except where an adapter's reference already covers one. */
export function withLiterals(model: FileModel, found: readonly PlacedLiteral[]): FileModel {
  const seen = model.references.filter((reference) => reference.source.type === 'literal').map((r) => r.span);
  const added = found
    .filter(({ span }) => !seen.some((other) => overlaps(span, other)))
    .map(({ hit, span }, index) => textReference(model.file, index, hit, span));
  return added.length === 0 ? model : { ...model, references: [...model.references, ...added] };
}

function textReference(file: string, index: number, hit: LiteralHit, span: Span): CredentialReference {
  return {
    id: `${file}#t${index + 1}`,
    file,
    span,
    source: { type: 'literal', value: hit.value },
    sink: { type: 'text', name: hit.name ?? '' },
  };
}

const before = (line: number, column: number, otherLine: number, otherColumn: number): boolean =>
  line < otherLine || (line === otherLine && column <= otherColumn);

function overlaps(a: Span, b: Span): boolean {
  const aEndsFirst = before(a.endLine, a.endColumn, b.startLine, b.startColumn);
  const bEndsFirst = before(b.endLine, b.endColumn, a.startLine, a.startColumn);
  return !aEndsFirst && !bEndsFirst;
}
