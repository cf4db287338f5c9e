import { commentSyntaxFor, findComments } from './comments.js';

const ignoreMarker = /ses-credential-hygiene:[ \t]*ignore\[([^\]]*)\]/;

/**
 * Line → rule ids ignored there (`*`: all), from `ses-credential-hygiene: ignore[…]` markers inside
 * real comments of the file; a marker in a string or a value does not count. A marker covers its own
 * line and the line below it.
 */
export function inlineIgnoresInComments(text: string, path: string): Map<number, Set<string>> {
  const ignores = new Map<number, Set<string>>();
  if (!text.includes('ses-credential-hygiene:')) return ignores;
  for (const comment of findComments(text, commentSyntaxFor(path))) {
    const match = ignoreMarker.exec(comment.text);
    if (!match) continue;
    const ids = (match[1] ?? '')
      .split(',')
      .map((id) => id.trim())
      .filter(Boolean);
    for (const line of [comment.line, comment.line + 1]) {
      const set = ignores.get(line) ?? new Set<string>();
      for (const id of ids.length > 0 ? ids : ['*']) set.add(id);
      ignores.set(line, set);
    }
  }
  return ignores;
}
