import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A local stand-in for the GitHub REST endpoints the action calls, on 127.0.0.1, with real pagination. */
export interface FakeGitHub {
  url: string;
  requests: Array<{ method: string; path: string; authorization: string | undefined }>;
  close: () => Promise<void>;
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

export async function startFakeGitHub(
  pulls: Record<number, string[] | 'error'>,
  secrets?: FakeSecrets | 'error',
  contents: FakeContents = {},
  /** `contentsStatus`: every contents request answered with this error status (a 500: GitHub is down). */
  failures: { contentsStatus?: number } = {},
): Promise<FakeGitHub> {
  const requests: FakeGitHub['requests'] = [];
  const server: Server = createServer((request: IncomingMessage, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    requests.push({
      method: request.method ?? '',
      path: url.pathname + url.search,
      authorization: request.headers.authorization,
    });
    const port = (server.address() as AddressInfo).port;
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
    if (contentsRoute && failures.contentsStatus !== undefined) {
      response
        .writeHead(failures.contentsStatus, { 'content-type': 'application/json' })
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
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
