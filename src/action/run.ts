import * as core from '@actions/core';
import { threadChoiceFrom } from '../scan/parse-worker.js';
import { gatherOutsideFacts, pullRequestFiles } from './facts.js';
import { readActionInputs, type ActionInputs } from './inputs.js';
import { loadActionSettings, withSettingsFailure, type ActionSettings } from './settings.js';
import { globCheck } from '../scan/glob-check.js';
import { errorText } from '../credentials/error-text.js';
import { decideVerdict, type Verdict } from '../report/exit-decision.js';
import { failureLine } from '../report/verdict-wording.js';
import { suppressionsAdded } from './github/added-suppressions.js';
import type { Finding } from '../model/findings.js';
import type { ScanResult } from '../model/results.js';
import { createLogWriter, type LogWriter } from '../output/log.js';
import { printTextReport, writeReports } from '../output/reports.js';
import { planAnnotations } from '../report/annotations.js';
import { renderSettingsSection } from '../report/settings-used.js';
import { rebase } from '../report/rebase.js';
import { renderSarif } from '../report/sarif.js';
import { renderSummary } from '../report/summary.js';
import { countBySeverity } from '../model/findings.js';
import { renderJson } from '../report/json.js';
import { renderPullRequestComment } from '../report/summary/comment.js';
import { safeWriteFile } from '../discovery/safe-write.js';
import { writeEach } from '../output/channels.js';
import { defaultPolling, publishComment, publishSarif, publishSuggestions } from './publish.js';
import { workflowRunOf } from './publish-plan.js';
import type { Polling } from './github/sarif-upload.js';
import { compactTextByFile } from '../report/text.js';
import { scan } from '../scan/scan.js';
import { changedUnderFolder } from '../suppressions/scope.js';
import { restoreParseCache } from './cache.js';

/** On a pull request: whether it added each suppression; unknown (undefined) elsewhere or when the API fails. */
async function addedSuppressions(
  result: ScanResult,
  inputs: ActionInputs,
  settings: ActionSettings,
): Promise<(finding: Finding) => boolean | undefined> {
  if (!settings.pull || result.suppressed.length === 0) return () => undefined;
  try {
    const added = await suppressionsAdded({
      suppressed: result.suppressed,
      workspace: inputs.workspace,
      settingsFromBase: settings.source === 'base',
      baseSha: settings.pull.baseSha,
      api: {
        token: inputs.githubToken,
        repository: process.env.GITHUB_REPOSITORY ?? '',
        ...(process.env.GITHUB_API_URL ? { apiUrl: process.env.GITHUB_API_URL } : {}),
      },
    });
    return (finding) => added.get(finding);
  } catch {
    return () => undefined;
  }
}

/** The step's outputs. The runner creates GITHUB_OUTPUT; run elsewhere, a named file may not exist yet. */
function setOutputs(result: ScanResult, inputs: ActionInputs, verdict: Verdict): void {
  const outputFile = process.env.GITHUB_OUTPUT;
  if (outputFile) safeWriteFile(outputFile, '', { append: true });
  const counts = countBySeverity(result.findings);
  core.setOutput('findings', result.findings.length);
  core.setOutput('errors', counts.error);
  core.setOutput('warnings', counts.warning);
  core.setOutput('notices', counts.notice);
  core.setOutput('suppressed', result.suppressed.length);
  core.setOutput('verdict', verdict.failed ? 'fail' : 'pass');
  core.setOutput('sarif-file', inputs.sarifPath);
  core.setOutput('json-file', inputs.jsonPath);
}

/** The run's page on GitHub, whose job summary lists everything; undefined outside a workflow run. */
function runUrl(env: NodeJS.ProcessEnv): string | undefined {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repository, GITHUB_RUN_ID: id } = env;
  return server && repository && id && /^\d+$/.test(id) ? `${server}/${repository}/actions/runs/${id}` : undefined;
}

/**
 * The failure reason first, then annotations and the text report, which go to the log through the one
 * writer that makes runner commands inert; SARIF, JSON, outputs and the job summary are then each written
 * on their own, and last the SARIF upload and the pull request's comment. GitHub keeps 10 error annotations
 * per step, so the reason takes one of them before any finding can crowd it out. Findings outside the pull
 * request's diff are not annotated. Returns the channels that failed.
 */
async function report(
  result: ScanResult,
  inputs: ActionInputs,
  settings: ActionSettings,
  verdict: Verdict,
  log: LogWriter,
  polling: Polling,
  /** The parse cache's line for the summary, when the cache was used. */
  cacheLine?: string,
): Promise<string[]> {
  if (verdict.failed) core.setFailed(failureLine(verdict));
  const annotated = result.findings.filter((finding) => !finding.outsideDiff);
  const plan = planAnnotations(annotated, result.problems, { reservedErrors: verdict.failed ? 1 : 0 });
  if (inputs.annotations) for (const command of plan.commands) log.command(command);
  // A group per file, one line per finding in it, as grep and log search want them; the summary is for reading.
  printTextReport(log, compactTextByFile(result));
  const addedByPullRequest = await addedSuppressions(result, inputs, settings);
  let sarif: string | undefined;
  const summaryPath = process.env.GITHUB_STEP_SUMMARY;
  const failures = await writeReports({
    workspace: inputs.workspace,
    sarif: { path: inputs.sarifPath, render: () => (sarif = renderSarif(result, { addedByPullRequest })) },
    setOutputs: () => setOutputs(result, inputs, verdict),
    ...(summaryPath
      ? {
          summary: {
            path: summaryPath,
            render: () =>
              [
                renderSummary(result, {
                  verdict,
                  notAnnotated: inputs.annotations ? plan.notShown : annotated.length,
                  outsideDiff: result.findings.length - annotated.length,
                  links: inputs.links,
                  ...(settings.pull ? { addedByPullRequest } : {}),
                }),
                ...(cacheLine ? [cacheLine, ''] : []),
                renderSettingsSection(settings.used, settings.change),
              ].join('\n'),
          },
        }
      : {}),
  });
  failures.push(
    ...(await writeEach([
      {
        name: 'JSON report',
        write: () => safeWriteFile(inputs.jsonPath, renderJson(result), { untrustedRoot: inputs.workspace }),
      },
    ])),
  );
  const run = workflowRunOf(process.env, settings.pull);
  const api = {
    token: inputs.githubToken,
    repository: run.repository ?? '',
    ...(process.env.GITHUB_API_URL ? { apiUrl: process.env.GITHUB_API_URL } : {}),
  };
  const uploadFailure = await publishSarif({
    mode: inputs.uploadSarif,
    run,
    api,
    sarif,
    workspace: inputs.workspace,
    category: inputs.sarifCategory,
    folder: inputs.folder,
    polling,
  });
  if (uploadFailure) failures.push(uploadFailure);
  await publishComment({
    mode: inputs.prComment,
    run,
    api,
    failed: verdict.failed,
    render: () => renderPullRequestComment(result, { verdict, links: inputs.links, runUrl: runUrl(process.env) }),
  });
  await publishSuggestions({
    mode: inputs.prComment,
    run,
    api,
    failed: verdict.failed,
    findings: result.findings.filter((finding) => !finding.outsideDiff),
    workspace: inputs.workspace,
  });
  return failures;
}

/** A glob that matches nothing, or a scan of no file: most likely a mistake in the inputs. */
function scanWarnings(result: ScanResult, unmatchedGlobs: readonly string[]): string[] {
  const warnings = unmatchedGlobs.map((glob) => `${glob} matches no file that could be scanned`);
  if (result.files === 0) warnings.push('no file was scanned: path holds no workflow, action or IaC file');
  return warnings;
}

/** The action's entry: read inputs, choose the settings, gather outside facts, scan, report, decide. */
export async function run(polling: Polling = defaultPolling): Promise<void> {
  try {
    const inputs = readActionInputs(process.env);
    const settings = await loadActionSettings(inputs, process.env);
    const repository = await gatherOutsideFacts(inputs, settings.config, process.env);
    const changed = await pullRequestFiles(inputs, process.env);
    const globs = globCheck(inputs.include, inputs.exclude, 'input ');
    const parseCache = await restoreParseCache(process.env, core.getInput('cache'));
    const scanned = await scan({
      ...(parseCache.scan ? { cache: parseCache.scan } : {}),
      ...(globs.watch ? { watch: globs.watch } : {}),
      root: inputs.root,
      config: settings.config,
      threads: threadChoiceFrom(process.env.SES_CREDENTIAL_HYGIENE_THREADS),
      ...(repository ? { repository } : {}),
      suppressions: {
        ...(settings.baseline.size > 0 ? { baseline: settings.baseline } : {}),
        ...(changed ? { changedFiles: changedUnderFolder(changed, inputs.folder) } : {}),
        inlineIgnores: inputs.inlineIgnores,
      },
    });
    const result = rebase(scanned, inputs.folder);
    const warnings = scanWarnings(result, globs.unmatched());
    for (const warning of warnings) core.warning(`ses-credential-hygiene: ${warning}`);
    const verdict = withSettingsFailure(decideVerdict(result, { ...inputs, scanWarnings: warnings.length }), settings);
    const failures = await report(
      result,
      inputs,
      settings,
      verdict,
      createLogWriter(),
      polling,
      parseCache.summaryLine(),
    );
    await parseCache.save();
    for (const failure of failures) core.setFailed(`ses-credential-hygiene: ${failure}`);
  } catch (error) {
    core.setFailed(`ses-credential-hygiene: ${errorText(error)}`);
  }
}
