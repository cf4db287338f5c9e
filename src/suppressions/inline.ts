import { inlineIgnoresInComments } from '../comments/markers.js';

/** Line → rule ids ignored there (`*`: all), read from `ses-credential-hygiene: ignore[…]` comments. */
export type InlineIgnores = ReadonlyMap<number, ReadonlySet<string>>;

/**
 * The ignore comments of one file, found in its real comments only (never in a string or a value,
 * which a pull request chooses as freely as a comment but which nobody reads as one).
 */
export function readInlineIgnores(text: string, path: string): InlineIgnores {
  return inlineIgnoresInComments(text, path);
}

/** Whether an ignore comment covers this rule on this line of the file. */
export function ignoredInline(
  ignores: ReadonlyMap<string, InlineIgnores>,
  finding: { ruleId: string; file: string; span: { startLine: number } },
): boolean {
  const ids = ignores.get(finding.file)?.get(finding.span.startLine);
  return ids !== undefined && (ids.has('*') || ids.has(finding.ruleId));
}
