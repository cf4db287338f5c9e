/**
 * The hunks of a pull request file's `patch` (the unified diff GitHub gives with the file list), as the
 * RIGHT side sees them: review comments may only be made on lines inside a hunk, and a suggestion must
 * replace lines whose text is what the pull request's head holds.
 */
export interface PatchHunk {
  /** The first and last RIGHT-side line of the hunk (context and added lines). */
  start: number;
  end: number;
  /** The text of each RIGHT-side line, by line number. */
  lines: Map<number, string>;
  /** The lines the pull request adds or changes. */
  added: Set<number>;
}

const hunkHeader = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/;

/** Reads a patch in one pass; lines before the first hunk header, and malformed ones, are skipped. */
export function parsePatchHunks(patch: string): PatchHunk[] {
  const hunks: PatchHunk[] = [];
  let hunk: PatchHunk | undefined;
  let next = 0;
  for (const raw of patch.split('\n')) {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    const header = hunkHeader.exec(line);
    if (header) {
      next = Number(header[1]);
      hunk = { start: next, end: next - 1, lines: new Map(), added: new Set() };
      // A hunk of zero RIGHT lines (`+n,0`: only deletions) offers no line to comment on.
      if (header[2] !== '0') hunks.push(hunk);
      continue;
    }
    if (!hunk) continue;
    const mark = line[0];
    if (mark === '+' || mark === ' ') {
      hunk.lines.set(next, line.slice(1));
      if (mark === '+') hunk.added.add(next);
      hunk.end = next;
      next++;
    }
    // '-' lines are the LEFT side only; '\' is "No newline at end of file".
  }
  // In order of their first line (as GitHub gives them), so a line's hunk is found by bisection.
  return hunks.sort((a, b) => a.start - b.start);
}

/**
 * The hunk in which the pull request adds or changes every line from `first` to `last`, if one does: a
 * suggestion goes only where the pull request's author wrote, never on context lines around it. `hunks`
 * are in order of their first line, as `parsePatchHunks` gives them.
 */
export function hunkChanging(hunks: readonly PatchHunk[], first: number, last: number): PatchHunk | undefined {
  // The last hunk starting at or before `first` (hunks are in order and do not overlap): one per finding of a
  // file with thousands of hunks, so found by bisection rather than a scan.
  let low = 0;
  let high = hunks.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((hunks[middle]?.start ?? 0) <= first) low = middle + 1;
    else high = middle;
  }
  const hunk = hunks[low - 1];
  if (!hunk || last > hunk.end) return undefined;
  for (let line = first; line <= last; line++) if (!hunk.added.has(line)) return undefined;
  return hunk;
}
