import { apiClient } from './rest.js';

export type RemoteFile = { found: true; text: string } | { found: false };

export class RemoteFileError extends Error {}

/**
 * Reads one file of the repository as it is at commit `ref`, through the REST contents endpoint, so
 * a shallow checkout of a pull request can still see its base commit. A missing file (404) is
 * `found: false`; a folder, a link, a submodule or a file over `maxBytes` is an error.
 */
export async function readFileAtCommit(options: {
  token: string;
  repository: string;
  path: string;
  ref: string;
  maxBytes: number;
  apiUrl?: string;
}): Promise<RemoteFile> {
  const [owner, repo] = options.repository.split('/');
  if (!owner || !repo) throw new RemoteFileError(`GITHUB_REPOSITORY "${options.repository}" is not owner/name`);
  if (!/^[0-9a-f]{40}(?:[0-9a-f]{24})?$/i.test(options.ref))
    throw new RemoteFileError(`"${options.ref}" is not a commit SHA`);
  const octokit = apiClient(options.token, options.apiUrl);
  let data: unknown;
  try {
    ({ data } = await octokit.rest.repos.getContent({ owner, repo, path: options.path, ref: options.ref }));
  } catch (error) {
    if (statusOf(error) === 404) return { found: false };
    throw error;
  }
  if (!isFileContent(data)) throw new RemoteFileError(`${options.path} at ${options.ref} is not a file`);
  if (data.size > options.maxBytes)
    throw new RemoteFileError(`${options.path} at ${options.ref} is larger than ${options.maxBytes} bytes`);
  if (data.encoding !== 'base64')
    throw new RemoteFileError(`${options.path} at ${options.ref} came without its content (${data.encoding})`);
  const bytes = Buffer.from(data.content, 'base64');
  if (bytes.length > options.maxBytes)
    throw new RemoteFileError(`${options.path} at ${options.ref} is larger than ${options.maxBytes} bytes`);
  return { found: true, text: bytes.toString('utf8') };
}

function statusOf(error: unknown): number | undefined {
  if (error && typeof error === 'object' && 'status' in error && typeof error.status === 'number') return error.status;
  return undefined;
}

function isFileContent(data: unknown): data is { type: 'file'; encoding: string; content: string; size: number } {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return false;
  const record = data as Record<string, unknown>;
  return (
    record.type === 'file' &&
    typeof record.encoding === 'string' &&
    typeof record.content === 'string' &&
    typeof record.size === 'number'
  );
}
