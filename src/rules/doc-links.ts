import { toolVersion } from '../common/version.js';

/** package.json's `repository`, as a web address; a test keeps the two equal. */
export const publishedRepositoryUrl = 'https://github.com/ses-credential-hygiene/ses-credential-hygiene';

/**
 * The ref the published repository's documentation is read from when no action ref is known: this
 * release's tag, so that a page describes the rule as this version applies it (main may have moved on).
 */
const releaseTag = `v${toolVersion}`;

export type Environment = Readonly<Record<string, string | undefined>>;

const repositoryName = /^[A-Za-z0-9-]+\/[A-Za-z0-9._-]+$/;
// A tag, branch or commit as git allows them, narrowed to characters that need no escaping in a URL path.
const safeRef = /^(?!.*\.\.)[A-Za-z0-9._-]+(?:\/[A-Za-z0-9._-]+)*$/;

/**
 * Where the rule pages live. Run as an action, GitHub names the repository and ref the action came from,
 * so the links match the version that produced the findings (and a fork's own pages); run any other way
 * (the CLI, or the action from a local path, where both variables are empty), the published repository at
 * this version's tag.
 */
export function ruleDocsBaseUrl(environment: Environment): string {
  const repository = environment.GITHUB_ACTION_REPOSITORY?.trim() ?? '';
  const ref = environment.GITHUB_ACTION_REF?.trim() ?? '';
  if (repositoryName.test(repository) && safeRef.test(ref))
    return `https://github.com/${repository}/blob/${ref}/docs/rules/`;
  return `${publishedRepositoryUrl}/blob/${releaseTag}/docs/rules/`;
}

/** The page of one rule, docs/rules/<id>.md, where `environment` says the documentation lives. */
export function ruleDocUrl(ruleId: string, environment: Environment): string {
  return `${ruleDocsBaseUrl(environment)}${ruleId}.md`;
}
