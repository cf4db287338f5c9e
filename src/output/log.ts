import { randomBytes } from 'node:crypto';
import { scrubCredentials } from '../credentials/values.js';

/**
 * The one way text from the checkout reaches the log. The runner reads every line of the step's
 * output as a possible command: `::name …::data` at the start of a line (after any whitespace) and
 * `##[name …]data` anywhere in it. A file name or YAML key from a pull request can hold either, so
 * both are made inert here, and anything secret is scrubbed.
 */
export interface LogWriter {
  /** One message that quotes checkout text. */
  line(text: string): void;
  /** A long text from the checkout (the text report): commands are stopped around it, and it is capped. */
  block(text: string): void;
  /** A workflow command the action built itself with escaped properties (annotations): written as is. */
  command(line: string): void;
}

/** The runner breaks output into lines at CR, LF and CRLF. */
const lineBreak = /\r\n|\r|\n/;
/** Leading characters the runner trims before looking for `::` (a superset of .NET's white space). */
const commandAtLineStart = /^([\s\u0085\u001c-\u001f]*)::/;

/** Makes both command forms inert in every line: `::` at a line start and `##[` anywhere get a backslash. */
export function escapeCommands(text: string): string {
  return text.split(lineBreak).map(inertLineText).join('\n');
}

/** One line with neither command form live. */
function inertLineText(line: string): string {
  return line.replace(commandAtLineStart, '$1\\::').replaceAll('##[', '##\\[');
}

/**
 * `escapeCommands` for a stream that is not the action's log (the CLI's output, which a runner reads when
 * the CLI runs in a workflow or under pre-commit there): every line break is kept as it was.
 */
export function inertText(text: string): string {
  return text
    .split(/(\r\n|\r|\n)/)
    .map((part, index) => (index % 2 === 1 ? part : inertLineText(part)))
    .join('');
}

/**
 * JSON (or SARIF) made inert for a runner without changing what it parses to: `##[` can only stand in a
 * string, where `#` may be written `\u0023`; no line of JSON starts with `::`.
 */
export function inertJson(json: string): string {
  return json.replaceAll('##[', '#\\u0023[');
}

/**
 * A group title made of checkout text (a file name): one line, scrubbed, with neither command form live
 * (`::` is escaped by `core.startGroup` only in its data, and `##[` would start a command anywhere).
 */
export function groupTitle(text: string): string {
  return escapeCommands(scrubCredentials(text).replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' '));
}

/** Characters of one note printed at most: a note quotes a name or a reason, never a file's worth of text. */
export const maxNoteLength = 1000;

/**
 * A note for `core.info` or `core.debug` that may quote outside input (a restored cache file, a cache key):
 * as a group title, one line, scrubbed, with neither command form live, and cut at `maxNoteLength`.
 */
export function inertLine(text: string): string {
  const line = groupTitle(text);
  return line.length > maxNoteLength ? `${line.slice(0, maxNoteLength)}…` : line;
}

/** Lines of one block printed at most; the SARIF and JSON outputs always have everything. */
export const maxBlockLines = 2000;

export function capLines(text: string, maxLines: number): string {
  const lines = text.split(lineBreak);
  if (lines.length <= maxLines) return lines.join('\n');
  return [
    ...lines.slice(0, maxLines),
    `… ${lines.length - maxLines} more line(s) not printed; the SARIF file and the summary count all of them.`,
  ].join('\n');
}

/** A stop token nobody can guess or find in the checkout. */
export function stopToken(): string {
  return `sch-${randomBytes(16).toString('hex')}`;
}

export function createLogWriter(
  write: (chunk: string) => void = (chunk) => process.stdout.write(chunk),
  token: () => string = stopToken,
): LogWriter {
  return {
    line(text) {
      write(`${escapeCommands(scrubCredentials(text))}\n`);
    },
    block(text) {
      const stop = token();
      write(`::stop-commands::${stop}\n`);
      write(`${escapeCommands(scrubCredentials(capLines(text, maxBlockLines)))}\n`);
      write(`::${stop}::\n`);
    },
    command(line) {
      write(`${scrubCredentials(line).split(lineBreak).join(' ')}\n`);
    },
  };
}
