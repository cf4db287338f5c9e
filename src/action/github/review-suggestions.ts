import { parsePatchHunks, type PatchHunk } from './patch-hunks.js';
// The client sends GitHub's media type and API version on every request (rest.ts).
import { restClient, type RestTarget } from './rest.js';

/** The client and the parameters of one of the pull request's lists, 100 a page (the most GitHub gives). */
function pullRequestList(target: RestTarget, pullNumber: number) {
  const { octokit, owner, repo } = restClient(target);
  return { octokit, params: { owner, repo, pull_number: pullNumber, per_page: 100 } };
}

/**
 * The pull request's hunks by file, from its file list (`GET …/pulls/{n}/files`, paginated). A file
 * GitHub gives no patch for (binary, too large, only renamed) has no hunk and so takes no suggestion.
 */
export async function pullRequestHunks(target: RestTarget, pullNumber: number): Promise<Map<string, PatchHunk[]>> {
  const { octokit, params } = pullRequestList(target, pullNumber);
  const files = await octokit.paginate(octokit.rest.pulls.listFiles, params);
  const hunks = new Map<string, PatchHunk[]>();
  for (const file of files)
    if (file.patch && file.status !== 'removed') hunks.set(file.filename, parsePatchHunks(file.patch));
  return hunks;
}

/** The bodies of the review comments already on the pull request (`GET …/pulls/{n}/comments`, paginated). */
export async function reviewCommentBodies(target: RestTarget, pullNumber: number): Promise<string[]> {
  const { octokit, params } = pullRequestList(target, pullNumber);
  const comments = await octokit.paginate(octokit.rest.pulls.listReviewComments, params);
  return comments.map((comment) => comment.body);
}

export interface ReviewComment {
  path: string;
  startLine?: number;
  line: number;
  body: string;
}

/**
 * One review (`POST …/pulls/{n}/reviews`, event COMMENT: it neither approves nor blocks) holding every new
 * suggestion, each on the RIGHT side (the pull request's head). Needs `pull-requests: write`.
 */
export async function postSuggestionReview(
  target: RestTarget,
  pullNumber: number,
  review: { commitId: string | undefined; body: string; comments: readonly ReviewComment[] },
): Promise<{ url: string | undefined }> {
  const { octokit, owner, repo } = restClient(target);
  const { data } = await octokit.rest.pulls.createReview({
    owner,
    repo,
    pull_number: pullNumber,
    ...(review.commitId ? { commit_id: review.commitId } : {}),
    event: 'COMMENT',
    body: review.body,
    comments: review.comments.map((comment) => ({
      path: comment.path,
      body: comment.body,
      line: comment.line,
      side: 'RIGHT',
      ...(comment.startLine !== undefined ? { start_line: comment.startLine, start_side: 'RIGHT' } : {}),
    })),
  });
  return { url: data.html_url };
}
