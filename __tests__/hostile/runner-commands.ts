/**
 * A port of how the GitHub Actions runner reads a step's output (ActionCommandManager and
 * ActionCommand in actions/runner): each line at CR, LF or CRLF; the `::name k=v,…::data` form after
 * leading white space, then the older `##[name k=v;…]data` form anywhere in the line; command names
 * compared without case and only when registered; `stop-commands` ignoring everything until its token
 * comes back as a command of either form.
 */
export interface RunnerCommand {
  command: string;
  properties: Record<string, string>;
  data: string;
  line: string;
}

export const registeredCommands = [
  'add-mask',
  'add-matcher',
  'remove-matcher',
  'add-path',
  'set-env',
  'set-output',
  'save-state',
  'warning',
  'error',
  'notice',
  'debug',
  'group',
  'endgroup',
  'echo',
  'stop-commands',
];

function unescapeAll(text: string, mappings: Array<[string, string]>): string {
  let out = text;
  for (const [token, replacement] of mappings) out = out.split(replacement).join(token);
  return out;
}

const v1Mappings: Array<[string, string]> = [
  [';', '%3B'],
  ['\r', '%0D'],
  ['\n', '%0A'],
  [']', '%5D'],
  ['%', '%25'],
];
const dataMappings: Array<[string, string]> = [
  ['\r', '%0D'],
  ['\n', '%0A'],
  ['%', '%25'],
];
const propertyMappings: Array<[string, string]> = [
  ['\r', '%0D'],
  ['\n', '%0A'],
  [':', '%3A'],
  [',', '%2C'],
  ['%', '%25'],
];

/** .NET's String.TrimStart(): Char.IsWhiteSpace characters. */
const dotnetWhiteSpace = /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]*/;

function splitPair(text: string): [string, string] | undefined {
  const at = text.indexOf('=');
  if (at <= 0 || at === text.length - 1) return undefined;
  return [text.slice(0, at), text.slice(at + 1)];
}

function parseV2(line: string, registered: Set<string>): RunnerCommand | undefined {
  const message = line.replace(dotnetWhiteSpace, '');
  if (!message.startsWith('::')) return undefined;
  const end = message.indexOf('::', 2);
  if (end < 0) return undefined;
  const info = message.slice(2, end);
  const space = info.indexOf(' ');
  const command = space < 0 ? info : info.slice(0, space);
  if (!registered.has(command.toLowerCase())) return undefined;
  const properties: Record<string, string> = {};
  if (space > 0)
    for (const part of info
      .slice(space + 1)
      .trim()
      .split(',')
      .filter((p) => p !== '')) {
      const pair = splitPair(part);
      if (pair) properties[pair[0]] = unescapeAll(pair[1], propertyMappings);
    }
  return { command, properties, data: unescapeAll(message.slice(end + 2), dataMappings), line };
}

function parseV1(line: string, registered: Set<string>): RunnerCommand | undefined {
  const prefix = line.indexOf('##[');
  if (prefix < 0) return undefined;
  const bracket = line.indexOf(']', prefix);
  if (bracket < 0) return undefined;
  const info = line.slice(prefix + 3, bracket);
  const space = info.indexOf(' ');
  const command = space < 0 ? info : info.slice(0, space);
  if (!registered.has(command.toLowerCase())) return undefined;
  const properties: Record<string, string> = {};
  if (space > 0)
    for (const part of info
      .slice(space + 1)
      .split(';')
      .filter((p) => p !== '')) {
      const pair = splitPair(part);
      if (pair) properties[pair[0]] = unescapeAll(pair[1], v1Mappings);
    }
  return { command, properties, data: unescapeAll(line.slice(bracket + 1), v1Mappings), line };
}

/** Every command the runner would carry out for this output, in order. */
export function runnerCommands(output: string): RunnerCommand[] {
  const registered = new Set(registeredCommands);
  const commands: RunnerCommand[] = [];
  let stopToken: string | undefined;
  for (const line of output.split(/\r\n|\r|\n/)) {
    const parsed = parseV2(line, registered) ?? parseV1(line, registered);
    if (!parsed) continue;
    const name = parsed.command.toLowerCase();
    if (stopToken !== undefined) {
      if (name === stopToken.toLowerCase()) {
        registered.delete(stopToken.toLowerCase());
        stopToken = undefined;
        commands.push(parsed);
      }
      continue;
    }
    if (name === 'stop-commands') {
      stopToken = parsed.data;
      registered.add(stopToken.toLowerCase());
    }
    commands.push(parsed);
  }
  return commands;
}
