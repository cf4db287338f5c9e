import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';

/** One request as the server saw it: the body as sent (JSON text for POST and PATCH). */
export interface RecordedRequest {
  method: string;
  path: string;
  authorization: string | undefined;
  accept: string | undefined;
  apiVersion: string | undefined;
  contentType: string | undefined;
  body: string;
}

/** A local stand-in for the GitHub REST endpoints the action calls, on 127.0.0.1, with real pagination. */
export interface FakeGitHub {
  url: string;
  requests: RecordedRequest[];
  /** Code-scanning uploads received, the SARIF decoded (Base64, then gunzip). */
  uploads: SarifUpload[];
  /** Comments by pull request number, as the server holds them after the requests. */
  comments: Map<number, FakeComment[]>;
  /** Review comments by pull request number: those given, then those of each review posted. */
  reviewComments: Map<number, FakeReviewComment[]>;
  close: () => Promise<void>;
}

export interface SarifUpload {
  repository: string;
  commitSha: unknown;
  ref: unknown;
  toolName: unknown;
  checkoutUri: unknown;
  /** The SARIF text after Base64 and gunzip. */
  sarif: string;
}

export interface FakeComment {
  id: number;
  body: string;
  user: { login: string; type: 'Bot' | 'User' };
}

/** A review comment as the server holds it: where it is and what it says. */
export interface FakeReviewComment {
  id: number;
  path: string;
  line: number;
  start_line: number | null;
  side: string;
  start_side: string | null;
  commit_id: string | null;
  body: string;
}

/** What the code-scanning and comment endpoints do: accept (the default) or refuse as a read-only token is refused. */
export interface FakeWrites {
  /** Every contents request answered with this error status (a 500: GitHub is down). */
  contentsStatus?: number;
  /** Processing status answered to each poll in turn; the last one repeats. Default: pending, then complete. */
  sarifStatuses?: Array<'pending' | 'complete' | 'failed'>;
  /** Answer uploads with 403, as GitHub answers a token without security-events: write. */
  refuseUploads?: boolean;
  /** Comments already on pull requests. */
  comments?: Record<number, FakeComment[]>;
  /** Each changed file's `patch` in the pull request's file list, by pull request number and path. */
  patches?: Record<number, Record<string, string>>;
  /** Review comments already on pull requests. */
  reviewComments?: Record<number, FakeReviewComment[]>;
}

export interface FakeSecrets {
  repository: string[];
  organization: string[];
  environments: Record<string, string[]>;
}

/** Pages a list as the REST API does: `per_page`, `page`, and a Link header to the next page. */
function paged(
  url: URL,
  port: number,
  items: unknown[],
  wrap?: (page: unknown[]) => unknown,
): { body: string; headers: Record<string, string> } {
  const perPage = Number(url.searchParams.get('per_page') ?? 30);
  const page = Number(url.searchParams.get('page') ?? 1);
  const pages = Math.max(1, Math.ceil(items.length / perPage));
  const slice = items.slice((page - 1) * perPage, page * perPage);
  const base = `http://127.0.0.1:${port}${url.pathname}`;
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (page < pages)
    headers.link = [
      `<${base}?per_page=${perPage}&page=${page + 1}>; rel="next"`,
      `<${base}?per_page=${perPage}&page=${pages}>; rel="last"`,
    ].join(', ');
  return { body: JSON.stringify(wrap ? wrap(slice) : slice), headers };
}

/** Files by commit SHA, then by path, served by the contents endpoint as base64. */
export type FakeContents = Record<string, Record<string, string>>;

function json(response: ServerResponse, status: number, value: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(value));
}

/**
 * The code-scanning upload (`POST …/code-scanning/sarifs`, 202 with an id; `GET …/sarifs/{id}` with the
 * processing status) and the issue comments (list with pages, create, update). True when it answered.
 */
function writeRoutes(
  request: IncomingMessage,
  body: string,
  url: URL,
  response: ServerResponse,
  state: {
    port: number;
    writes: FakeWrites;
    uploads: SarifUpload[];
    comments: Map<number, FakeComment[]>;
    reviewComments: Map<number, FakeReviewComment[]>;
    polls: Map<string, number>;
  },
): boolean {
  const method = request.method ?? '';
  const upload = /^\/repos\/([^/]+\/[^/]+)\/code-scanning\/sarifs(?:\/([^/]+))?$/.exec(url.pathname);
  if (upload && method === 'POST' && !upload[2]) {
    if (state.writes.refuseUploads) {
      json(response, 403, { message: 'Resource not accessible by integration' });
      return true;
    }
    const fields = JSON.parse(body) as Record<string, unknown>;
    state.uploads.push({
      repository: upload[1] ?? '',
      commitSha: fields.commit_sha,
      ref: fields.ref,
      toolName: fields.tool_name,
      checkoutUri: fields.checkout_uri,
      sarif: gunzipSync(Buffer.from(String(fields.sarif), 'base64')).toString('utf8'),
    });
    const id = `sarif-${state.uploads.length}`;
    json(response, 202, { id, url: `http://127.0.0.1:${state.port}/repos/${upload[1]}/code-scanning/sarifs/${id}` });
    return true;
  }
  if (upload && method === 'GET' && upload[2]) {
    const statuses = state.writes.sarifStatuses ?? ['pending', 'complete'];
    const polls = (state.polls.get(upload[2]) ?? 0) + 1;
    state.polls.set(upload[2], polls);
    const status = statuses[Math.min(polls, statuses.length) - 1] ?? 'complete';
    json(response, 200, {
      processing_status: status,
      analyses_url: null,
      ...(status === 'failed' ? { errors: ['locationFromSarifResult: expected artifact location'] } : {}),
    });
    return true;
  }
  const list = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/.exec(url.pathname);
  if (list) {
    const number = Number(list[1]);
    const comments = state.comments.get(number) ?? [];
    if (method === 'GET') {
      const reply = paged(url, state.port, comments);
      response.writeHead(200, reply.headers).end(reply.body);
      return true;
    }
    if (method === 'POST') {
      const comment: FakeComment = {
        id: 1000 + [...state.comments.values()].flat().length,
        body: String((JSON.parse(body) as { body?: unknown }).body),
        user: { login: 'github-actions[bot]', type: 'Bot' },
      };
      state.comments.set(number, [...comments, comment]);
      json(response, 201, { ...comment, html_url: `https://github.test/pull/${number}#issuecomment-${comment.id}` });
      return true;
    }
  }
  if (reviewRoutes(method, body, url, response, state)) return true;
  const edit = /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/.exec(url.pathname);
  if (edit && method === 'PATCH') {
    const comment = [...state.comments.values()].flat().find((candidate) => candidate.id === Number(edit[1]));
    if (!comment) json(response, 404, { message: 'Not Found' });
    else if (comment.user.type !== 'Bot') json(response, 403, { message: 'Resource not accessible by integration' });
    else {
      comment.body = String((JSON.parse(body) as { body?: unknown }).body);
      json(response, 200, { ...comment, html_url: `https://github.test/comment/${comment.id}` });
    }
    return true;
  }
  return false;
}

/**
 * Review comments (`GET …/pulls/{n}/comments`, paginated) and reviews (`POST …/pulls/{n}/reviews`): a review
 * is refused (422, as GitHub does) unless its event is COMMENT-like and each comment names a path, a line
 * and a side; its comments are then listed with the others.
 */
function reviewRoutes(
  method: string,
  body: string,
  url: URL,
  response: ServerResponse,
  state: { port: number; reviewComments: Map<number, FakeReviewComment[]> },
): boolean {
  const route = /^\/repos\/[^/]+\/[^/]+\/pulls\/(\d+)\/(comments|reviews)$/.exec(url.pathname);
  if (!route) return false;
  const number = Number(route[1]);
  const existing = state.reviewComments.get(number) ?? [];
  if (route[2] === 'comments' && method === 'GET') {
    const reply = paged(url, state.port, existing);
    response.writeHead(200, reply.headers).end(reply.body);
    return true;
  }
  if (route[2] !== 'reviews' || method !== 'POST') return false;
  const review = JSON.parse(body) as {
    event?: unknown;
    commit_id?: unknown;
    comments?: Array<Record<string, unknown>>;
  };
  const comments = review.comments ?? [];
  const wellFormed = comments.every(
    (comment) =>
      typeof comment.path === 'string' &&
      typeof comment.body === 'string' &&
      typeof comment.line === 'number' &&
      comment.side === 'RIGHT' &&
      (comment.start_line === undefined || (typeof comment.start_line === 'number' && comment.start_side === 'RIGHT')),
  );
  if (!['COMMENT', 'APPROVE', 'REQUEST_CHANGES'].includes(String(review.event)) || !wellFormed) {
    json(response, 422, { message: 'Unprocessable Entity' });
    return true;
  }
  const added = comments.map((comment, index) => ({
    id: 5000 + existing.length + index,
    path: String(comment.path),
    line: Number(comment.line),
    start_line: typeof comment.start_line === 'number' ? comment.start_line : null,
    side: 'RIGHT',
    start_side: typeof comment.start_line === 'number' ? 'RIGHT' : null,
    commit_id: typeof review.commit_id === 'string' ? review.commit_id : null,
    body: String(comment.body),
  }));
  state.reviewComments.set(number, [...existing, ...added]);
  json(response, 200, {
    id: 77,
    state: 'COMMENTED',
    html_url: `https://github.test/pull/${number}#pullrequestreview-77`,
  });
  return true;
}

export async function startFakeGitHub(
  pulls: Record<number, string[] | 'error'>,
  secrets?: FakeSecrets | 'error',
  contents: FakeContents = {},
  writes: FakeWrites = {},
): Promise<FakeGitHub> {
  const requests: FakeGitHub['requests'] = [];
  const uploads: SarifUpload[] = [];
  const comments = new Map(Object.entries(writes.comments ?? {}).map(([number, list]) => [Number(number), list]));
  const reviewComments = new Map(
    Object.entries(writes.reviewComments ?? {}).map(([number, list]) => [Number(number), list]),
  );
  const polls = new Map<string, number>();
  const server: Server = createServer((request: IncomingMessage, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => answer(request, Buffer.concat(chunks).toString('utf8'), response));
  });
  const answer = (request: IncomingMessage, body: string, response: ServerResponse): void => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const header = (name: string) => {
      const value = request.headers[name];
      return Array.isArray(value) ? value.join(', ') : value;
    };
    requests.push({
      method: request.method ?? '',
      path: url.pathname + url.search,
      authorization: request.headers.authorization,
      accept: header('accept'),
      apiVersion: header('x-github-api-version'),
      contentType: header('content-type'),
      body,
    });
    const port = (server.address() as AddressInfo).port;
    if (writeRoutes(request, body, url, response, { port, writes, uploads, comments, reviewComments, polls })) return;
    const secretsRoute =
      /^\/repos\/[^/]+\/[^/]+\/(?:actions\/(secrets|organization-secrets)|environments(?:\/([^/]+)\/secrets)?)$/.exec(
        url.pathname,
      );
    if (secretsRoute) {
      if (!secrets || secrets === 'error') {
        response
          .writeHead(403, { 'content-type': 'application/json' })
          .end('{"message":"Resource not accessible by integration"}');
        return;
      }
      const names = (list: string[]) =>
        list.map((name) => ({ name, created_at: '2026-01-01T00:00:00Z', updated_at: '2026-01-01T00:00:00Z' }));
      const [, actions, environment] = secretsRoute;
      const reply =
        actions === 'secrets'
          ? paged(url, port, names(secrets.repository), (page) => ({
              total_count: secrets.repository.length,
              secrets: page,
            }))
          : actions === 'organization-secrets'
            ? paged(url, port, names(secrets.organization), (page) => ({
                total_count: secrets.organization.length,
                secrets: page,
              }))
            : environment
              ? paged(url, port, names(secrets.environments[decodeURIComponent(environment)] ?? []), (page) => ({
                  total_count: (secrets.environments[decodeURIComponent(environment)] ?? []).length,
                  secrets: page,
                }))
              : paged(
                  url,
                  port,
                  Object.keys(secrets.environments).map((name, id) => ({ id, name })),
                  (page) => ({ total_count: Object.keys(secrets.environments).length, environments: page }),
                );
      response.writeHead(200, reply.headers).end(reply.body);
      return;
    }
    const contentsRoute = /^\/repos\/[^/]+\/[^/]+\/contents\/(.+)$/.exec(url.pathname);
    if (contentsRoute && writes.contentsStatus !== undefined) {
      response
        .writeHead(writes.contentsStatus, { 'content-type': 'application/json' })
        .end('{"message":"Server Error"}');
      return;
    }
    if (contentsRoute) {
      const path = decodeURIComponent(contentsRoute[1] ?? '');
      const text = contents[url.searchParams.get('ref') ?? '']?.[path];
      if (text === undefined) {
        response.writeHead(404, { 'content-type': 'application/json' }).end('{"message":"Not Found"}');
        return;
      }
      const content = Buffer.from(text).toString('base64');
      response
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify({ type: 'file', encoding: 'base64', size: Buffer.byteLength(text), path, content }));
      return;
    }
    const match = /^\/repos\/([^/]+)\/([^/]+)\/pulls\/(\d+)\/files$/.exec(url.pathname);
    const files = match ? pulls[Number(match[3])] : undefined;
    if (!match || files === undefined) {
      response.writeHead(404, { 'content-type': 'application/json' }).end('{"message":"Not Found"}');
      return;
    }
    if (files === 'error') {
      response
        .writeHead(403, { 'content-type': 'application/json' })
        .end('{"message":"Resource not accessible by integration"}');
      return;
    }
    const perPage = Number(url.searchParams.get('per_page') ?? 30);
    const page = Number(url.searchParams.get('page') ?? 1);
    const pages = Math.max(1, Math.ceil(files.length / perPage));
    const slice = files.slice((page - 1) * perPage, page * perPage).map((filename, index) => ({
      filename,
      status: index % 7 === 3 ? 'renamed' : 'modified',
      previous_filename: index % 7 === 3 ? `old/${filename}` : undefined,
      patch: writes.patches?.[Number(match[3])]?.[filename],
    }));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}${url.pathname}`;
    const links =
      page < pages
        ? [
            `<${base}?per_page=${perPage}&page=${page + 1}>; rel="next"`,
            `<${base}?per_page=${perPage}&page=${pages}>; rel="last"`,
          ]
        : [];
    response
      .writeHead(200, { 'content-type': 'application/json', ...(links.length > 0 ? { link: links.join(', ') } : {}) })
      .end(JSON.stringify(slice));
  };
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    uploads,
    comments,
    reviewComments,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
