import type { NameClassifier } from '../../credentials/classify.js';
import type { CredentialReference, Span } from '../../model/references.js';
import type { FileModel } from '../../model/scan-model.js';
import { LineIndex } from '../shared/lines.js';
import { findLiterals, type LiteralHit } from './literals.js';

/** Why a file's model comes from the text layer alone; said in the file's note. */
export const textOnlyNote = 'read as text only: credential-shaped values were still looked for';

/**
 * The layer under the parsers: literal credentials in the raw text become references like the ones the
 * adapters make. Where an adapter saw the same value, its reference (which knows the slot and where the
 * value goes) is kept and the text layer's is dropped, so nothing is reported twice.
 */
export function withTextLayer(
  model: FileModel,
  text: string,
  classifyName: NameClassifier,
  /** The literals, when a pass over the text already found them. */
  hits: readonly LiteralHit[] = findLiterals(text, isSecretKeyNameBy(classifyName)),
): FileModel {
  if (hits.length === 0) return model;
  const lines = new LineIndex(text);
  const seen = model.references.filter((reference) => reference.source.type === 'literal').map((r) => r.span);
  const added = hits
    .map((hit) => ({ hit, span: lines.span(hit.start, hit.end) }))
    .filter(({ span }) => !seen.some((other) => overlaps(span, other)))
    .map(({ hit, span }, index) => textReference(model.file, index, hit, span));
  return added.length === 0 ? model : { ...model, references: [...model.references, ...added] };
}

/** The text layer's test for a name that says "secret access key", with the configured classifier. */
export function isSecretKeyNameBy(classifyName: NameClassifier): (name: string) => boolean {
  return (name) => classifyName(name)?.kind === 'secret-access-key';
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
