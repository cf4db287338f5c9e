import type { NameClassifier } from '../../model/references.js';
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
export function withTextLayer(
  model: FileModel,
  text: string,
  classifyName: NameClassifier,
  /** The literals, when a pass over the text already found them. */
  hits: readonly LiteralHit[] = findLiterals(text, secretKeyNamed(classifyName)),
): FileModel {
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
  const overlapsSeen = overlapTest(
    model.references.filter((reference) => reference.source.type === 'literal').map((r) => r.span),
  );
  const added = found
    .filter(({ span }) => !overlapsSeen(span))
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

type Position = readonly [line: number, column: number];

const compare = (a: Position, b: Position): number => a[0] - b[0] || a[1] - b[1];

/**
 * Whether a span overlaps any of `spans` (touching is not overlapping), in logarithmic time: a file of
 * 50 000 key lines has as many adapter references as text hits, and comparing every pair is quadratic.
 * The spans are sorted by start, each with the furthest end among it and those before it; a span
 * overlaps one of them exactly when some span starting before its end reaches past its start.
 */
function overlapTest(spans: readonly Span[]): (span: Span) => boolean {
  const sorted = spans
    .map((span): { start: Position; end: Position } => ({
      start: [span.startLine, span.startColumn],
      end: [span.endLine, span.endColumn],
    }))
    .sort((a, b) => compare(a.start, b.start));
  const furthestEnd: Position[] = [];
  for (const { end } of sorted) {
    const previous = furthestEnd[furthestEnd.length - 1];
    furthestEnd.push(previous && compare(previous, end) > 0 ? previous : end);
  }
  return (span) => {
    const start: Position = [span.startLine, span.startColumn];
    const end: Position = [span.endLine, span.endColumn];
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      const candidate = sorted[middle];
      if (candidate && compare(candidate.start, end) < 0) low = middle + 1;
      else high = middle;
    }
    const reach = furthestEnd[low - 1];
    return reach !== undefined && compare(reach, start) > 0;
  };
}
