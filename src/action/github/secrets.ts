import { apiClient } from './rest.js';

/** Where a defined secret lives. Values are never requested: the endpoints return names only. */
export interface DefinedSecret {
  name: string;
  scope: 'repository' | 'organization' | `environment:${string}`;
}

/**
 * Lists the names of the repository's secrets, its environments' secrets and the organisation secrets
 * shared with it. Needs a token allowed to read secret metadata (repository permission "Secrets:
 * read-only", and "Environments: read-only" for environment secrets); the default GITHUB_TOKEN is not.
 */
export async function listDefinedSecrets(options: {
  token: string;
  repository: string;
  apiUrl?: string;
}): Promise<DefinedSecret[]> {
  const [owner, repo] = options.repository.split('/');
  if (!owner || !repo) throw new Error(`GITHUB_REPOSITORY "${options.repository}" is not owner/name`);
  const octokit = apiClient(options.token, options.apiUrl);
  const secrets: DefinedSecret[] = [];
  for (const secret of await octokit.paginate(octokit.rest.actions.listRepoSecrets, { owner, repo, per_page: 100 }))
    secrets.push({ name: secret.name, scope: 'repository' });
  for (const secret of await octokit.paginate(octokit.rest.actions.listRepoOrganizationSecrets, {
    owner,
    repo,
    per_page: 100,
  }))
    secrets.push({ name: secret.name, scope: 'organization' });
  // This endpoint's pages are not recognised by paginate's typings, so the pages are walked by hand.
  const environments: Array<{ name: string }> = [];
  for (let page = 1; ; page++) {
    const { data } = await octokit.rest.repos.getAllEnvironments({ owner, repo, per_page: 100, page });
    environments.push(...(data.environments ?? []));
    if ((data.environments?.length ?? 0) < 100) break;
  }
  for (const environment of environments) {
    const name = environment.name;
    for (const secret of await octokit.paginate(octokit.rest.actions.listEnvironmentSecrets, {
      owner,
      repo,
      environment_name: name,
      per_page: 100,
    }))
      secrets.push({ name: secret.name, scope: `environment:${name}` });
  }
  return secrets;
}
