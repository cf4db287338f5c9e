import { httpStatusOf, restClient, restHeaders, type RestTarget } from './rest.js';

export type CommentAction = 'created' | 'updated' | 'unchanged' | 'none';

interface IssueComment {
  id: number;
  body?: string | undefined;
  user?: { type?: string } | null;
}

/**
 * Our earlier comment: the first that starts with the marker, one written by a bot (the GITHUB_TOKEN's
 * github-actions) preferred, since anyone may paste the marker into a comment of their own.
 */
export function findOwnComment(comments: readonly IssueComment[], marker: string): IssueComment | undefined {
  const marked = comments.filter((comment) => (comment.body ?? '').trimStart().startsWith(marker));
  return marked.find((comment) => comment.user?.type === 'Bot') ?? marked[0];
}

/**
 * Keeps one comment per pull request: finds the earlier one by its hidden marker and edits it in place, or
 * (when `create` allows) adds it. An earlier comment the token may not edit (someone else's, with the
 * marker pasted in) is left alone and a new one is added. Needs `pull-requests: write`.
 */
export async function upsertPullRequestComment(
  target: RestTarget,
  pullNumber: number,
  body: string,
  options: { marker: string; create: boolean },
): Promise<{ action: CommentAction; url?: string }> {
  const { octokit, owner, repo } = restClient(target);
  const comments = await octokit.paginate(octokit.rest.issues.listComments, {
    owner,
    repo,
    issue_number: pullNumber,
    per_page: 100,
    headers: restHeaders,
  });
  const earlier = findOwnComment(comments, options.marker);
  if (earlier) {
    if (earlier.body === body) return { action: 'unchanged' };
    try {
      const { data } = await octokit.rest.issues.updateComment({
        owner,
        repo,
        comment_id: earlier.id,
        body,
        headers: restHeaders,
      });
      return { action: 'updated', url: data.html_url };
    } catch (error) {
      const status = httpStatusOf(error);
      if (status !== 403 && status !== 404) throw error;
    }
  }
  if (!options.create) return { action: 'none' };
  const { data } = await octokit.rest.issues.createComment({
    owner,
    repo,
    issue_number: pullNumber,
    body,
    headers: restHeaders,
  });
  return { action: 'created', url: data.html_url };
}
