import type { Span } from '../model/references.js';
import { ModelBuilder } from './shared/builder.js';
import { LineIndex } from './shared/lines.js';
import {
  destinationOf,
  findVariableInterpolations,
  mergeAll,
  namedSink,
  namesSesSmtpHost,
  readValue,
  withSiblingKind,
  type Collected,
} from './shared/values.js';
import type { PathFormat } from './types.js';

/** Name and the rest of the line; the value is trimmed in code, since a regex doing it backtracks on long blank runs. */
const assignment = /^[ \t]*(?:export[ \t]+)?([A-Za-z_][A-Za-z0-9_.-]*)[ \t]*=([^\n]*)$/;

/** The value without the blanks around it and a trailing carriage return. */
function trimValue(raw: string): string {
  let start = 0;
  let end = raw.length;
  while (start < end && (raw[start] === ' ' || raw[start] === '\t')) start++;
  while (end > start && (raw[end - 1] === ' ' || raw[end - 1] === '\t' || raw[end - 1] === '\r')) end--;
  return raw.slice(start, end);
}

/** The value of one `.env` line without quotes and trailing comment, and where it starts in the line. */
function unquote(raw: string): { value: string; offset: number; interpolate: boolean } {
  const quote = raw[0];
  if ((quote === '"' || quote === "'") && raw.indexOf(quote, 1) > 0)
    return { value: raw.slice(1, raw.indexOf(quote, 1)), offset: 1, interpolate: quote === '"' };
  const comment = raw.search(/[ \t]#/);
  return { value: comment >= 0 ? raw.slice(0, comment).trimEnd() : raw, offset: 0, interpolate: true };
}

const dotenvName =
  /^(?:\.env(?:\.[^/]+)?|[^/]+\.env|env\.(?:example|sample|template|dist|local)|\.dev\.vars(?:\.[^/]+)?|\.envrc)$/;

/**
 * Whether the file's name is a dotenv name. Every file of a checkout is routed by this, so the name's first
 * and the path's last character rule most out before the pattern: each name starts with `.` or `e`, or ends in `.env`.
 */
function isDotenvPath(path: string): boolean {
  const nameStart = path.lastIndexOf('/') + 1;
  const first = path.charCodeAt(nameStart);
  if (first !== 0x2e && first !== 0x65 && path.charCodeAt(path.length - 1) !== 0x76) return false;
  return dotenvName.test(path.slice(nameStart));
}

export const dotenvAdapter: PathFormat = {
  id: 'dotenv',
  title: '.env',
  claim: 'path',
  description: '.env files',
  // `.env`, `.env.*`, `prod.env`, `env.example`, Wrangler's `.dev.vars` and direnv's `.envrc`: one KEY=value per line.
  matches: isDotenvPath,
  parse: (file, text, context) => {
    const builder = new ModelBuilder(file, 'dotenv');
    const lines = new LineIndex(text);
    const span = (start: number, end: number): Span => lines.span(start, end);
    const entries = assignments(lines);
    // One file is one environment: an SES SMTP server anywhere in it gives its password and user slots their kind.
    const besideSesHost = entries.some((entry) => namesSesSmtpHost(entry.value));
    const parts: Collected[] = entries.map(({ name, value, valueStart, interpolate }) =>
      readValue(builder, {
        text: value,
        locate: (start, end) => span(valueStart + start, valueStart + end),
        outer: withSiblingKind(namedSink('env', name, context.classifyName), besideSesHost),
        interpolations: interpolate ? findVariableInterpolations(value) : [],
        script: false,
        wholeValueSlot: true,
      }),
    );
    const visible = mergeAll(parts);
    if (visible.referenceIds.length > 0)
      builder.use(file, span(0, 0), visible.referenceIds, destinationOf(visible, 'unknown'));
    return builder.build();
  },
};

interface Assignment {
  name: string;
  value: string;
  /** Where the value (inside its quotes) starts in the file. */
  valueStart: number;
  interpolate: boolean;
}

/** The `NAME=value` lines of a file, as the line index splits them: `\n`, `\r\n` or a lone `\r` ends one. */
function assignments(lines: LineIndex): Assignment[] {
  const found: Assignment[] = [];
  for (let index = 0; index < lines.count; index++) {
    const { start: lineStart, text: line } = lines.line(index);
    const match = assignment.exec(line);
    const rawValue = match?.[2] === undefined ? undefined : trimValue(match[2]);
    if (match?.[1] === undefined || rawValue === undefined || line.trimStart().startsWith('#')) continue;
    const rawStart = lineStart + line.indexOf(rawValue, line.indexOf('=') + 1);
    const { value, offset, interpolate } = unquote(rawValue);
    found.push({ name: match[1], value, valueStart: rawStart + offset, interpolate });
  }
  return found;
}
