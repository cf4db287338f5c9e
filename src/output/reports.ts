import * as core from '@actions/core';
import { writeEach } from './channels.js';
import type { LogWriter } from './log.js';
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

/**
 * The text report in the log: with annotations on it repeats them, so it sits in a collapsed group;
 * either way commands are stopped around it by the log writer.
 */
export function printTextReport(log: LogWriter, text: string, annotations: boolean): void {
  if (annotations) core.startGroup('ses-credential-hygiene: text report');
  log.block(text);
  if (annotations) core.endGroup();
}
