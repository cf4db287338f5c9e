import * as core from '@actions/core';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { gatherOutsideFacts, pullRequestFiles } from './action-facts.js';
import { readActionInputs, type ActionInputs } from './action-inputs.js';
import { loadConfig, withGlobs } from './config/load.js';
import { unmatchedGlobs } from './discovery/glob-check.js';
import { errorText } from './errors.js';
import { exitDecision, type ExitDecision } from './exit-decision.js';
import type { ScanResult } from './model/results.js';
import { planAnnotations } from './report/annotations.js';
import { rebase } from './report/rebase.js';
import { renderSarif } from './report/sarif.js';
import { renderSummary } from './report/summary.js';
import { decideVerdict } from './report/summary/verdict.js';
import { countBySeverity, renderText } from './report/text.js';
import { scan } from './scan.js';
import { readBaseline } from './suppressions/baseline.js';
import { changedUnderFolder } from './suppressions/scope.js';

/**
 * The failure reason first, then annotations, the log, the job summary and the SARIF file. GitHub keeps
 * 10 error annotations per step, so the reason takes one of them before any finding can crowd it out.
 * Findings outside the pull request's diff are not annotated.
 */
async function report(
  result: ScanResult,
  inputs: ActionInputs,
  decision: ExitDecision,
  scanWarnings: number,
): Promise<void> {
  if (decision.fail) core.setFailed(decision.reason);
  const annotated = result.findings.filter((finding) => !finding.outsideDiff);
  const plan = planAnnotations(annotated, result.problems, { reservedErrors: decision.fail ? 1 : 0 });
  if (inputs.annotations) for (const command of plan.commands) process.stdout.write(`${command}\n`);
  core.info(renderText(result, { colour: false }));
  const verdict = decideVerdict({
    findings: result.findings,
    failOn: inputs.failOn,
    scope: inputs.failScope,
    unreadFiles: inputs.strict ? result.problems.length : 0,
    scanWarnings: inputs.strict ? scanWarnings : 0,
  });
  const summary = renderSummary(result, {
    failOn: inputs.failOn,
    failScope: inputs.failScope,
    verdict,
    notAnnotated: inputs.annotations ? plan.notShown : annotated.length,
    outsideDiff: result.findings.length - annotated.length,
    links: inputs.links,
  });
  if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(summary).write();
  await mkdir(dirname(inputs.sarifPath), { recursive: true });
  await writeFile(inputs.sarifPath, renderSarif(result));
}

/** A glob that matches nothing, or a scan of no file: most likely a mistake in the inputs. */
function scanWarnings(result: ScanResult, inputs: ActionInputs): string[] {
  const warnings = unmatchedGlobs(inputs.root, inputs.include, inputs.exclude, 'input ').map(
    (glob) => `${glob} matches no file that could be scanned`,
  );
  if (result.files === 0) warnings.push('no file was scanned: path holds no workflow, action or IaC file');
  return warnings;
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
    const warnings = scanWarnings(result, inputs);
    for (const warning of warnings) core.warning(`ses-credential-hygiene: ${warning}`);
    const decision = exitDecision(result, { ...inputs, scanWarnings: warnings.length });
    await report(result, inputs, decision, warnings.length);
    setOutputs(result, inputs);
  } catch (error) {
    core.setFailed(`ses-credential-hygiene: ${errorText(error)}`);
  }
}
