import { join } from 'node:path';
import type { Finding } from '../../model/findings.js';
import { readCheckoutFile } from '../../discovery/read.js';
import { readFileAtCommit } from './contents.js';
import { ignoreMarkers, markerCovering, type IgnoreMarker } from '../../comments/markers.js';

/** Files whose base version is fetched to tell whether an inline marker is new; the rest stay unknown. */
const maxFilesAsked = 20;
const maxFileBytes = 1024 * 1024;

/**
 * What identifies a marker across two versions of a file: its comment and the code it covers (its own
 * line and the next, trimmed). The comment alone would take a copy of an old marker above a new
 * secret, or a trailing marker on a new line, for the old one.
 */
function markerKey(marker: IgnoreMarker, lines: readonly string[]): string {
  return JSON.stringify([marker.comment, lines[marker.line - 1]?.trim() ?? '', lines[marker.line]?.trim() ?? '']);
}

/** The head's markers the base lacks: each base marker accounts for one head marker of the same key. */
function newMarkers(
  head: readonly IgnoreMarker[],
  headText: string,
  base: readonly IgnoreMarker[],
  baseText: string,
): Set<IgnoreMarker> {
  const baseLines = baseText.split(/\r\n|\r|\n/);
  const headLines = headText.split(/\r\n|\r|\n/);
  const inBase = new Map<string, number>();
  for (const marker of base) {
    const key = markerKey(marker, baseLines);
    inBase.set(key, (inBase.get(key) ?? 0) + 1);
  }
  const added = new Set<IgnoreMarker>();
  for (const marker of head) {
    const key = markerKey(marker, headLines);
    const left = inBase.get(key) ?? 0;
    if (left > 0) inBase.set(key, left - 1);
    else added.add(marker);
  }
  return added;
}

/**
 * On a pull request, whether it added each suppression: config and baseline ones came from the base
 * commit (`settingsFromBase`), so it did not; an inline one is new when the base version of its file
 * lacks that marker over the same code (`markerKey`). Markers are read as the scan reads them, in real comments
 * only (a marker-like string is not one, at the head or at the base). Unknown (absent from the map)
 * when the base could not be asked.
 */
export async function suppressionsAdded(options: {
  suppressed: readonly Finding[];
  workspace: string;
  settingsFromBase: boolean;
  baseSha: string;
  api: { token: string; repository: string; apiUrl?: string };
}): Promise<Map<Finding, boolean>> {
  const added = new Map<Finding, boolean>();
  for (const finding of options.suppressed)
    if (finding.suppressed !== 'inline' && options.settingsFromBase) added.set(finding, false);
  const inline = options.suppressed.filter((finding) => finding.suppressed === 'inline' && finding.file !== '');
  const files = [...new Set(inline.map((finding) => finding.file))].slice(0, maxFilesAsked);
  for (const file of files) {
    const head = readCheckoutFile(join(options.workspace, file), maxFileBytes, { root: options.workspace });
    if (!head.ok) continue;
    let baseText: string;
    try {
      const base = await readFileAtCommit({ ...options.api, path: file, ref: options.baseSha, maxBytes: maxFileBytes });
      baseText = base.found ? base.text : '';
    } catch {
      continue;
    }
    const headMarkers = ignoreMarkers(head.text, file);
    const newOnes = newMarkers(headMarkers, head.text, ignoreMarkers(baseText, file), baseText);
    const covering = markerCovering(headMarkers);
    for (const finding of inline.filter((candidate) => candidate.file === file)) {
      const marker = covering(finding.span.startLine, finding.ruleId);
      if (marker !== undefined) added.set(finding, newOnes.has(marker));
    }
  }
  return added;
}
