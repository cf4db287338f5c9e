import * as core from '@actions/core';
import { writeEach } from './channels.js';
import { groupTitle, type LogWriter } from './log.js';
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

/** Files given a group of their own in the log at most; the rest share one last group. */
export const maxLogGroups = 300;

/**
 * The text report in the log, one collapsed group per file (`path (N findings)`) with a line per finding
 * (`path:line:column severity rule message`, as grep and log search want it), then the counts. Commands
 * are stopped around each group's lines by the log writer; the titles are made inert by `groupTitle`.
 */
export function printTextReport(log: LogWriter, report: { files: readonly FileLines[]; counts: string }): void {
  const own = report.files.slice(0, maxLogGroups);
  for (const file of own) {
    const notes = file.lines.length - file.findings;
    const what = [
      file.findings > 0 ? `${file.findings} finding${file.findings === 1 ? '' : 's'}` : '',
      notes > 0 ? `${notes} note${notes === 1 ? '' : 's'}` : '',
    ]
      .filter(Boolean)
      .join(', ');
    core.startGroup(groupTitle(`${file.file} (${what})`));
    log.block(file.lines.join('\n'));
    core.endGroup();
  }
  const rest = report.files.slice(maxLogGroups);
  if (rest.length > 0) {
    core.startGroup(`${rest.length} more files`);
    log.block(rest.flatMap((file) => file.lines).join('\n'));
    core.endGroup();
  }
  log.line(report.counts);
}
