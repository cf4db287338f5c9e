import { awsRegions } from './endpoints.js';
import type { CredentialKind } from '../model/kinds.js';
import type { NameClassification } from './names.js';
import { deriveSmtpPasswordV4 } from './smtp-password.js';
import type { ValueFacts, Verification } from '../model/repository.js';
import { classifyValue } from './values.js';
import { sameStem } from './pair-names.js';

/** Variables the runner and this action set, never user credentials. */
const runnerVariable = /^(?:GITHUB|RUNNER|INPUT|ACTIONS|CI|HOME|PATH|NODE|NPM)_|^(?:CI|HOME|PATH|PWD|SHELL|USER)$/;

/** The step's environment variables whose names say they hold a credential. */
export function credentialVariables(
  env: NodeJS.ProcessEnv,
  classify: (name: string) => NameClassification | undefined,
): Array<{ name: string; value: string; kind: CredentialKind }> {
  const found: Array<{ name: string; value: string; kind: CredentialKind }> = [];
  for (const [name, value] of Object.entries(env)) {
    if (!value || runnerVariable.test(name)) continue;
    const kind = classify(name)?.kind;
    if (kind && kind !== 'ambiguous') found.push({ name, value, kind });
  }
  return found.sort((a, b) => (a.name < b.name ? -1 : 1));
}

/**
 * What a credential value shows without the workflows being known: the kind its shape shows and, for
 * an SMTP password given beside a secret access key, the regions (of all AWS regions) for which it is
 * that key's derivation. Plain data: no value is kept.
 */
export interface ValueEvidence {
  name: string;
  nameKind: CredentialKind;
  shapeKind: CredentialKind | undefined;
  verification?: Verification;
  derivedFrom?: { secretName: string; regions: string[] };
}

/** Reads credential values by shape and, given a secret access key beside an SMTP password, by derivation in every region. */
export function valueEvidence(
  variables: ReadonlyArray<{ name: string; value: string; kind: CredentialKind }>,
): ValueEvidence[] {
  // By name, not shape: a key given under a secret-key name is the one to derive from.
  const secretKey = variables.find(
    (variable) =>
      variable.kind === 'secret-access-key' && !classifyValue(variable.value)?.kind?.startsWith('smtp-password'),
  );
  return variables.map((variable) => {
    const shapeKind = classifyValue(variable.value)?.kind;
    const evidence: ValueEvidence = { name: variable.name, nameKind: variable.kind, shapeKind };
    if (
      secretKey &&
      (variable.kind === 'smtp-password' || variable.kind === 'smtp-password-v2') &&
      shapeKind === 'smtp-password'
    ) {
      const regions = awsRegions.filter((region) => deriveSmtpPasswordV4(secretKey.value, region) === variable.value);
      evidence.derivedFrom = { secretName: secretKey.name, regions };
    }
    return evidence;
  });
}

/**
 * Judges the evidence against the regions of the SMTP endpoints the repository uses: a password derived
 * for one of them matches, one derived for another region is told apart from one made from another key.
 * With no region in use, a derivation for any region matches.
 */
export function factsForRegions(evidence: readonly ValueEvidence[], smtpRegions: readonly string[]): ValueFacts[] {
  return evidence.map(({ derivedFrom, ...facts }) => {
    if (!derivedFrom) return facts;
    const expectedMatch = smtpRegions.find((region) => derivedFrom.regions.includes(region));
    const anyMatch = expectedMatch ?? derivedFrom.regions[0];
    return {
      ...facts,
      derivation: {
        status:
          expectedMatch || (smtpRegions.length === 0 && anyMatch) ? 'match' : anyMatch ? 'region-mismatch' : 'mismatch',
        ...(anyMatch ? { region: anyMatch } : {}),
        secretName: derivedFrom.secretName,
        expectedRegions: [...smtpRegions],
      },
    };
  });
}

/**
 * Checks credential values by shape and, given a secret access key beside an SMTP password, by
 * derivation: for the regions of the SMTP endpoints the repository uses, then for every region, so a
 * password made for another region is told apart from one made from another key.
 */
export function checkValues(
  variables: ReadonlyArray<{ name: string; value: string; kind: CredentialKind }>,
  smtpRegions: readonly string[],
): ValueFacts[] {
  return factsForRegions(valueEvidence(variables), smtpRegions);
}

/** Access key pairs among the variables: by shared stem, or the only ID with the only secret. */
export function accessKeyPairs(
  variables: ReadonlyArray<{ name: string; value: string; kind: CredentialKind }>,
): Array<{ idName: string; accessKeyId: string; secretAccessKey: string; sessionToken?: string }> {
  const ids = variables.filter((v) => v.kind === 'access-key-id');
  const secrets = variables.filter((v) => v.kind === 'secret-access-key');
  const tokens = variables.filter((v) => v.kind === 'session-token');
  return ids.flatMap((id) => {
    const secret =
      secrets.find((s) => sameStem(s.name, id.name)) ??
      (ids.length === 1 && secrets.length === 1 ? secrets[0] : undefined);
    if (!secret) return [];
    const token = tokens.find((t) => sameStem(t.name, id.name));
    return [
      {
        idName: id.name,
        accessKeyId: id.value,
        secretAccessKey: secret.value,
        ...(token ? { sessionToken: token.value } : {}),
      },
    ];
  });
}
