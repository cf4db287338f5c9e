import { commentSyntaxFor, findComments } from './comments.js';

/** Where a marker's rule ids start: after `ses-credential-hygiene: ignore[`. */
const ignoreMarkerStart = /ses-credential-hygiene:[ \t]*ignore\[/;

/**
 * The rule ids a comment's first marker names, up to its `]`, as the one pattern
 * `/ses-credential-hygiene:[ \t]*ignore\[([^\]]*)\]/` took them: the first opening, then the first `]` after
 * it (no `]` after the first opening is none after a later one either). Two linear searches: that pattern,
 * with no `]` to close, ran to the comment's end from every `…ignore[` it met, quadratic in a comment
 * of many (a megabyte of them: minutes).
 */
export function markerIds(comment: string): string | undefined {
  const start = ignoreMarkerStart.exec(comment);
  if (!start) return undefined;
  const from = start.index + start[0].length;
  const end = comment.indexOf(']', from);
  return end < 0 ? undefined : comment.slice(from, end);
}

/** One `ses-credential-hygiene: ignore[…]` marker in a real comment: its line, the rule ids it names (`*`: all), the comment's text. */
export interface IgnoreMarker {
  line: number;
  ids: string[];
  /** The whole comment, trimmed: what tells one marker from another when two versions of a file are compared. */
  comment: string;
}

/**
 * The ignore markers of a file, found inside its real comments only; a marker in a string or a value
 * does not count. The one reader of markers: the scan's suppressions and the pull request's "added by
 * this pull request" both read them here.
 */
export function ignoreMarkers(text: string, path: string): IgnoreMarker[] {
  if (!text.includes('ses-credential-hygiene:')) return [];
  const markers: IgnoreMarker[] = [];
  for (const comment of findComments(text, commentSyntaxFor(path))) {
    const named = markerIds(comment.text);
    if (named === undefined) continue;
    const ids = named
      .split(',')
      .map((id) => id.trim())
      .filter(Boolean);
    markers.push({ line: comment.line, ids: ids.length > 0 ? ids : ['*'], comment: comment.text.trim() });
  }
  return markers;
}

/**
 * Line → rule ids ignored there (`*`: all), from the file's ignore markers. A marker covers its own
 * line and the line below it.
 */
export function inlineIgnoresInComments(text: string, path: string): Map<number, Set<string>> {
  const ignores = new Map<number, Set<string>>();
  for (const marker of ignoreMarkers(text, path))
    for (const line of [marker.line, marker.line + 1]) {
      const set = ignores.get(line) ?? new Set<string>();
      for (const id of marker.ids) set.add(id);
      ignores.set(line, set);
    }
  return ignores;
}

/**
 * For a file's markers, the marker that ignores a rule on a line (on it, else on the line above), as
 * `inlineIgnoresInComments` applies them: the first in the list on that line that names the rule. The markers
 * are indexed by line once, so each question looks at its two lines' markers, not at all of them (a file of
 * 30 000 markers and 2 000 suppressed findings: 0.7 s).
 */
export function markerCovering(
  markers: readonly IgnoreMarker[],
): (line: number, ruleId: string) => IgnoreMarker | undefined {
  const byLine = new Map<number, IgnoreMarker[]>();
  for (const marker of markers) {
    const onLine = byLine.get(marker.line);
    if (onLine) onLine.push(marker);
    else byLine.set(marker.line, [marker]);
  }
  return (line, ruleId) => {
    const covers = (marker: IgnoreMarker) => marker.ids.includes('*') || marker.ids.includes(ruleId);
    return byLine.get(line)?.find(covers) ?? byLine.get(line - 1)?.find(covers);
  };
}
