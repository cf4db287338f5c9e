import { factsForRegions, type ValueEvidence } from '../credentials/check-values.js';
import type { RepositoryContext } from '../model/repository.js';

/**
 * What the action learnt outside the files before the scan, as plain data: evidence from the values
 * handed to the step (masked; no value kept) and the secrets the repository defines.
 */
export interface OutsideFacts {
  values: readonly ValueEvidence[];
  definedSecrets?: RepositoryContext['definedSecrets'];
}

/** The repository context the rules see, once the workflows' SES SMTP regions are known. */
export function repositoryContext(facts: OutsideFacts, smtpRegions: readonly string[]): RepositoryContext {
  return {
    values: factsForRegions(facts.values, smtpRegions),
    ...(facts.definedSecrets ? { definedSecrets: facts.definedSecrets } : {}),
  };
}
