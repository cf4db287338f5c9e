import type { NameClassifier } from '../../credentials/classify.js';
import { classifyName } from '../../credentials/names.js';
import type { IamFacts } from '../../model/iam.js';
import type { Span } from '../../model/references.js';
import { Evaluator } from './evaluate.js';
import { readExposures } from './exposures.js';
import { TerraformIam } from './iam-facts.js';
import { TerraformConfiguration, type TerraformSource } from './modules.js';
import { readWrongSmtpUserNames } from './smtp-user-names.js';
import { readValueFlows, type ValueFlow } from './value-flows.js';

/** A module call whose source is not a folder of the checkout (registry, git, URL): named, not read. */
export interface UnfollowedModule {
  file: string;
  span: Span;
  name: string;
  source: string;
}

/** What the whole configuration says, every value read through one evaluator. */
export interface ConfigurationFacts {
  iam: IamFacts;
  /** Access-key values reaching the slots of blocks. */
  flows: ValueFlow[];
  unfollowedModules: UnfollowedModule[];
  /** An evaluation limit was reached: some flows may be missing. */
  truncated: boolean;
}

export function readConfiguration(
  sources: readonly TerraformSource[],
  classify: NameClassifier = (name) => classifyName(name),
): ConfigurationFacts {
  const configuration = new TerraformConfiguration(sources);
  const evaluator = new Evaluator(configuration);
  const { iam } = new TerraformIam(configuration, evaluator);
  iam.exposures.push(...readExposures(configuration, evaluator));
  iam.wrongSmtpUserNames.push(...readWrongSmtpUserNames(configuration, evaluator, classify));
  const unfollowedModules = configuration.notFollowed().map((call) => ({
    file: call.source.path,
    span: call.source.nodeSpan(call.block.node),
    name: call.name,
    source: call.sourceText ?? '',
  }));
  const flows = readValueFlows(configuration, evaluator);
  return { iam, flows, unfollowedModules, truncated: evaluator.truncated };
}
