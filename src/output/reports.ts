import * as core from '@actions/core';
import { writeEach } from './channels.js';
import { groupTitle, maxBlockLines, type LogWriter } from './log.js';
import type { FileLines } from '../report/text.js';
import { safeWriteFile } from '../discovery/safe-write.js';

export interface ReportFiles {
  /** The checkout: outputs inside it must not be reached through links. */
  workspace: string;
  sarif: { path: string; render: () => string };
  /** GITHUB_STEP_SUMMARY, when the runner gives one. */
  summary?: { path: string; render: () => string };
  /** Sets the step outputs (core.setOutput). */
  setOutputs: () => void;
}

/**
 * Writes SARIF, the step outputs and the job summary, each on its own: a failure in one is returned
 * and the others still happen. Rendering happens inside each channel, so a renderer that throws
 * fails only its own output.
 */
export function writeReports(files: ReportFiles): Promise<string[]> {
  return writeEach([
    {
      name: 'SARIF file',
      write: () => safeWriteFile(files.sarif.path, files.sarif.render(), { untrustedRoot: files.workspace }),
    },
    {
      name: 'step outputs',
      write: files.setOutputs,
    },
    {
      name: 'job summary',
      write: () => {
        if (files.summary) safeWriteFile(files.summary.path, files.summary.render(), { append: true });
      },
    },
  ]);
}

/** Files given a group of their own in the log at most; the lines of the rest are counted, not printed. */
export const maxLogGroups = 300;

/** The title of a file's group: its path and what it holds. */
function fileGroupTitle(file: FileLines): string {
  const notes = file.lines.length - file.findings;
  const what = [
    file.findings > 0 ? `${file.findings} finding${file.findings === 1 ? '' : 's'}` : '',
    notes > 0 ? `${notes} note${notes === 1 ? '' : 's'}` : '',
  ]
    .filter(Boolean)
    .join(', ');
  return groupTitle(`${file.file} (${what})`);
}

/**
 * The text report in the log, one collapsed group per file (`path (N findings)`) with a line per finding
 * (`path:line:column severity rule message`, as grep and log search want it), then the counts. Commands
 * are stopped around each group's lines by the log writer; the titles are made inert by `groupTitle`. At
 * most `maxBlockLines` lines and `maxLogGroups` groups in all: a flood of findings cannot flood the log.
 */
export function printTextReport(log: LogWriter, report: { files: readonly FileLines[]; counts: string }): void {
  let left = maxBlockLines;
  let notPrinted = 0;
  report.files.forEach((file, index) => {
    const shown = index < maxLogGroups ? file.lines.slice(0, left) : [];
    notPrinted += file.lines.length - shown.length;
    if (shown.length === 0) return;
    left -= shown.length;
    core.startGroup(fileGroupTitle(file));
    log.block(shown.join('\n'));
    core.endGroup();
  });
  if (notPrinted > 0)
    log.line(`… ${notPrinted} more line(s) not printed; the SARIF file and the summary count all of them.`);
  log.line(report.counts);
}
