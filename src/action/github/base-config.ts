import { readFileSync } from 'node:fs';
import { readFileAtCommit } from './contents.js';

export type ConfigFrom = 'auto' | 'workspace' | 'base';

export function parseConfigFrom(value: string): ConfigFrom | undefined {
  const from = value.trim().toLowerCase() || 'auto';
  return from === 'auto' || from === 'workspace' || from === 'base' ? from : undefined;
}

/** The pull request of this run, from the event payload the runner writes (trusted: not from the checkout). */
export interface PullRequestEvent {
  number: number;
  baseSha: string;
  /** The head is in another repository (a fork). */
  fromFork: boolean;
  /** The pull request's head commit, which review comments are made on; undefined when the payload lacks it. */
  headSha?: string;
}

const pullRequestEvents = new Set(['pull_request', 'pull_request_target']);

export function pullRequestEvent(env: NodeJS.ProcessEnv): PullRequestEvent | undefined {
  if (!pullRequestEvents.has(env.GITHUB_EVENT_NAME ?? '') || !env.GITHUB_EVENT_PATH) return undefined;
  let payload: unknown;
  try {
    payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8'));
  } catch {
    return undefined;
  }
  const pull = field(payload, 'pull_request');
  const number = field(pull, 'number');
  const baseSha = field(field(pull, 'base'), 'sha');
  if (typeof number !== 'number' || typeof baseSha !== 'string') return undefined;
  const headRepository = field(field(field(pull, 'head'), 'repo'), 'full_name');
  const baseRepository = field(field(field(pull, 'base'), 'repo'), 'full_name');
  const headSha = field(field(pull, 'head'), 'sha');
  return {
    number,
    baseSha,
    fromFork: typeof headRepository === 'string' && headRepository !== baseRepository,
    ...(typeof headSha === 'string' ? { headSha } : {}),
  };
}

function field(value: unknown, name: string): unknown {
  return value && typeof value === 'object' && name in value ? (value as Record<string, unknown>)[name] : undefined;
}

/**
 * Where the config and baseline come from: on pull-request events with `auto`, the base commit, so a
 * pull request cannot choose the rules it is checked by; elsewhere the workspace.
 */
export function configFromBase(from: ConfigFrom, event: PullRequestEvent | undefined): boolean {
  if (from === 'workspace') return false;
  if (from === 'base' && !event) throw new Error('config-from is base, but this run is not for a pull request');
  return event !== undefined;
}

export interface BaseFile {
  /** Path relative to the repository root. */
  path: string;
  /** Undefined: the file does not exist at the base commit. */
  text: string | undefined;
}

/** Reads files as they are at the pull request's base commit; a missing file means the defaults. */
export async function readBaseFiles(options: {
  token: string;
  repository: string;
  baseSha: string;
  paths: readonly string[];
  maxBytes: number;
  apiUrl?: string;
}): Promise<BaseFile[]> {
  const files: BaseFile[] = [];
  for (const path of options.paths) {
    const file = await readFileAtCommit({
      token: options.token,
      repository: options.repository,
      path,
      ref: options.baseSha,
      maxBytes: options.maxBytes,
      ...(options.apiUrl ? { apiUrl: options.apiUrl } : {}),
    });
    files.push({ path, text: file.found ? file.text : undefined });
  }
  return files;
}
