import { isRecord, isSet } from '../../common/plain-data.js';
import type { NameClassifier } from '../../model/references.js';
import { classifyName } from '../../credentials/names.js';
import { emptyIam, type IamFacts } from '../../model/iam.js';
import { Evaluator } from './evaluate.js';
import { readExposures } from './exposures.js';
import { TerraformIam } from './iam-facts.js';
import { TerraformConfiguration } from './configuration.js';
import type { TerraformSource } from './source.js';
import { readWrongSmtpUserNames } from './smtp-user-names.js';
import { readValueFlows, type ValueFlow } from './value-flows.js';
import { nonCredentialVariables } from './variable-types.js';

/** What the whole configuration says, every value read through one evaluator. */
export interface ConfigurationFacts {
  iam: IamFacts;
  /** Access-key values reaching the slots of blocks. */
  flows: ValueFlow[];
  /** Variables holding booleans or numbers (keys of `variableKey`). */
  nonCredentialVariables: Set<string>;
}

/** The facts of a configuration, and the files they were read from (each parsed, so in the configuration). */
export interface ReadConfiguration {
  facts: ConfigurationFacts;
  files: string[];
}

/**
 * Whether a value kept from an earlier scan (the parse cache, already checked to be plain data) has the
 * shape the join reads; `null` is a configuration with no file parsed.
 */
export function isReadConfiguration(value: unknown): value is ReadConfiguration | null {
  if (value === null) return true;
  if (!isRecord(value) || !Array.isArray(value.files) || !value.files.every((file) => typeof file === 'string'))
    return false;
  const facts = value.facts;
  if (!isRecord(facts) || !isRecord(facts.iam) || !Array.isArray(facts.flows)) return false;
  if (!isSet(facts.nonCredentialVariables)) return false;
  const iam = facts.iam;
  return Object.keys(emptyIam()).every((key) => Array.isArray(iam[key]));
}

export function readConfiguration(
  sources: readonly TerraformSource[],
  classify: NameClassifier = (name) => classifyName(name),
): ConfigurationFacts {
  const configuration = new TerraformConfiguration(sources);
  const evaluator = new Evaluator(configuration);
  const { iam } = new TerraformIam(configuration, evaluator);
  iam.exposures.push(...readExposures(configuration, evaluator));
  const wrong = readWrongSmtpUserNames(configuration, evaluator, classify);
  iam.wrongSmtpUserNames.push(...wrong.userNames);
  iam.secretsAsSmtpPasswords.push(...wrong.secrets);
  return {
    iam,
    flows: readValueFlows(configuration, evaluator),
    nonCredentialVariables: nonCredentialVariables(configuration),
  };
}
