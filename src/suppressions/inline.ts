/** Line → rule ids ignored there (`*`: all), read from `ses-credential-hygiene: ignore[…]` comments. */
export type InlineIgnores = ReadonlyMap<number, ReadonlySet<string>>;

const ignoreMarker = /ses-credential-hygiene:\s*ignore\[([^\]]*)\]/;

export function readInlineIgnores(text: string): InlineIgnores {
  const ignores = new Map<number, Set<string>>();
  if (!text.includes('ses-credential-hygiene:')) return ignores;
  text.split('\n').forEach((line, index) => {
    const match = ignoreMarker.exec(line);
    if (!match) return;
    const ids = (match[1] ?? '')
      .split(',')
      .map((id) => id.trim())
      .filter(Boolean);
    // The comment covers its own line and the line below it.
    for (const lineNumber of [index + 1, index + 2]) {
      const set = ignores.get(lineNumber) ?? new Set<string>();
      for (const id of ids.length > 0 ? ids : ['*']) set.add(id);
      ignores.set(lineNumber, set);
    }
  });
  return ignores;
}

/** Whether an ignore comment covers this rule on this line of the file. */
export function ignoredInline(
  ignores: ReadonlyMap<string, InlineIgnores>,
  finding: { ruleId: string; file: string; span: { startLine: number } },
): boolean {
  const ids = ignores.get(finding.file)?.get(finding.span.startLine);
  return ids !== undefined && (ids.has('*') || ids.has(finding.ruleId));
}
