import * as core from '@actions/core';
import { relative, resolve } from 'node:path';
import { parseSeverityThreshold } from '../config/config.js';
import type { FailOn, FailScope } from '../report/exit-decision.js';
import { parseConfigFrom, type ConfigFrom } from './github/base-config.js';
import { parseScope, type Scope } from './github/pull-request.js';
import { maskSecret } from '../output/mask.js';
import type { SourceLinks } from '../report/summary.js';
import {
  parsePullRequestComment,
  parseUploadSarif,
  type PullRequestCommentMode,
  type UploadSarifMode,
} from './publish-plan.js';

/** The action's inputs, read and checked once; paths are absolute. */
export interface ActionInputs {
  /** The checkout (GITHUB_WORKSPACE, else the working directory): relative inputs are resolved against it. */
  workspace: string;
  /** The folder to scan (`path`). */
  root: string;
  /** The scanned folder's place in the checkout, POSIX style ('' for the checkout itself), for paths in reports. */
  folder: string;
  /** `config`; undefined: the default file under the scanned folder, if present. */
  configPath: string | undefined;
  failOn: FailOn;
  /** `fail-on-scope`: whether findings in files a pull request does not change can fail the step. */
  failScope: FailScope;
  sarifPath: string;
  /** `json-file`: where the JSON report is written; by default beside the SARIF file. */
  jsonPath: string;
  /** `upload-sarif`: whether the SARIF goes to code scanning from this step. */
  uploadSarif: UploadSarifMode;
  /** `sarif-category`: the code-scanning category of the upload; undefined: derived from the scanned folder. */
  sarifCategory: string | undefined;
  /** `pr-comment`: whether the pull request gets (or keeps) one comment with the result. */
  prComment: PullRequestCommentMode;
  annotations: boolean;
  include: string[];
  exclude: string[];
  strict: boolean;
  scope: Scope;
  githubToken: string;
  baselinePath: string | undefined;
  checkValues: boolean;
  listSecrets: boolean;
  verifyWithAws: boolean;
  /** Where the config and baseline come from: on pull requests with `auto`, the base commit. */
  configFrom: ConfigFrom;
  /** Whether `ses-credential-hygiene: ignore[…]` comments in the scanned files count. */
  inlineIgnores: boolean;
  /** Where the checkout is on GitHub, for links in the job summary; undefined outside a workflow run. */
  links: SourceLinks | undefined;
}

/** Reads a true/false input; anything else is an error that names the input. */
function booleanInput(name: string, fallback: boolean): boolean {
  const raw = core.getInput(name).trim().toLowerCase();
  if (raw === '') return fallback;
  if (['true', 'yes', 'on', '1'].includes(raw)) return true;
  if (['false', 'no', 'off', '0'].includes(raw)) return false;
  throw new Error(`input ${name} must be true or false, not "${raw}"`);
}

/** Checks an input whose value must be one of a few words; anything else is an error that names the input. */
function oneOf<T>(name: string, raw: string, parse: (value: string) => T | undefined, choices: string): T {
  const parsed = parse(raw);
  if (parsed === undefined) throw new Error(`input ${name} must be ${choices}, not "${raw}"`);
  return parsed;
}

/** Every input of the action: the only place that reads them. Throws an error naming the first bad input. */
export function readActionInputs(env: NodeJS.ProcessEnv = process.env): ActionInputs {
  // Masked before anything else can print it: an API error may quote the token it was sent.
  const githubToken = core.getInput('github-token');
  maskSecret(githubToken);
  const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
  const root = resolve(workspace, core.getInput('path') || '.');
  const configInput = core.getInput('config');
  const baselineInput = core.getInput('baseline');
  const sarifPath = resolve(workspace, core.getInput('sarif-file') || 'ses-credential-hygiene.sarif');
  const jsonInput = core.getInput('json-file');
  return {
    workspace,
    root,
    folder: relative(workspace, root).split('\\').join('/'),
    configPath: configInput ? resolve(workspace, configInput) : undefined,
    failOn: oneOf(
      'fail-on',
      core.getInput('fail-on') || 'error',
      parseSeverityThreshold,
      'error, warning, notice or never',
    ),
    failScope: oneOf('fail-on-scope', core.getInput('fail-on-scope') || 'all', parseFailScope, 'all or changed'),
    sarifPath,
    jsonPath: jsonInput ? resolve(workspace, jsonInput) : besideSarif(sarifPath),
    uploadSarif: oneOf(
      'upload-sarif',
      core.getInput('upload-sarif') || 'auto',
      parseUploadSarif,
      'auto, true or false',
    ),
    sarifCategory: core.getInput('sarif-category').trim() || undefined,
    prComment: oneOf(
      'pr-comment',
      core.getInput('pr-comment') || 'off',
      parsePullRequestComment,
      'off, on-failure or always',
    ),
    annotations: booleanInput('annotations', true),
    include: core.getMultilineInput('include'),
    exclude: core.getMultilineInput('exclude'),
    strict: booleanInput('strict', false),
    scope: oneOf('scope', core.getInput('scope') || 'auto', parseScope, 'auto, changed or all'),
    githubToken,
    baselinePath: baselineInput ? resolve(workspace, baselineInput) : undefined,
    checkValues: booleanInput('check-values', false),
    listSecrets: booleanInput('list-secrets', false),
    verifyWithAws: booleanInput('verify-with-aws', false),
    configFrom: oneOf(
      'config-from',
      core.getInput('config-from') || 'auto',
      parseConfigFrom,
      'auto, workspace or base',
    ),
    inlineIgnores: booleanInput('inline-ignores', true),
    links: sourceLinks(env),
  };
}

/** The JSON report's default place: the SARIF file's, with `.json` for `.sarif`. */
function besideSarif(sarifPath: string): string {
  return sarifPath.endsWith('.sarif') ? `${sarifPath.slice(0, -'.sarif'.length)}.json` : `${sarifPath}.json`;
}

function parseFailScope(value: string): FailScope | undefined {
  const normalized = value.trim().toLowerCase();
  return normalized === 'all' || normalized === 'changed' ? normalized : undefined;
}

/** The blob links' parts from the runner's environment: all three, or none. */
function sourceLinks(env: NodeJS.ProcessEnv): SourceLinks | undefined {
  const serverUrl = env.GITHUB_SERVER_URL?.trim();
  const repository = env.GITHUB_REPOSITORY?.trim();
  const sha = env.GITHUB_SHA?.trim();
  return serverUrl && repository && sha ? { serverUrl, repository, sha } : undefined;
}
