import * as core from '@actions/core';
import { pathToFileURL } from 'node:url';
import { errorText } from '../credentials/error-text.js';
import { toolName } from '../common/version.js';
import { commentMarker } from '../report/summary/comment.js';
import { join } from 'node:path';
import { readCheckoutFile } from '../discovery/read.js';
import type { Finding } from '../model/findings.js';
import { upsertPullRequestComment } from './github/pr-comment.js';
import { postSuggestionReview, pullRequestHunks, reviewCommentBodies } from './github/review-suggestions.js';
import { planSuggestions } from './suggestions.js';
import type { RestTarget } from './github/rest.js';
import { uploadSarif, type Polling } from './github/sarif-upload.js';
import {
  decideComment,
  decideSarifUpload,
  type PullRequestCommentMode,
  type UploadSarifMode,
  type WorkflowRun,
} from './publish-plan.js';

// What the action publishes to GitHub after writing its files: each step fails alone, with a message.

const prefix = `${toolName}:`;

/** GitHub's processing status is awaited this long by default: 6 polls, 2 s apart. */
export const defaultPolling: Polling = { attempts: 6, delayMs: 2000 };

export interface SarifPublication {
  mode: UploadSarifMode;
  run: WorkflowRun;
  api: RestTarget;
  /** The SARIF as written; undefined when it could not be rendered. */
  sarif: string | undefined;
  workspace: string;
  /** `sarif-category`; else the tool and the scanned folder, so two scans of one repository keep two analyses. */
  category: string | undefined;
  folder: string;
  polling: Polling;
}

/**
 * Uploads the SARIF to code scanning when `upload-sarif` says so and reports GitHub's processing status.
 * Returns the reason the step fails, if it does: with `auto`, a refused upload (code scanning off, no
 * `security-events: write`) is a warning, since the SARIF file is still there for another step.
 */
export async function publishSarif(publication: SarifPublication): Promise<string | undefined> {
  const { mode, run } = publication;
  let decision: ReturnType<typeof decideSarifUpload>;
  try {
    decision = decideSarifUpload(mode, run);
  } catch (error) {
    return errorText(error);
  }
  if (!decision.go) {
    if (decision.notice) core.notice(`${prefix} ${decision.notice}`);
    return undefined;
  }
  const failed = (reason: string): string | undefined => {
    const text = `could not upload the SARIF to code scanning: ${reason}`;
    if (mode === 'true') return text;
    core.warning(`${prefix} ${text}`);
    return undefined;
  };
  if (publication.sarif === undefined) return failed('the SARIF report could not be rendered');
  try {
    const outcome = await uploadSarif(
      publication.api,
      {
        sarif: publication.sarif,
        commitSha: run.sha ?? '',
        ref: run.ref ?? '',
        checkoutUri: pathToFileURL(publication.workspace).href,
        toolName,
        category: publication.category ?? (publication.folder ? `${toolName}/${publication.folder}` : toolName),
      },
      publication.polling,
    );
    if (outcome.status === 'complete')
      core.info(
        `${prefix} SARIF uploaded to code scanning for ${run.ref} (upload ${outcome.id}); processing complete.`,
      );
    else if (outcome.status === 'pending')
      core.info(
        `${prefix} SARIF uploaded to code scanning for ${run.ref} (upload ${outcome.id}); GitHub is still processing it.`,
      );
    else return failed(`GitHub could not process it (${outcome.errors.join('; ') || 'no reason given'})`);
    return undefined;
  } catch (error) {
    return failed(
      `${errorText(error)}; the job needs \`permissions: security-events: write\` and code scanning enabled`,
    );
  }
}

export interface CommentPublication {
  mode: PullRequestCommentMode;
  run: WorkflowRun;
  api: RestTarget;
  failed: boolean;
  render: () => string;
}

/**
 * Creates or updates the pull request's one comment when `pr-comment` says so. A failure is a warning:
 * the comment repeats what the summary says, so it never fails the step.
 */
export async function publishComment(publication: CommentPublication): Promise<void> {
  const decision = decideComment(publication.mode, publication.run, publication.failed);
  if (!decision.go) {
    if (decision.notice) core.notice(`${prefix} ${decision.notice}`);
    return;
  }
  try {
    const outcome = await upsertPullRequestComment(publication.api, decision.pullNumber, publication.render(), {
      marker: commentMarker,
      create: decision.create,
    });
    if (outcome.action !== 'none')
      core.info(
        `${prefix} pull request #${decision.pullNumber}: comment ${outcome.action}${outcome.url ? ` (${outcome.url})` : ''}.`,
      );
  } catch (error) {
    core.warning(
      `${prefix} could not comment on pull request #${decision.pullNumber} (${errorText(error)}); the job needs \`permissions: pull-requests: write\`.`,
    );
  }
}

export interface SuggestionPublication {
  mode: PullRequestCommentMode;
  run: WorkflowRun;
  api: RestTarget;
  failed: boolean;
  findings: readonly Finding[];
  /** The checkout, which the findings' paths are relative to. */
  workspace: string;
}

/** A file is read for a suggestion only if it is this small: scanned files are, and a suggestion is a few lines of it. */
const maxSuggestionFileBytes = 4 * 1024 * 1024;

/**
 * Offers the fixes that touch only lines the pull request changes as review comments with ```suggestion
 * blocks, in one review, when `pr-comment` would create the comment. A suggestion posted by an earlier run
 * (its hidden marker is on a review comment) is not posted again. A failure is a warning, as for the comment.
 */
export async function publishSuggestions(publication: SuggestionPublication): Promise<void> {
  if (!publication.findings.some((finding) => finding.fix)) return;
  // The comment's decision, whose notice (forks, Dependabot) already says that no suggestion is posted.
  const decision = decideComment(publication.mode, publication.run, publication.failed);
  if (!decision.go || !decision.create) return;
  try {
    const hunks = await pullRequestHunks(publication.api, decision.pullNumber);
    const planned = planSuggestions({
      findings: publication.findings,
      hunks,
      readFile: (path) => {
        const read = readCheckoutFile(join(publication.workspace, path), maxSuggestionFileBytes, {
          root: publication.workspace,
        });
        return read.ok ? read.text : undefined;
      },
    });
    if (planned.length === 0) return;
    const posted = await reviewCommentBodies(publication.api, decision.pullNumber);
    const fresh = planned.filter((comment) => !posted.some((body) => body.includes(comment.marker)));
    if (fresh.length === 0) {
      core.info(`${prefix} pull request #${decision.pullNumber}: every fix suggestion was posted by an earlier run.`);
      return;
    }
    const { url } = await postSuggestionReview(publication.api, decision.pullNumber, {
      commitId: publication.run.pull?.headSha,
      body: `${prefix} ${fresh.length === 1 ? 'a fix' : `${fresh.length} fixes`} for findings on lines this pull request changes.`,
      comments: fresh,
    });
    core.info(
      `${prefix} pull request #${decision.pullNumber}: ${fresh.length === 1 ? 'one fix suggestion' : `${fresh.length} fix suggestions`} posted${url ? ` (${url})` : ''}.`,
    );
  } catch (error) {
    core.warning(
      `${prefix} could not post fix suggestions on pull request #${decision.pullNumber} (${errorText(error)}); the job needs \`permissions: pull-requests: write\`.`,
    );
  }
}
