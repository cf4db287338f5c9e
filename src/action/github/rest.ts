import { getOctokit } from '@actions/github';

/** Where and as whom the action calls GitHub's REST API. */
export interface RestTarget {
  token: string;
  /** `owner/name` (GITHUB_REPOSITORY). */
  repository: string;
  /** GITHUB_API_URL, for GitHub Enterprise Server and for tests; api.github.com when absent. */
  apiUrl?: string;
}

/**
 * The headers GitHub asks every REST call to send: the JSON media type and the API version the
 * request and response shapes below were written against (without it GitHub picks its default).
 */
export const restHeaders = { accept: 'application/vnd.github+json', 'x-github-api-version': '2022-11-28' } as const;

/**
 * An authenticated client whose every request, pages of a list included, sends `restHeaders`: one place
 * for them, so that no REST module can forget the API version.
 */
export function apiClient(token: string, apiUrl: string | undefined): ReturnType<typeof getOctokit> {
  const octokit = getOctokit(token, apiUrl ? { baseUrl: apiUrl } : {});
  octokit.hook.before('request', (options) => {
    options.headers = { ...options.headers, ...restHeaders };
  });
  return octokit;
}

/** An authenticated client and the repository's two halves; an ill-formed repository name is an error. */
export function restClient(target: RestTarget): {
  octokit: ReturnType<typeof getOctokit>;
  owner: string;
  repo: string;
} {
  const [owner, repo, ...rest] = target.repository.split('/');
  if (!owner || !repo || rest.length > 0) throw new Error(`GITHUB_REPOSITORY "${target.repository}" is not owner/name`);
  return { octokit: apiClient(target.token, target.apiUrl), owner, repo };
}

/** The HTTP status of an Octokit error, when it has one. */
export function httpStatusOf(error: unknown): number | undefined {
  if (error && typeof error === 'object' && 'status' in error && typeof error.status === 'number') return error.status;
  return undefined;
}
