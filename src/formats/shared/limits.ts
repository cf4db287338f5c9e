import { classifyValue } from '../../credentials/values.js';
import { lineEndAt } from '../../common/line-end.js';
import type { CredentialReference } from '../../model/references.js';
import type { FileModel } from '../../model/scan-model.js';
/** Limits that keep hostile input from exhausting the stack, memory or time; all configurable. */
export interface ParseLimits {
  /** Deepest nesting of brackets or indentation a file may have before it is skipped. */
  maxDepth: number;
  /**
   * Most nodes a YAML file's aliases (`*name`, `<<: *name`) may stand for, each counted as what it would
   * expand to: within it they are resolved, so a value written once and used by alias is read where it is
   * used; past it (a billion laughs) the file is only read as text. Measured on the parsed, unexpanded file.
   */
  maxAliases: number;
  /**
   * Most items (flow separators, list entries, keys, comments) a file may hold before it is skipped: a
   * parser's document takes hundreds of bytes per node, so 10 MB of `a,` would need gigabytes, and a
   * comment is a node of `yaml`'s syntax tree too (10 MB of `#` lines took 1 GB).
   */
  maxNodes: number;
}

export const defaultParseLimits: ParseLimits = { maxDepth: 100, maxAliases: 100_000, maxNodes: 250_000 };

/** Counts what becomes a node in a parsed document (commas, `- ` items, `: ` keys, comments), without parsing; stops past `limit`. */
export function nodeEstimate(text: string, limit: number): number {
  let count = 0;
  for (let i = 0; i < text.length && count <= limit; i++) if (isNodeMark(text, i, text.charCodeAt(i))) count++;
  return count;
}

/**
 * A comma, a `- ` or `: `, or a `#` after a line break or blank (a comment, as YAML starts one): what
 * `nodeEstimate` counts, for a pass that reads the text anyway.
 */
export function isNodeMark(text: string, i: number, code: number): boolean {
  if (code === 35) {
    const previous = i === 0 ? 10 : text.charCodeAt(i - 1);
    return previous === 10 || previous === 32 || previous === 9 || previous === 13;
  }
  return code === 44 || ((code === 45 || code === 58) && text.charCodeAt(i + 1) === 32);
}

/**
 * The end of a comment that starts at `i` (`#` or `//` to the line's end, `/* … *\/`), or `i` when none
 * does. A `#` starts a comment at a line's start or after a space, as in YAML; bracket and alias counts
 * skip comments, so a comment line of `[[[[` or `*a *a` is not taken for nesting or aliases.
 */
function commentEnd(text: string, i: number): number {
  const previous = i === 0 ? 10 : text.charCodeAt(i - 1);
  // Only after a separator, so `a//[[[` or `a#[[[` inside a value still counts.
  if (previous !== 10 && previous !== 32 && previous !== 9 && previous !== 13) return i;
  const code = text.charCodeAt(i);
  const next = text.charCodeAt(i + 1);
  if (code === 35 || (code === 47 && next === 47)) return lineEndAt(text, i);
  if (code === 47 && next === 42) {
    const end = text.indexOf('*/', i + 2);
    return end < 0 ? text.length : end + 2;
  }
  return i;
}

/**
 * How deeply a text nests, by brackets and by indentation, counted without parsing (so that the count
 * itself cannot overflow). Stops counting once past `limit`. Comments are skipped.
 */
export function nestingDepth(text: string, limit: number): number {
  const counter = new NestingCounter(limit);
  for (let i = 0; i < text.length && !counter.isPastLimit(); i++) counter.step(text, i, text.charCodeAt(i));
  return counter.deepest;
}

/**
 * The nesting count one character at a time, so another pass over the text can carry it. Within a line,
 * only spaces, dashes, newlines and brackets change it: a caller may skip characters that are none of
 * these once the line's first other character was fed.
 */
export class NestingCounter {
  deepest = 0;
  private brackets = 0;
  private readonly indents: number[] = [];
  private lineStart = true;
  private indent = 0;
  private dashes = 0;
  /** Characters before this offset are inside a comment. */
  private skipUntil = 0;

  constructor(private readonly limit: number) {}

  isPastLimit(): boolean {
    return this.deepest > this.limit;
  }

  /** Feeds the character `code` at offset `i` of `text`; nothing changes once past the limit. */
  step(text: string, i: number, code: number): void {
    if (this.deepest > this.limit || i < this.skipUntil) return;
    if (this.lineStart) {
      const opensLevel = (code === 45 || code === 63) && text.charCodeAt(i + 1) === 32;
      if (code === 32 || code === 45 || opensLevel) {
        // Spaces, and the dash of a YAML list item, count as indentation; each `- ` opens a sequence, and each
        // `? ` (an explicit key) a map: `yaml` composes `? ? ? …` on one line by recursion, one level each.
        if (opensLevel) this.dashes++;
        this.indent++;
        return;
      }
      this.lineStart = false;
      if (code !== 10 && code !== 13 && code !== 35) {
        const indents = this.indents;
        while (indents.length > 0 && (indents[indents.length - 1] ?? 0) >= this.indent) indents.pop();
        indents.push(this.indent);
        if (indents.length + this.dashes > this.deepest) this.deepest = indents.length + this.dashes;
      }
    }
    if (code === 35 || code === 47) {
      const end = commentEnd(text, i);
      if (end > i) {
        // Skip to the comment's end, so a newline that ends it is still seen.
        this.skipUntil = end;
        return;
      }
    }
    if (code === 10) {
      this.lineStart = true;
      this.indent = 0;
      this.dashes = 0;
    } else if (code === 123 || code === 91) {
      this.brackets++;
      if (this.brackets > this.deepest) this.deepest = this.brackets;
    } else if ((code === 125 || code === 93) && this.brackets > 0) this.brackets--;
  }
}

/**
 * Credential values one file may contribute. A file holding more is a dump of credentials; reporting
 * each would cost seconds and hundreds of megabytes per ten thousand, so some are kept, the rest counted
 * in a note.
 */
export const maxReferencesPerFile = 2_000;

/**
 * Whether a reference goes before the others when a file holds too many: any value that is not a plain
 * literal (a secret, an attribute) and every credential-shaped literal. Otherwise a flood of cheap
 * literals (`--user a:b` 55 000 times) would push a real key pair past the cap.
 */
function keptFirst(reference: CredentialReference): boolean {
  return reference.source.type !== 'literal' || classifyValue(reference.source.value) !== undefined;
}

/**
 * Keeps `limit` of a file's references (and uses of them), in file order — credential-shaped values and
 * references first, then the first others — with a note counting the rest.
 */
export function capReferences(model: FileModel, limit: number = maxReferencesPerFile): FileModel {
  if (model.references.length <= limit) return model;
  const first = model.references.filter(keptFirst);
  const chosen = new Set(first.slice(0, limit));
  for (const reference of model.references) {
    if (chosen.size >= limit) break;
    chosen.add(reference);
  }
  const references = model.references.filter((reference) => chosen.has(reference));
  const kept = new Set(references.map((reference) => reference.id));
  const uses = model.uses.flatMap((use) => {
    const referenceIds = use.referenceIds.filter((id) => kept.has(id));
    return referenceIds.length > 0 ? [{ ...use, referenceIds }] : [];
  });
  const message = `${model.references.length} credential values in one file; only ${limit} are reported, credential-shaped ones first (treat every value in it as leaked)`;
  return { ...model, references, uses, problems: [...model.problems, { file: model.file, message }] };
}
