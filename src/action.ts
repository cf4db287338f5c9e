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
import { scan, type ScanOptions } from './scan.js';
import { errorText } from './errors.js';
import { scrubCredentials } from './credentials/values.js';
import { accessKeyPairs, checkValues, credentialVariables } from './credentials/check-values.js';
import { verifyAccessKey } from './credentials/verify.js';
import type { ValueFacts, Verification } from './model/repository.js';
import { listDefinedSecrets } from './github/secrets.js';
import { classifyName } from './credentials/names.js';
import type { Config } from './config/config.js';
import { applyBaseline, readBaseline } from './baseline.js';
import { changedFiles, parseScope, pullRequestOfEvent, wantsChangedFiles } from './github/pull-request.js';
import type { ScanResult } from './model/results.js';
import type { RepositoryContext } from './model/repository.js';

function booleanInput(name: string, fallback: boolean): boolean {
  const raw = core.getInput(name).trim().toLowerCase();
  if (raw === '') return fallback;
  if (['true', 'yes', 'on', '1'].includes(raw)) return true;
  if (['false', 'no', 'off', '0'].includes(raw)) return false;
  throw new Error(`input ${name} must be true or false, not "${raw}"`);
}

/**
 * In pull-request mode, marks findings in files the pull request does not change; they are still
 * reported in the summary and SARIF, but not annotated. An API failure falls back to annotating all.
 */
async function markOutsideDiff(result: ScanResult): Promise<ScanResult> {
  const scopeInput = core.getInput('scope');
  const scope = parseScope(scopeInput);
  if (!scope) throw new Error(`input scope must be auto, changed or all, not "${scopeInput}"`);
  if (!wantsChangedFiles(scope, process.env.GITHUB_EVENT_NAME)) return result;
  const pullNumber = pullRequestOfEvent(process.env);
  if (pullNumber === undefined) {
    core.warning(
      'ses-credential-hygiene: scope asks for changed files, but this run is not for a pull request; annotating every finding.',
    );
    return result;
  }
  try {
    const changed = await changedFiles({
      token: core.getInput('github-token'),
      repository: process.env.GITHUB_REPOSITORY ?? '',
      pullNumber,
      ...(process.env.GITHUB_API_URL ? { apiUrl: process.env.GITHUB_API_URL } : {}),
    });
    return {
      ...result,
      findings: result.findings.map((finding) =>
        changed.has(finding.file) ? finding : { ...finding, outsideDiff: true },
      ),
    };
  } catch (error) {
    core.warning(
      `ses-credential-hygiene: could not list the files of pull request #${pullNumber} (${errorText(error)}); annotating every finding.`,
    );
    return result;
  }
}

/**
 * With `check-values: true`: reads the credential values the step was given as environment variables,
 * masks every one of them before anything else happens, and returns the checks to run once the
 * workflows' SMTP regions are known. No value leaves this function.
 */
async function valueChecks(config: Config): Promise<((smtpRegions: string[]) => ValueFacts[]) | undefined> {
  const check = booleanInput('check-values', false);
  const verify = booleanInput('verify-with-aws', false);
  if (!check && !verify) return undefined;
  const variables = credentialVariables(process.env, (name) => classifyName(name, config.nameRules));
  for (const variable of variables) core.setSecret(variable.value);
  core.info(
    `ses-credential-hygiene: checking ${variables.length} credential value(s): ${variables.map((variable) => variable.name).join(', ') || "none found among the step's environment variables"}`,
  );
  const verifications = new Map<string, Verification>();
  if (verify) {
    for (const pair of accessKeyPairs(variables)) {
      const verification = await verifyAccessKey(pair, {
        region: process.env.AWS_REGION ?? 'us-east-1',
        ...(process.env.AWS_ENDPOINT_URL_STS ? { endpoint: process.env.AWS_ENDPOINT_URL_STS } : {}),
      });
      if (verification.status === 'error')
        core.warning(
          `ses-credential-hygiene: could not ask AWS about \`${pair.idName}\` (${scrubCredentials(verification.reason)}); it was not verified.`,
        );
      verifications.set(pair.idName, verification);
    }
  }
  return (smtpRegions) =>
    (check
      ? checkValues(variables, smtpRegions)
      : variables
          .filter((variable) => verifications.has(variable.name))
          .map((variable) => ({ name: variable.name, nameKind: variable.kind, shapeKind: undefined }))
    ).map((facts) => {
      const verification = verifications.get(facts.name);
      return verification ? { ...facts, verification } : facts;
    });
}

/** With `list-secrets: true`: the names of the secrets the repository can see, classified; undefined on failure (with a warning). */
async function definedSecrets(config: Config): Promise<RepositoryContext['definedSecrets']> {
  if (!booleanInput('list-secrets', false)) return undefined;
  try {
    const secrets = await listDefinedSecrets({
      token: core.getInput('github-token'),
      repository: process.env.GITHUB_REPOSITORY ?? '',
      ...(process.env.GITHUB_API_URL ? { apiUrl: process.env.GITHUB_API_URL } : {}),
    });
    return secrets.map((secret) => {
      const classified = classifyName(secret.name, config.nameRules);
      return { name: secret.name, scope: secret.scope, kind: classified?.kind, root: classified?.root === true };
    });
  } catch (error) {
    core.warning(
      `ses-credential-hygiene: could not list the repository's secrets (${errorText(error)}); the token needs the "Secrets: read" permission. Skipping undefined-secret.`,
    );
    return undefined;
  }
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
    const config = withGlobs(
      await loadConfig(root, configInput ? resolve(workspace, configInput) : undefined),
      core.getMultilineInput('include'),
      core.getMultilineInput('exclude'),
    );

    const values = await valueChecks(config);
    const defined = await definedSecrets(config);
    const repository: ScanOptions['repository'] =
      values || defined
        ? ({ smtpRegions }) => ({
            values: values ? values(smtpRegions) : [],
            ...(defined ? { definedSecrets: defined } : {}),
          })
        : undefined;
    const scanned = rebase(
      await scan({ root, config, ...(repository ? { repository } : {}) }),
      relative(workspace, root).split('\\').join('/'),
    );
    const baselinePath = core.getInput('baseline');
    const result = await markOutsideDiff(
      baselinePath ? applyBaseline(scanned, await readBaseline(resolve(workspace, baselinePath))) : scanned,
    );
    const annotated = result.findings.filter((finding) => !finding.outsideDiff);
    const plan = planAnnotations(annotated, result.problems);
    if (annotate) for (const command of plan.commands) process.stdout.write(`${command}\n`);
    core.info(renderText(result, { colour: false }));

    const outsideDiff = result.findings.length - annotated.length;
    const summary = renderSummary(result, {
      failOn,
      notAnnotated: annotate ? plan.notShown : annotated.length,
      outsideDiff,
    });
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
      core.setFailed(
        `ses-credential-hygiene: ${result.problems.length} file(s) could not be fully read, and strict is on.`,
      );
    } else if (reachesThreshold(result.findings, failOn)) {
      core.setFailed(
        `ses-credential-hygiene: ${result.findings.length} finding(s), ${counts.error} error(s) and ${counts.warning} warning(s); failing on ${failOn} or worse.`,
      );
    }
  } catch (error) {
    core.setFailed(`ses-credential-hygiene: ${errorText(error)}`);
  }
}
