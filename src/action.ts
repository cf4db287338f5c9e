import * as core from '@actions/core';
import { writeFile } from 'node:fs/promises';
import { gatherOutsideFacts, pullRequestFiles } from './action-facts.js';
import { readActionInputs, type ActionInputs } from './action-inputs.js';
import { loadConfig, withGlobs } from './config/load.js';
import { errorText } from './errors.js';
import { exitDecision } from './exit-decision.js';
import type { ScanResult } from './model/results.js';
import { planAnnotations } from './report/annotations.js';
import { rebase } from './report/rebase.js';
import { renderSarif } from './report/sarif.js';
import { renderSummary } from './report/summary.js';
import { countBySeverity, renderText } from './report/text.js';
import { scan } from './scan.js';
import { readBaseline } from './suppressions/baseline.js';
import { changedUnderFolder } from './suppressions/scope.js';

/** Annotations, the log, the job summary and the SARIF file; findings outside the pull request's diff are not annotated. */
async function report(result: ScanResult, inputs: ActionInputs): Promise<void> {
  const annotated = result.findings.filter((finding) => !finding.outsideDiff);
  const plan = planAnnotations(annotated, result.problems);
  if (inputs.annotations) for (const command of plan.commands) process.stdout.write(`${command}\n`);
  core.info(renderText(result, { colour: false }));
  const summary = renderSummary(result, {
    failOn: inputs.failOn,
    notAnnotated: inputs.annotations ? plan.notShown : annotated.length,
    outsideDiff: result.findings.length - annotated.length,
  });
  if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(summary).write();
  await writeFile(inputs.sarifPath, renderSarif(result));
}

function setOutputs(result: ScanResult, inputs: ActionInputs): void {
  const counts = countBySeverity(result.findings);
  core.setOutput('findings', result.findings.length);
  core.setOutput('errors', counts.error);
  core.setOutput('warnings', counts.warning);
  core.setOutput('sarif-file', inputs.sarifPath);
}

/** The action's entry: read inputs, gather outside facts, scan (with every suppression), report, decide. */
export async function run(): Promise<void> {
  try {
    const inputs = readActionInputs(process.env);
    const config = withGlobs(await loadConfig(inputs.root, inputs.configPath), inputs.include, inputs.exclude);
    const repository = await gatherOutsideFacts(inputs, config, process.env);
    const baseline = inputs.baselinePath ? await readBaseline(inputs.baselinePath) : undefined;
    const changed = await pullRequestFiles(inputs, process.env);
    const scanned = await scan({
      root: inputs.root,
      config,
      ...(repository ? { repository } : {}),
      suppressions: {
        ...(baseline ? { baseline } : {}),
        ...(changed ? { changedFiles: changedUnderFolder(changed, inputs.folder) } : {}),
      },
    });
    const result = rebase(scanned, inputs.folder);
    await report(result, inputs);
    setOutputs(result, inputs);
    const decision = exitDecision(result, inputs);
    if (decision.fail) core.setFailed(decision.reason);
  } catch (error) {
    core.setFailed(`ses-credential-hygiene: ${errorText(error)}`);
  }
}
