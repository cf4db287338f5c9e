import { parseArgs } from 'node:util';
import { nearest } from '../common/did-you-mean.js';

/** A mistake in the command line: reported in one line of our own words, exit status 2. */
export class UsageError extends Error {}

const optionSpecs = {
  format: { type: 'string', short: 'f' },
  'fail-on': { type: 'string' },
  config: { type: 'string', short: 'c' },
  include: { type: 'string', multiple: true },
  exclude: { type: 'string', multiple: true },
  output: { type: 'string', short: 'o' },
  'no-color': { type: 'boolean' },
  strict: { type: 'boolean' },
  'show-fingerprints': { type: 'boolean' },
  baseline: { type: 'string' },
  'write-baseline': { type: 'string' },
  cache: { type: 'string' },
  fix: { type: 'boolean' },
  'dry-run': { type: 'boolean' },
  'list-rules': { type: 'boolean' },
  explain: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

type Specs = typeof optionSpecs;
type Name = keyof Specs;

export interface CliOptions {
  paths: string[];
  format: string | undefined;
  failOn: string | undefined;
  config: string | undefined;
  include: string[];
  exclude: string[];
  output: string | undefined;
  noColor: boolean;
  strict: boolean;
  showFingerprints: boolean;
  baseline: string | undefined;
  writeBaseline: string | undefined;
  /** A folder for the per-file parse cache: files unchanged since the last scan are not parsed again. */
  cache: string | undefined;
  /** Apply the findings' fixes in place, then scan again and report what remains. */
  fix: boolean;
  /** With --fix: print the fixes as a unified diff and change nothing. */
  dryRun: boolean;
  listRules: boolean;
  explain: string | undefined;
  help: boolean;
  version: boolean;
}

function isName(name: string): name is Name {
  return Object.hasOwn(optionSpecs, name);
}

const flags = Object.entries(optionSpecs).flatMap(([name, spec]) => [
  `--${name}`,
  ...('short' in spec ? [`-${spec.short}`] : []),
]);

function unknownFlag(raw: string): UsageError {
  const close = nearest(raw.split('=')[0] ?? raw, flags);
  return new UsageError(`unknown flag ${raw}${close ? `; did you mean ${close}?` : ''} (see --help)`);
}

/**
 * Reads the command line. Node's parser runs leniently so that every mistake can be told in our own
 * words: an unknown flag with the nearest known one, a flag without its value, a value given to a switch.
 */
export function parseCommandLine(argv: readonly string[]): CliOptions {
  const { tokens } = parseArgs({
    args: [...argv],
    options: optionSpecs,
    allowPositionals: true,
    strict: false,
    tokens: true,
  });
  const paths: string[] = [];
  const strings = new Map<Name, string[]>();
  const switches = new Set<Name>();
  for (const token of tokens) {
    if (token.kind === 'positional') paths.push(token.value);
    if (token.kind !== 'option') continue;
    if (!isName(token.name)) throw unknownFlag(token.rawName);
    const spec: Specs[Name] = optionSpecs[token.name];
    if (spec.type === 'boolean') {
      if (token.value !== undefined) throw new UsageError(`${token.rawName} takes no value (got "${token.value}")`);
      switches.add(token.name);
      continue;
    }
    if (token.value === undefined || (!token.inlineValue && token.value.startsWith('-') && token.value !== '-'))
      throw new UsageError(`${token.rawName} needs a value`);
    strings.set(token.name, [...(strings.get(token.name) ?? []), token.value]);
  }
  const last = (name: Name) => strings.get(name)?.at(-1);
  return {
    paths,
    include: strings.get('include') ?? [],
    exclude: strings.get('exclude') ?? [],
    noColor: switches.has('no-color'),
    strict: switches.has('strict'),
    showFingerprints: switches.has('show-fingerprints'),
    listRules: switches.has('list-rules'),
    fix: switches.has('fix'),
    dryRun: switches.has('dry-run'),
    help: switches.has('help'),
    version: switches.has('version'),
    format: last('format'),
    failOn: last('fail-on'),
    config: last('config'),
    output: last('output'),
    baseline: last('baseline'),
    writeBaseline: last('write-baseline'),
    cache: last('cache'),
    explain: last('explain'),
  };
}
