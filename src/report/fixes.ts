import { scrubCredentials } from '../credentials/values.js';
import type { Finding, Fix, FixEdit } from '../model/findings.js';

/**
 * A finding's fix as every output shows it. The replacement is text from the checkout (a rule builds it
 * from the file around the finding), so a fix whose replacement or description would hold a credential is
 * never shown at all: a scrubbed replacement would be a wrong change, so the fix is dropped, not redacted.
 * `original` may be the very secret the finding is about: outputs show it only scrubbed.
 */
export interface PublishableFix {
  description: string;
  edits: PublishableEdit[];
  suggestionOnly: boolean;
}

export interface PublishableEdit {
  file: string;
  span: FixEdit['span'];
  /** The text replaced, scrubbed of credentials (for display only, never for applying). */
  originalScrubbed: string;
  /** Whether `original` held something the scrubber redacts. */
  originalHadCredential: boolean;
  replacement: string;
}

/** Whether the text holds something `scrubCredentials` redacts (a key, a token, a remembered secret). */
export function holdsCredential(text: string): boolean {
  return scrubCredentials(text) !== text;
}

/** The fix as outputs may show it, or undefined when there is none or it would disclose a credential. */
export function publishableFix(fix: Fix | undefined): PublishableFix | undefined {
  if (!fix || fix.edits.length === 0) return undefined;
  if (holdsCredential(fix.description)) return undefined;
  if (fix.edits.some((edit) => holdsCredential(edit.replacement))) return undefined;
  return {
    description: fix.description,
    suggestionOnly: fix.suggestionOnly === true,
    edits: fix.edits.map((edit) => {
      const originalScrubbed = scrubCredentials(edit.original);
      return {
        file: edit.file,
        span: { ...edit.span },
        originalScrubbed,
        originalHadCredential: originalScrubbed !== edit.original,
        replacement: edit.replacement,
      };
    }),
  };
}

/** The finding's publishable fix, if any. */
export function findingFix(finding: Finding): PublishableFix | undefined {
  return publishableFix(finding.fix);
}

/** A fix's edits grouped by file, in the order the files first appear; each file's edits in text order. */
export function editsByFile<T extends { file: string; span: FixEdit['span'] }>(edits: readonly T[]): Map<string, T[]> {
  const byFile = new Map<string, T[]>();
  for (const edit of edits) {
    const same = byFile.get(edit.file);
    if (same) same.push(edit);
    else byFile.set(edit.file, [edit]);
  }
  for (const same of byFile.values())
    same.sort((a, b) => a.span.startLine - b.span.startLine || a.span.startColumn - b.span.startColumn);
  return byFile;
}
