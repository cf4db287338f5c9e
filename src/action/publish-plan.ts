import type { PullRequestEvent } from './github/base-config.js';

/** `upload-sarif`: auto uploads when the run's token may write code-scanning results. */
export type UploadSarifMode = 'auto' | 'true' | 'false';
/** `pr-comment`: never, only when the step fails (an earlier comment is still updated), or on every run. */
export type PullRequestCommentMode = 'off' | 'on-failure' | 'always';

export function parseUploadSarif(value: string): UploadSarifMode | undefined {
  const mode = value.trim().toLowerCase() || 'auto';
  return mode === 'auto' || mode === 'true' || mode === 'false' ? mode : undefined;
}

export function parsePullRequestComment(value: string): PullRequestCommentMode | undefined {
  const mode = value.trim().toLowerCase() || 'off';
  return mode === 'off' || mode === 'on-failure' || mode === 'always' ? mode : undefined;
}

/** The facts of the workflow run that decide what the action may publish, from the runner's variables. */
export interface WorkflowRun {
  repository: string | undefined;
  sha: string | undefined;
  ref: string | undefined;
  eventName: string | undefined;
  actor: string | undefined;
  pull: PullRequestEvent | undefined;
}

export function workflowRunOf(env: NodeJS.ProcessEnv, pull: PullRequestEvent | undefined): WorkflowRun {
  const value = (name: string) => env[name]?.trim() || undefined;
  return {
    repository: value('GITHUB_REPOSITORY'),
    sha: value('GITHUB_SHA'),
    ref: value('GITHUB_REF'),
    eventName: value('GITHUB_EVENT_NAME'),
    actor: value('GITHUB_ACTOR'),
    pull,
  };
}

/**
 * Why the run's GITHUB_TOKEN cannot write to the repository, or undefined when it may. GitHub gives a
 * read-only token to `pull_request` runs of a fork's pull request and to runs Dependabot triggers,
 * whatever the workflow's `permissions:` ask for (`pull_request_target` runs get a writing token).
 */
export function readOnlyTokenReason(run: WorkflowRun): string | undefined {
  if (run.eventName === 'pull_request' && run.pull?.fromFork)
    return "this pull request comes from a fork, and GitHub gives a fork's pull_request runs a read-only token";
  if (run.actor === 'dependabot[bot]' && (run.eventName === 'pull_request' || run.eventName === 'push'))
    return "this run was triggered by Dependabot, and GitHub gives Dependabot's runs a read-only token";
  return undefined;
}

export type Decision = { go: true } | { go: false; notice?: string };

/**
 * Whether to upload the SARIF: `false` never, `true` always (a failure then fails the step), `auto` when
 * the token may (a notice says why not). Outside a workflow run there is nothing to upload to.
 */
export function decideSarifUpload(mode: UploadSarifMode, run: WorkflowRun): Decision {
  if (mode === 'false') return { go: false };
  if (!run.repository || !run.sha || !run.ref) {
    if (mode === 'true')
      throw new Error('upload-sarif is true, but GITHUB_REPOSITORY, GITHUB_SHA or GITHUB_REF is not set');
    return { go: false };
  }
  const readOnly = mode === 'auto' ? readOnlyTokenReason(run) : undefined;
  if (readOnly)
    return {
      go: false,
      notice: `SARIF not uploaded to code scanning: ${readOnly}. The annotations, the job summary and the SARIF file still hold every finding.`,
    };
  return { go: true };
}

export type CommentDecision = { go: true; pullNumber: number; create: boolean } | { go: false; notice?: string };

/**
 * Whether to comment on the pull request: only on one, and only with a token that may write. With
 * `on-failure`, a passing run adds no comment but still updates an earlier one, so that it never goes stale.
 * The review with fix suggestions follows the same decision: posted where a comment would be created.
 */
export function decideComment(mode: PullRequestCommentMode, run: WorkflowRun, failed: boolean): CommentDecision {
  if (mode === 'off') return { go: false };
  if (!run.pull || !run.repository) return { go: false };
  const readOnly = readOnlyTokenReason(run);
  if (readOnly)
    return {
      go: false,
      notice: `No comment or fix suggestions posted on pull request #${run.pull.number}: ${readOnly}. The annotations and the job summary show the result.`,
    };
  return { go: true, pullNumber: run.pull.number, create: mode === 'always' || failed };
}
