/** The facts the action gathers outside the files before it scans; each source reports its own failures as warnings. */
import * as core from '@actions/core';
import type { ActionInputs } from './inputs.js';
import type { Config } from '../config/config.js';
import { accessKeyPairs, credentialVariables, valueEvidence, type ValueEvidence } from '../credentials/check-values.js';
import { classifyName } from '../credentials/names.js';
import { scrubCredentials } from '../credentials/values.js';
import { verifyAccessKey } from '../credentials/verify.js';
import { errorText } from '../credentials/error-text.js';
import { changedFiles, pullRequestOfEvent, wantsChangedFiles } from './github/pull-request.js';
import { listDefinedSecrets } from './github/secrets.js';
import type { Verification } from '../model/repository.js';
import { maskSecret } from '../output/mask.js';
import type { OutsideFacts } from '../scan/outside-facts.js';

const prefix = 'ses-credential-hygiene:';

function apiUrlOf(env: NodeJS.ProcessEnv): { apiUrl?: string } {
  return env.GITHUB_API_URL ? { apiUrl: env.GITHUB_API_URL } : {};
}

/** Asks STS about every access key pair among the variables; an unreachable STS is a warning, never a finding. */
async function verifyPairs(
  variables: ReturnType<typeof credentialVariables>,
  env: NodeJS.ProcessEnv,
): Promise<Map<string, Verification>> {
  const verifications = new Map<string, Verification>();
  for (const pair of accessKeyPairs(variables)) {
    const verification = await verifyAccessKey(pair, {
      region: env.AWS_REGION ?? 'us-east-1',
      ...(env.AWS_ENDPOINT_URL_STS ? { endpoint: env.AWS_ENDPOINT_URL_STS } : {}),
    });
    if (verification.status === 'error')
      core.warning(
        `${prefix} could not ask AWS about \`${pair.idName}\` (${scrubCredentials(verification.reason)}); it was not verified.`,
      );
    verifications.set(pair.idName, verification);
  }
  return verifications;
}

/**
 * With `check-values` or `verify-with-aws`: reads the credential values the step was given as environment
 * variables, masks every one of them before anything else happens, and returns what they show, without
 * them. No value leaves this function.
 */
async function readValueEvidence(
  inputs: ActionInputs,
  config: Config,
  env: NodeJS.ProcessEnv,
): Promise<ValueEvidence[]> {
  const variables = credentialVariables(env, (name) => classifyName(name, config.nameRules));
  for (const variable of variables) maskSecret(variable.value);
  core.info(
    `${prefix} checking ${variables.length} credential value(s): ${variables.map((variable) => variable.name).join(', ') || "none found among the step's environment variables"}`,
  );
  const verifications = inputs.verifyWithAws ? await verifyPairs(variables, env) : new Map<string, Verification>();
  const evidence: ValueEvidence[] = inputs.checkValues
    ? valueEvidence(variables)
    : variables
        .filter((variable) => verifications.has(variable.name))
        .map((variable) => ({ name: variable.name, nameKind: variable.kind, shapeKind: undefined }));
  return evidence.map((facts) => {
    const verification = verifications.get(facts.name);
    return verification ? { ...facts, verification } : facts;
  });
}

/** With `list-secrets`: the names of the secrets the repository can see, classified; undefined on failure (with a warning). */
async function definedSecrets(
  inputs: ActionInputs,
  config: Config,
  env: NodeJS.ProcessEnv,
): Promise<OutsideFacts['definedSecrets']> {
  try {
    const secrets = await listDefinedSecrets({
      token: inputs.githubToken,
      repository: env.GITHUB_REPOSITORY ?? '',
      ...apiUrlOf(env),
    });
    return secrets.map((secret) => {
      const classified = classifyName(secret.name, config.nameRules);
      return { name: secret.name, scope: secret.scope, kind: classified?.kind, root: classified?.root === true };
    });
  } catch (error) {
    core.warning(
      `${prefix} could not list the repository's secrets (${errorText(error)}); the token needs the "Secrets: read" permission. Skipping undefined-secret.`,
    );
    return undefined;
  }
}

/** The values' evidence and the defined secrets, as plain data for the scan; undefined when no input asks for them. */
export async function gatherOutsideFacts(
  inputs: ActionInputs,
  config: Config,
  env: NodeJS.ProcessEnv,
): Promise<OutsideFacts | undefined> {
  const readsValues = inputs.checkValues || inputs.verifyWithAws;
  if (!readsValues && !inputs.listSecrets) return undefined;
  const values = readsValues ? await readValueEvidence(inputs, config, env) : [];
  const defined = inputs.listSecrets ? await definedSecrets(inputs, config, env) : undefined;
  if (!readsValues && !defined) return undefined;
  return { values, ...(defined ? { definedSecrets: defined } : {}) };
}

/**
 * In pull-request mode, the files the pull request changes (paths from the repository root); undefined
 * when every finding is to be annotated: scope `all`, not a pull request, or the API failed (a warning).
 */
export async function pullRequestFiles(inputs: ActionInputs, env: NodeJS.ProcessEnv): Promise<Set<string> | undefined> {
  if (!wantsChangedFiles(inputs.scope, env.GITHUB_EVENT_NAME)) return undefined;
  const pullNumber = pullRequestOfEvent(env);
  if (pullNumber === undefined) {
    core.warning(
      `${prefix} scope asks for changed files, but this run is not for a pull request; annotating every finding.`,
    );
    return undefined;
  }
  try {
    return await changedFiles({
      token: inputs.githubToken,
      repository: env.GITHUB_REPOSITORY ?? '',
      pullNumber,
      ...apiUrlOf(env),
    });
  } catch (error) {
    core.warning(
      `${prefix} could not list the files of pull request #${pullNumber} (${errorText(error)}); annotating every finding.`,
    );
    return undefined;
  }
}
