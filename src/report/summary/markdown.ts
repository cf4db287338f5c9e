/** Markdown building blocks for the job summary: escaped cells, quoted code and links to files at the scanned commit. */
import { scrubCredentials } from '../../credentials/values.js';
import { withoutTrailingSlashes } from '../../discovery/paths.js';

/** Makes text safe inside a Markdown table cell: no HTML, no row or cell breaks. */
export function cell(text: string): string {
  return text
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|');
}

/** Text from the pull request's own files (a glob, a path) is quoted at most this long. */
const maxQuotedLength = 200;

/**
 * Quotes text from the pull request's own files as inline code: a credential in it is redacted (someone
 * pasted a key into a glob), backticks, pipes and line breaks cannot break out of the Markdown around it,
 * and a long one is cut.
 */
export function codeSpan(text: string): string {
  const scrubbed = scrubCredentials(text);
  const short = scrubbed.length > maxQuotedLength ? `${scrubbed.slice(0, maxQuotedLength)}…` : scrubbed;
  return `\`${short.replace(/[`|\r\n]/g, ' ')}\``;
}

/** Where the scanned files live on GitHub, so that locations can link to them. All three are needed. */
export interface SourceLinks {
  /** `GITHUB_SERVER_URL`, e.g. https://github.com */
  serverUrl: string;
  /** `owner/name` */
  repository: string;
  /** The commit scanned. */
  sha: string;
}

/** Percent-encodes each path segment, and the characters that would end a Markdown link. */
function encodePath(path: string): string {
  return path
    .split('/')
    .map((segment) =>
      encodeURIComponent(segment).replace(/[()]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`),
    )
    .join('/');
}

function blobUrl(links: SourceLinks, path: string, line?: number): string {
  const base = `${withoutTrailingSlashes(links.serverUrl)}/${encodePath(links.repository)}/blob/${encodeURIComponent(links.sha)}/${encodePath(path)}`;
  return line === undefined ? base : `${base}#L${line}`;
}

/** `path:line[:column]` as code, linked to the file at the commit when links are known. */
export function locationCell(
  links: SourceLinks | undefined,
  place: { file: string; line?: number; column?: number },
): string {
  if (!place.file) return '(repository)';
  const text = `${place.file}${place.line !== undefined ? `:${place.line}` : ''}${place.column !== undefined ? `:${place.column}` : ''}`;
  const code = `<code>${cell(text)}</code>`;
  return links ? `[${code}](${blobUrl(links, place.file, place.line)})` : code;
}
