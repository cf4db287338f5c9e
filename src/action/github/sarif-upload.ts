import { gzipSync } from 'node:zlib';
import { restClient, restHeaders, type RestTarget } from './rest.js';

/** What code scanning needs besides the SARIF: the commit and ref the analysis belongs to, and where. */
export interface SarifUploadRequest {
  /** The SARIF file's text, as written. */
  sarif: string;
  /** GITHUB_SHA: on a pull request, the merge commit the checkout holds. */
  commitSha: string;
  /** GITHUB_REF: `refs/heads/…`, `refs/tags/…` or `refs/pull/<n>/merge`. */
  ref: string;
  /** The checkout as a file URI, so code scanning can map paths in the SARIF onto the repository. */
  checkoutUri: string;
  toolName: string;
  /**
   * Code scanning keeps one analysis per tool and category; a second scan of another folder needs its own
   * category or it replaces the first. Set as every run's `automationDetails.id` (the REST API has no field).
   */
  category: string;
}

/** How long to wait for GitHub to process the upload: `attempts` polls, `delayMs` apart. */
export interface Polling {
  attempts: number;
  delayMs: number;
  sleep?: (ms: number) => Promise<void>;
}

export type ProcessingStatus = 'pending' | 'complete' | 'failed';

export interface SarifUploadOutcome {
  id: string;
  /** `pending` when the polls ran out first: the upload was accepted and may still succeed. */
  status: ProcessingStatus;
  /** GitHub's reasons, when processing failed. */
  errors: string[];
}

/** Gzip, then Base64: the only encoding the `sarif` field accepts. */
export function encodeSarif(text: string): string {
  return gzipSync(Buffer.from(text, 'utf8')).toString('base64');
}

/** Every run gets the category as `automationDetails.id` (`category/`), unless it names its own. */
export function withCategory(sarif: string, category: string): string {
  const log = JSON.parse(sarif) as { runs?: Array<{ automationDetails?: { id?: string } }> };
  for (const run of log.runs ?? []) if (!run.automationDetails?.id) run.automationDetails = { id: `${category}/` };
  return JSON.stringify(log);
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function processingStatus(value: unknown): ProcessingStatus {
  return value === 'complete' || value === 'failed' ? value : 'pending';
}

/**
 * Uploads one analysis through `POST /repos/{owner}/{repo}/code-scanning/sarifs` (needs `security-events:
 * write`), then asks `GET …/sarifs/{id}` for its processing status at most `polling.attempts` times.
 */
export async function uploadSarif(
  target: RestTarget,
  request: SarifUploadRequest,
  polling: Polling,
): Promise<SarifUploadOutcome> {
  const { octokit, owner, repo } = restClient(target);
  const { data } = await octokit.rest.codeScanning.uploadSarif({
    owner,
    repo,
    commit_sha: request.commitSha,
    ref: request.ref,
    sarif: encodeSarif(withCategory(request.sarif, request.category)),
    checkout_uri: request.checkoutUri,
    tool_name: request.toolName,
    headers: restHeaders,
  });
  const id = data.id ?? '';
  if (!id) throw new Error('code scanning accepted the upload but returned no id');
  const sleep = polling.sleep ?? wait;
  for (let attempt = 0; attempt < polling.attempts; attempt++) {
    await sleep(polling.delayMs);
    const { data: upload } = await octokit.rest.codeScanning.getSarif({
      owner,
      repo,
      sarif_id: id,
      headers: restHeaders,
    });
    const status = processingStatus(upload.processing_status);
    if (status !== 'pending') return { id, status, errors: (upload.errors ?? []).map(String) };
  }
  return { id, status: 'pending', errors: [] };
}
