/**
 * Line → rule ids ignored there (`*`: all), read from `ses-credential-hygiene: ignore[…]` markers in the
 * file's real comments by `inlineIgnoresInComments` (comments/markers.ts).
 */
export type InlineIgnores = ReadonlyMap<number, ReadonlySet<string>>;

/** Whether an ignore comment covers this rule on this line of the file. */
export function ignoredInline(
  ignores: ReadonlyMap<string, InlineIgnores>,
  finding: { ruleId: string; file: string; span: { startLine: number } },
): boolean {
  const ids = ignores.get(finding.file)?.get(finding.span.startLine);
  return ids !== undefined && (ids.has('*') || ids.has(finding.ruleId));
}
