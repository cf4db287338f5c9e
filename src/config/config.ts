import { parse } from 'yaml';
import { credentialKinds, isCredentialKind } from '../credentials/kinds.js';
import { namePatternProblem } from '../credentials/name-pattern.js';
import { withUserNameRules, type NameRule } from '../credentials/names.js';
import { scrubCredentials } from '../credentials/values.js';
import { globMatcher } from '../discovery/glob.js';
import type { Severity } from '../model/findings.js';
import { ruleIds } from '../rules/index.js';
import { defaultParseLimits, type ParseLimits } from '../formats/shared/limits.js';

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
    // The user's own text is echoed back, so anything credential-shaped in it is redacted.
    super(
      `invalid configuration in ${source}:\n${problems.map((problem) => `  - ${scrubCredentials(problem)}`).join('\n')}`,
    );
    this.name = 'ConfigError';
  }
}

const topLevelKeys = [
  'rules',
  'ignore',
  'names',
  'include',
  'exclude',
  'max-file-size',
  'max-depth',
  'max-aliases',
  'max-nodes',
];
const settings: readonly RuleSetting[] = ['error', 'warning', 'notice', 'off'];

/** Parses and validates a config file; every problem is listed, not only the first. */
export function parseConfig(text: string, source: string): Config {
  const problems: string[] = [];
  let raw: unknown;
  try {
    raw = parse(text, { maxAliasCount: 10 }) ?? {};
  } catch (error) {
    throw new ConfigError(source, [
      `not valid YAML: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
    ]);
  }
  if (!isRecord(raw)) throw new ConfigError(source, ['the file must be a mapping of settings']);
  for (const key of Object.keys(raw))
    if (!topLevelKeys.includes(key)) problems.push(`unknown key \`${key}\` (known: ${topLevelKeys.join(', ')})`);

  const ruleSettings = new Map<string, RuleSetting>();
  if (raw.rules !== undefined) {
    if (!isRecord(raw.rules)) problems.push('`rules` must map rule ids to error, warning, notice or off');
    else
      for (const [id, setting] of Object.entries(raw.rules)) {
        if (!ruleIds.includes(id)) problems.push(`unknown rule id \`${id}\` under \`rules\`${suggest(id)}`);
        else if (typeof setting !== 'string' || !settings.includes(setting as RuleSetting))
          problems.push(`rule \`${id}\`: \`${String(setting)}\` is not one of ${settings.join(', ')}`);
        else ruleSettings.set(id, setting as RuleSetting);
      }
  }

  const ignores: PathIgnore[] = [];
  for (const [index, entry] of asList(raw.ignore, 'ignore', problems).entries()) {
    if (typeof entry === 'string') ignores.push({ glob: entry, matches: globMatcher(entry) });
    else if (isRecord(entry) && typeof entry.path === 'string') {
      for (const key of Object.keys(entry))
        if (key !== 'path' && key !== 'rules') problems.push(`ignore[${index}]: unknown key \`${key}\``);
      const ids =
        entry.rules === undefined ? undefined : asList(entry.rules, `ignore[${index}].rules`, problems).map(String);
      for (const id of ids ?? [])
        if (!ruleIds.includes(id)) problems.push(`ignore[${index}]: unknown rule id \`${id}\`${suggest(id)}`);
      ignores.push(
        ids
          ? { glob: entry.path, matches: globMatcher(entry.path), rules: new Set(ids) }
          : { glob: entry.path, matches: globMatcher(entry.path) },
      );
    } else problems.push(`ignore[${index}] must be a glob or { path, rules }`);
  }

  const userNameRules: NameRule[] = [];
  for (const [index, entry] of asList(raw.names, 'names', problems).entries()) {
    if (!isRecord(entry) || typeof entry.pattern !== 'string' || typeof entry.kind !== 'string') {
      problems.push(`names[${index}] must be { pattern, kind, root? }`);
      continue;
    }
    for (const key of Object.keys(entry))
      if (!['pattern', 'kind', 'root'].includes(key)) problems.push(`names[${index}]: unknown key \`${key}\``);
    if (!isCredentialKind(entry.kind)) {
      problems.push(`names[${index}]: unknown kind \`${entry.kind}\` (known: ${credentialKinds.join(', ')})`);
      continue;
    }
    const unsafe = namePatternProblem(entry.pattern);
    if (unsafe) {
      problems.push(`names[${index}]: \`${entry.pattern}\` ${unsafe}`);
      continue;
    }
    try {
      userNameRules.push({ pattern: new RegExp(entry.pattern, 'i'), kind: entry.kind, root: entry.root === true });
    } catch {
      problems.push(`names[${index}]: \`${entry.pattern}\` is not a valid regular expression`);
    }
  }

  const include = asList(raw.include, 'include', problems).map(String);
  const exclude = asList(raw.exclude, 'exclude', problems).map(String);
  let maxFileBytes = defaultMaxFileBytes;
  if (raw['max-file-size'] !== undefined) {
    const parsed = parseSize(raw['max-file-size']);
    if (parsed === undefined) problems.push('`max-file-size` must be a number of bytes or a size such as 5MB');
    else maxFileBytes = parsed;
  }
  const limits = { ...defaultParseLimits };
  for (const [key, field] of [
    ['max-depth', 'maxDepth'],
    ['max-aliases', 'maxAliases'],
    ['max-nodes', 'maxNodes'],
  ] as const) {
    const value = raw[key];
    if (value === undefined) continue;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 1)
      problems.push(`\`${key}\` must be a whole number of at least 1`);
    else limits[field] = value;
  }
  if (problems.length > 0) throw new ConfigError(source, problems);
  return { ruleSettings, ignores, nameRules: withUserNameRules(userNameRules), include, exclude, maxFileBytes, limits };
}

export function parseSize(value: unknown): number | undefined {
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

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function asList(value: unknown, key: string, problems: string[]): unknown[] {
  if (value === undefined || value === null) return [];
  if (Array.isArray(value)) return value;
  problems.push(`\`${key}\` must be a list`);
  return [];
}

function suggest(id: string): string {
  const close = ruleIds.find((known) => known.startsWith(id.slice(0, 6)));
  return close ? ` (did you mean \`${close}\`?)` : '';
}
