import { apiClient } from './rest.js';
import { readFileSync } from 'node:fs';

export type Scope = 'auto' | 'changed' | 'all';

export function parseScope(value: string): Scope | undefined {
  const scope = value.trim().toLowerCase() || 'auto';
  return scope === 'auto' || scope === 'changed' || scope === 'all' ? scope : undefined;
}

const pullRequestEvents = new Set(['pull_request', 'pull_request_target']);

/** The pull request this run is for, from the event payload the runner writes to GITHUB_EVENT_PATH. */
export function pullRequestOfEvent(env: NodeJS.ProcessEnv): number | undefined {
  if (!env.GITHUB_EVENT_PATH) return undefined;
  try {
    const payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as {
      pull_request?: { number?: unknown };
      number?: unknown;
    };
    const number = payload.pull_request?.number ?? payload.number;
    return typeof number === 'number' ? number : undefined;
  } catch {
    return undefined;
  }
}

/** Whether findings are limited to changed files: `auto` does so on pull-request events only. */
export function wantsChangedFiles(scope: Scope, eventName: string | undefined): boolean {
  return scope === 'changed' || (scope === 'auto' && pullRequestEvents.has(eventName ?? ''));
}

/**
 * Lists the files a pull request changes (new names of renamed files, and removed files), through
 * the REST API with pagination, so pull requests with thousands of files are complete.
 */
export async function changedFiles(options: {
  token: string;
  repository: string;
  pullNumber: number;
  apiUrl?: string;
}): Promise<Set<string>> {
  const [owner, repo] = options.repository.split('/');
  if (!owner || !repo) throw new Error(`GITHUB_REPOSITORY "${options.repository}" is not owner/name`);
  const octokit = apiClient(options.token, options.apiUrl);
  const files = await octokit.paginate(octokit.rest.pulls.listFiles, {
    owner,
    repo,
    pull_number: options.pullNumber,
    per_page: 100,
  });
  return new Set(files.map((file) => file.filename));
}
