import { join } from 'node:path';
import type { Finding } from '../../model/findings.js';
import { readCheckoutFile } from '../../discovery/read.js';
import { readFileAtCommit } from './contents.js';

/** Files whose base version is fetched to tell whether an inline marker is new; the rest stay unknown. */
const maxFilesAsked = 20;
const maxFileBytes = 1024 * 1024;

/** The line of the marker that suppressed a finding: its own line or the one above. */
function markerLine(lines: readonly string[], finding: Finding): string | undefined {
  for (const index of [finding.span.startLine - 1, finding.span.startLine - 2]) {
    const line = lines[index];
    if (line !== undefined && line.includes('ses-credential-hygiene:') && line.includes('ignore[')) return line.trim();
  }
  return undefined;
}

/**
 * On a pull request, whether it added each suppression: config and baseline ones came from the base
 * commit (`settingsFromBase`), so it did not; an inline one is new when the base version of its file
 * lacks the marker's line. Unknown (absent from the map) when the base could not be asked.
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
    let baseLines: Set<string>;
    try {
      const base = await readFileAtCommit({ ...options.api, path: file, ref: options.baseSha, maxBytes: maxFileBytes });
      baseLines = new Set(base.found ? base.text.split('\n').map((line) => line.trim()) : []);
    } catch {
      continue;
    }
    const headLines = head.text.split('\n');
    for (const finding of inline.filter((candidate) => candidate.file === file)) {
      const marker = markerLine(headLines, finding);
      if (marker !== undefined) added.set(finding, !baseLines.has(marker));
    }
  }
  return added;
}
