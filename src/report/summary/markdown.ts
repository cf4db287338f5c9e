/** Markdown building blocks for the job summary: escaped cells, quoted code and links to files at the scanned commit. */
import { scrubCredentials } from '../../credentials/values.js';
import { withoutTrailingSlashes } from '../../discovery/paths.js';

/**
 * The one escaper for text that comes from the checkout (names, paths, messages that quote them), outside
 * code spans, in a table cell or a line: what GitHub would read as Markdown structure is escaped, so the
 * text renders as itself and never as a link, an image, HTML, emphasis, a mention or a cell break.
 * Control characters (line breaks among them) become spaces; `&`, `<` and `>` become entities, which
 * read the same in Markdown and in HTML; the rest of the structure (backslash, backtick, `*`, `_`, `[`,
 * `]`, `!`, `|`, `~`, `#`, `@`, and `$`, which opens GitHub's math) is backslash-escaped, and so are the `:` of `://` and the `.` of `www.`,
 * which GitHub would otherwise turn into links of their own.
 */
export function markdownText(text: string): string {
  return text
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]!|~#@$]/g, (ch) => `\\${ch}`)
    .replace(/:(?=\/\/)/g, '\\:')
    .replace(/(www)\./gi, '$1\\.');
}

/** Text from the checkout in a table cell: `markdownText`. */
export const cell = markdownText;

/** The longest run of backticks in the text, counted in one pass. */
export function longestBacktickRun(text: string): number {
  let longest = 0;
  let run = 0;
  for (const ch of text) {
    run = ch === '`' ? run + 1 : 0;
    if (run > longest) longest = run;
  }
  return longest;
}

/**
 * Text from the checkout as inline code that cannot end early: its fence is one backtick longer than the
 * longest run of backticks inside, padded with spaces when the text starts or ends with a backtick (or a
 * space, which the padding would otherwise eat). Inside a code span nothing else is Markdown, so only
 * what ends it from outside is changed: control characters become spaces and, in a table cell, a pipe is
 * escaped (GitHub splits cells before it reads code spans, and unescapes `\|` inside them).
 */
export function code(text: string, where: 'cell' | 'line' = 'cell'): string {
  const flat = text.replace(/[\u0000-\u001f\u007f]/g, ' ');
  const body = where === 'cell' ? flat.replace(/\|/g, '\\|') : flat;
  if (body === '') return '` `';
  const fence = '`'.repeat(longestBacktickRun(body) + 1);
  const pad = /^[` ]|[` ]$/.test(body) && body.trim() !== '' ? ' ' : '';
  return `${fence}${pad}${body}${pad}${fence}`;
}

/**
 * A message that quotes names in backticks (`Secret \`X\` in …`): its code spans, found as CommonMark finds
 * them (a run of backticks closed by the next run of the same length), are rewritten with `code`, and the
 * text between with `markdownText`. A name holding backticks can shift which part reads as code, but
 * every part is inert either way: no checkout text becomes a link, an image or HTML.
 */
export function messageCell(message: string): string {
  const runs = backtickRuns(message);
  // The runs of each length, in order: finding each closer is a forward walk, linear overall.
  const byLength = new Map<number, number[]>();
  runs.forEach((run, index) => {
    const same = byLength.get(run.length);
    if (same) same.push(index);
    else byLength.set(run.length, [index]);
  });
  const walked = new Map<number, number>();
  let out = '';
  let textEnd = 0;
  for (let index = 0; index < runs.length; index++) {
    const opener = runs[index];
    const same = opener && byLength.get(opener.length);
    if (!opener || !same) continue;
    let cursor = walked.get(opener.length) ?? 0;
    while (cursor < same.length && (same[cursor] ?? 0) <= index) cursor++;
    walked.set(opener.length, cursor);
    const closerIndex = same[cursor];
    const closer = closerIndex === undefined ? undefined : runs[closerIndex];
    if (closerIndex === undefined || !closer) continue;
    const inner = message.slice(opener.start + opener.length, closer.start);
    // CommonMark drops one space at each end when both ends have one and the span is not all spaces.
    const unpadded = inner.startsWith(' ') && inner.endsWith(' ') && inner.trim() !== '' ? inner.slice(1, -1) : inner;
    out += markdownText(message.slice(textEnd, opener.start)) + code(unpadded);
    textEnd = closer.start + closer.length;
    index = closerIndex;
  }
  return out + markdownText(message.slice(textEnd));
}

/** Each run of backticks in the text: where it starts and how long it is. */
function backtickRuns(text: string): Array<{ start: number; length: number }> {
  const runs: Array<{ start: number; length: number }> = [];
  for (let index = 0; index < text.length;) {
    if (text[index] !== '`') {
      index++;
      continue;
    }
    const start = index;
    while (text[index] === '`') index++;
    runs.push({ start, length: index - start });
  }
  return runs;
}

/** Text from the pull request's own files (a glob, a path) is quoted at most this long. */
const maxQuotedLength = 200;

/**
 * Quotes text from the pull request's own files as inline code on a line of its own (not a table): a
 * credential in it is redacted (someone pasted a key into a glob), and a long one is cut.
 */
export function codeSpan(text: string): string {
  const scrubbed = scrubCredentials(text);
  return code(scrubbed.length > maxQuotedLength ? `${scrubbed.slice(0, maxQuotedLength)}…` : scrubbed, 'line');
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
  // The location is text inside <code>, escaped: a file named `[Approve](https://…)` stays a name, and
  // the only link is the one built here to the file itself.
  const quoted = `<code>${markdownText(text)}</code>`;
  return links ? `[${quoted}](${blobUrl(links, place.file, place.line)})` : quoted;
}
