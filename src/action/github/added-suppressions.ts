import { join } from 'node:path';
import type { Finding } from '../../model/findings.js';
import { readCheckoutFile } from '../../discovery/read.js';
import { readFileAtCommit } from './contents.js';
import { ignoreMarkers, markerCovering } from '../../comments/markers.js';

/** Files whose base version is fetched to tell whether an inline marker is new; the rest stay unknown. */
const maxFilesAsked = 20;
const maxFileBytes = 1024 * 1024;

/**
 * On a pull request, whether it added each suppression: config and baseline ones came from the base
 * commit (`settingsFromBase`), so it did not; an inline one is new when the base version of its file
 * lacks the comment that holds its marker. Markers are read as the scan reads them, in real comments
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
    let baseComments: Set<string>;
    try {
      const base = await readFileAtCommit({ ...options.api, path: file, ref: options.baseSha, maxBytes: maxFileBytes });
      baseComments = new Set(base.found ? ignoreMarkers(base.text, file).map((marker) => marker.comment) : []);
    } catch {
      continue;
    }
    const headMarkers = ignoreMarkers(head.text, file);
    for (const finding of inline.filter((candidate) => candidate.file === file)) {
      const marker = markerCovering(headMarkers, finding.span.startLine, finding.ruleId);
      if (marker !== undefined) added.set(finding, !baseComments.has(marker.comment));
    }
  }
  return added;
}
