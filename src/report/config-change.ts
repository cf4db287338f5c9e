import type { Config } from '../config/config.js';
import { codeSpan } from './summary/markdown.js';

/**
 * What a pull request's own config or baseline would have changed, had it been applied: each line
 * names something it turns off or loosens. Tightening (a rule made stricter) is not listed.
 */
export interface ConfigChange {
  /** The files the pull request changes (config, baseline), relative to the repository root. */
  files: string[];
  /** One line per loosening, for the summary. */
  wouldTurnOff: string[];
}

const strictness: Record<string, number> = { off: 0, notice: 1, warning: 2, error: 3 };

export function describeConfigChange(base: Config, head: Config): string[] {
  const lines: string[] = [];
  for (const [id, setting] of head.ruleSettings) {
    const before = base.ruleSettings.get(id);
    if ((strictness[setting] ?? 3) < (strictness[before ?? 'error'] ?? 3))
      lines.push(
        setting === 'off'
          ? `turns rule \`${id}\` off`
          : `lowers rule \`${id}\` to ${setting} (was ${before ?? 'default'})`,
      );
  }
  const baseIgnores = new Set(base.ignores.map((ignore) => ignoreKey(ignore.glob, ignore.rules)));
  for (const ignore of head.ignores)
    if (!baseIgnores.has(ignoreKey(ignore.glob, ignore.rules)))
      lines.push(
        `ignores ${codeSpan(ignore.glob)}${ignore.rules ? ` for ${[...ignore.rules].map((id) => `\`${id}\``).join(', ')}` : ' for every rule'}`,
      );
  for (const glob of head.exclude) if (!base.exclude.includes(glob)) lines.push(`excludes ${codeSpan(glob)}`);
  for (const glob of head.include) if (!base.include.includes(glob)) lines.push(`limits the scan to ${codeSpan(glob)}`);
  if (head.maxFileBytes < base.maxFileBytes)
    lines.push(`lowers max-file-size to ${head.maxFileBytes} bytes (was ${base.maxFileBytes})`);
  if (head.limits.maxDepth < base.limits.maxDepth)
    lines.push(`lowers max-depth to ${head.limits.maxDepth} (was ${base.limits.maxDepth})`);
  if (head.limits.maxAliases < base.limits.maxAliases)
    lines.push(`lowers max-aliases to ${head.limits.maxAliases} (was ${base.limits.maxAliases})`);
  if (head.limits.maxNodes < base.limits.maxNodes)
    lines.push(`lowers max-nodes to ${head.limits.maxNodes} (was ${base.limits.maxNodes})`);
  const added = head.nameRules.length - base.nameRules.length;
  if (added > 0) lines.push(`adds ${added} \`names:\` pattern(s), which can reclassify credentials`);
  return lines;
}

function ignoreKey(glob: string, rules: ReadonlySet<string> | undefined): string {
  return `${glob}\u0000${rules ? [...rules].sort().join(',') : '*'}`;
}

export function describeBaselineChange(base: ReadonlySet<string>, head: ReadonlySet<string>): string[] {
  const added = [...head].filter((fingerprint) => !base.has(fingerprint)).length;
  return added > 0 ? [`adds ${added} fingerprint(s) to the baseline, which would suppress those findings`] : [];
}

/** Changes listed in the summary at most; the pull request's config may list thousands. */
const maxListedChanges = 50;

/** The job summary's section on a pull request's attempt to change its own settings. */
export function renderConfigChangeSection(change: ConfigChange): string {
  const lines = [
    '### Settings this pull request changes (not applied)',
    '',
    `This pull request changes ${change.files.map(codeSpan).join(' and ')}. The scan used the base commit's settings instead. What the change does:`,
    '',
    ...(change.wouldTurnOff.length > 0
      ? change.wouldTurnOff.slice(0, maxListedChanges).map((line) => `- ${line}`)
      : ['- turns nothing off (it only tightens or rewords the settings)']),
    ...(change.wouldTurnOff.length > maxListedChanges
      ? [
          `- and ${change.wouldTurnOff.length - maxListedChanges} more change(s), not listed (at most ${maxListedChanges} are)`,
        ]
      : []),
    '',
  ];
  return lines.join('\n');
}

/** The notice printed when a pull request's settings were not applied. */
export function configChangeNotice(change: ConfigChange): string {
  return `ses-credential-hygiene: this pull request changes ${change.files.join(' and ')}; the change was not applied (the base commit's settings were used). The job summary lists what it would turn off.`;
}
