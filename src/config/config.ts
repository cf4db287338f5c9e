import { withUserNameRules, type NameRule } from '../credentials/names.js';
import { stripControl } from '../common/control.js';
import { scrubCredentials } from '../credentials/values.js';
import { globMatcher, globRefusal } from '../discovery/glob.js';
import type { Severity } from '../model/findings.js';
import { defaultParseLimits, type ParseLimits } from '../formats/shared/limits.js';
import { unsafePatternReason } from './name-pattern.js';
import { formatProblem, parseAndValidate, type ConfigProblem } from './validate.js';

export type RuleSetting = Severity | 'off';

export interface PathIgnore {
  glob: string;
  matches: (path: string) => boolean;
  /** Undefined: every rule. */
  rules?: ReadonlySet<string>;
}

export interface Config {
  ruleSettings: ReadonlyMap<string, RuleSetting>;
  ignores: readonly PathIgnore[];
  nameRules: readonly NameRule[];
  include: readonly string[];
  exclude: readonly string[];
  maxFileBytes: number;
  limits: ParseLimits;
}

export const defaultMaxFileBytes = 10 * 1024 * 1024;

export const defaultConfigPath = '.github/ses-credential-hygiene.yml';

export function defaultConfig(): Config {
  return {
    ruleSettings: new Map(),
    ignores: [],
    nameRules: withUserNameRules([]),
    include: [],
    exclude: [],
    maxFileBytes: defaultMaxFileBytes,
    limits: { ...defaultParseLimits },
  };
}

export class ConfigError extends Error {
  constructor(
    readonly source: string,
    readonly problems: string[],
  ) {
    // The user's own text is echoed back, so anything credential-shaped in it is redacted; the config may be a
    // pull request's, so a problem is one line without control characters (no terminal sequence, no forged line).
    super(
      `invalid configuration in ${source}:\n${problems.map((problem) => `  - ${stripControl(scrubCredentials(problem))}`).join('\n')}`,
    );
    this.name = 'ConfigError';
  }
}

/**
 * Parses a config file, checks it against the JSON Schema (schema/ses-credential-hygiene.schema.json)
 * and builds the settings. Every problem is listed with its line and column, not only the first.
 */
export function parseConfig(text: string, source: string): Config {
  const parsed = parseAndValidate(text);
  const raw = parsed.value;
  if (!raw) throw new ConfigError(source, parsed.problems.map(formatProblem));
  // The schema has checked every shape below; what is left are checks a schema cannot make.
  const problems: ConfigProblem[] = [];

  const ruleSettings = new Map(Object.entries(raw.rules ?? {}));
  // A glob picomatch would run as a backtracking regex of many stars is refused: the file names are the checkout's.
  for (const key of ['include', 'exclude', 'ignore'] as const)
    for (const [index, entry] of (raw[key] ?? []).entries()) {
      const glob = typeof entry === 'string' ? entry : entry.path;
      const refused = globRefusal(glob);
      const at = typeof entry === 'string' ? [key, index] : [key, index, 'path'];
      if (refused) problems.push({ message: `${key}[${index}]: ${refused}`, ...parsed.positionOf(at) });
    }
  const ignores: PathIgnore[] = (raw.ignore ?? []).map((entry) =>
    typeof entry === 'string'
      ? { glob: entry, matches: globMatcher(entry) }
      : {
          glob: entry.path,
          matches: globMatcher(entry.path),
          ...(entry.rules ? { rules: new Set(entry.rules) } : {}),
        },
  );

  const userNameRules: NameRule[] = [];
  for (const [index, entry] of (raw.names ?? []).entries()) {
    const place = parsed.positionOf(['names', index, 'pattern']);
    const unsafe = unsafePatternReason(entry.pattern);
    if (unsafe) {
      problems.push({ message: `names[${index}]: \`${entry.pattern}\` is refused: ${unsafe}`, ...place });
      continue;
    }
    try {
      userNameRules.push({ pattern: new RegExp(entry.pattern, 'i'), kind: entry.kind, root: entry.root === true });
    } catch {
      problems.push({ message: `names[${index}]: \`${entry.pattern}\` is not a valid regular expression`, ...place });
    }
  }

  let maxFileBytes = defaultMaxFileBytes;
  if (raw['max-file-size'] !== undefined) {
    const size = parseSize(raw['max-file-size']);
    if (size === undefined)
      problems.push({
        message: '`max-file-size` must be a number of bytes or a size such as 5MB',
        ...parsed.positionOf(['max-file-size']),
      });
    else maxFileBytes = size;
  }
  const limits = { ...defaultParseLimits };
  if (raw['max-depth'] !== undefined) limits.maxDepth = raw['max-depth'];
  if (raw['max-aliases'] !== undefined) limits.maxAliases = raw['max-aliases'];
  if (raw['max-nodes'] !== undefined) limits.maxNodes = raw['max-nodes'];
  if (problems.length > 0) throw new ConfigError(source, problems.map(formatProblem));
  return {
    ruleSettings,
    ignores,
    nameRules: withUserNameRules(userNameRules),
    include: raw.include ?? [],
    exclude: raw.exclude ?? [],
    maxFileBytes,
    limits,
  };
}

function parseSize(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value) && value > 0) return Math.floor(value);
  if (typeof value !== 'string') return undefined;
  const match = /^(\d+(?:\.\d+)?)[ \t]*(B|KB|KiB|MB|MiB|GB|GiB)?$/i.exec(value.trim());
  if (!match) return undefined;
  const units: Record<string, number> = { b: 1, kb: 1e3, kib: 1024, mb: 1e6, mib: 1024 ** 2, gb: 1e9, gib: 1024 ** 3 };
  return Math.floor(Number(match[1]) * (units[(match[2] ?? 'b').toLowerCase()] ?? 1));
}

export function parseSeverityThreshold(value: string): Severity | 'never' | undefined {
  const normalized = value.trim().toLowerCase();
  return normalized === 'error' || normalized === 'warning' || normalized === 'notice' || normalized === 'never'
    ? normalized
    : undefined;
}
