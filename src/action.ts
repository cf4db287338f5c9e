import * as core from '@actions/core';
import { writeFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { parseSeverityThreshold } from './config/config.js';
import { loadConfig, withGlobs } from './config/load.js';
import { reachesThreshold, rebase } from './outcome.js';
import { planAnnotations } from './report/annotations.js';
import { renderSarif } from './report/sarif.js';
import { renderSummary } from './report/summary.js';
import { countBySeverity, renderText } from './report/text.js';
import { scan } from './scan.js';

function booleanInput(name: string, fallback: boolean): boolean {
  const raw = core.getInput(name).trim().toLowerCase();
  if (raw === '') return fallback;
  if (['true', 'yes', 'on', '1'].includes(raw)) return true;
  if (['false', 'no', 'off', '0'].includes(raw)) return false;
  throw new Error(`input ${name} must be true or false, not "${raw}"`);
}

/** The action's entry: inputs in, annotations, summary, SARIF and outputs out. */
export async function run(): Promise<void> {
  try {
    const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
    const root = resolve(workspace, core.getInput('path') || '.');
    const failOnInput = core.getInput('fail-on') || 'error';
    const failOn = parseSeverityThreshold(failOnInput);
    if (!failOn) throw new Error(`input fail-on must be error, warning, notice or never, not "${failOnInput}"`);
    const annotate = booleanInput('annotations', true);
    const configInput = core.getInput('config');
    const config = withGlobs(await loadConfig(root, configInput ? resolve(workspace, configInput) : undefined), core.getMultilineInput('include'), core.getMultilineInput('exclude'));

    const result = rebase(await scan({ root, config }), relative(workspace, root).split('\\').join('/'));
    const plan = planAnnotations(result.findings, result.problems);
    if (annotate) for (const command of plan.commands) process.stdout.write(`${command}\n`);
    core.info(renderText(result, { colour: false }));

    const summary = renderSummary(result, { failOn, notAnnotated: annotate ? plan.notShown : result.findings.length });
    if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(summary).write();

    const sarifFile = core.getInput('sarif-file') || 'ses-credential-hygiene.sarif';
    const sarifPath = resolve(workspace, sarifFile);
    await writeFile(sarifPath, renderSarif(result));

    const counts = countBySeverity(result.findings);
    core.setOutput('findings', result.findings.length);
    core.setOutput('errors', counts.error);
    core.setOutput('warnings', counts.warning);
    core.setOutput('sarif-file', sarifPath);

    if (booleanInput('strict', false) && result.problems.length > 0) {
      core.setFailed(`ses-credential-hygiene: ${result.problems.length} file(s) could not be fully read, and strict is on.`);
    } else if (reachesThreshold(result.findings, failOn)) {
      core.setFailed(`ses-credential-hygiene: ${result.findings.length} finding(s), ${counts.error} error(s) and ${counts.warning} warning(s); failing on ${failOn} or worse.`);
    }
  } catch (error) {
    core.setFailed(`ses-credential-hygiene: ${error instanceof Error ? error.message : String(error)}`);
  }
}
