import * as core from '@actions/core';
import { pathToFileURL } from 'node:url';
import { errorText } from '../credentials/error-text.js';
import { toolName } from '../common/version.js';
import { commentMarker } from '../report/summary/comment.js';
import { upsertPullRequestComment } from './github/pr-comment.js';
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
