import type { PathIgnore } from '../config/config.js';
import type { Finding } from '../model/findings.js';
import { ignoredInline, type InlineIgnores } from './inline.js';

/** What may come from outside the scanned files: an accepted baseline and, in pull-request mode, the scope. */
export interface OutsideSuppressions {
  /** Fingerprints of findings accepted for now (a baseline file). */
  baseline?: ReadonlySet<string>;
  /**
   * In pull-request mode, the files the pull request changes, as paths from the scanned folder: findings
   * elsewhere stay counted but are marked `outsideDiff` (not annotated). Undefined: every file is in scope.
   */
  changedFiles?: ReadonlySet<string>;
  /** Whether ignore comments in the scanned files count (`inline-ignores`); default true. */
  inlineIgnores?: boolean;
}

/** Every source of suppression, from the files (ignore comments), the config file and outside. */
export interface SuppressionSources extends OutsideSuppressions {
  /** Ignore comments, by file. */
  inline: ReadonlyMap<string, InlineIgnores>;
  /** The config file's `ignore` entries. */
  config: readonly PathIgnore[];
}

/** Findings that count, and those that are reported but never count. */
export interface SuppressedFindings {
  findings: Finding[];
  suppressed: Finding[];
}

/** Why a finding is suppressed, first match wins: an ignore comment, then the config file, then the baseline. */
function suppressionOf(
  finding: Finding,
  sources: SuppressionSources,
  byFile: ConfigIgnoresByFile,
): Finding['suppressed'] {
  if (ignoredInline(sources.inline, finding)) return 'inline';
  if (byFile.ignores(finding.file, finding.ruleId)) return 'config';
  if (finding.fingerprint !== undefined && sources.baseline?.has(finding.fingerprint)) return 'baseline';
  return undefined;
}

/**
 * The config file's ignores, each glob tried once per file rather than once per finding: a file may hold
 * thousands of findings and the config thousands of ignores.
 */
class ConfigIgnoresByFile {
  /** Per file: every rule ignored there (`all`), or the rule ids of the ignores whose glob matches it. */
  private readonly known = new Map<string, { all: boolean; rules: Set<string> }>();

  constructor(private readonly config: readonly PathIgnore[]) {}

  ignores(file: string, ruleId: string): boolean {
    if (this.config.length === 0) return false;
    let matched = this.known.get(file);
    if (!matched) {
      matched = { all: false, rules: new Set<string>() };
      for (const ignore of this.config) {
        if (!ignore.matches(file)) continue;
        if (!ignore.rules) {
          matched.all = true;
          break;
        }
        for (const rule of ignore.rules) matched.rules.add(rule);
      }
      this.known.set(file, matched);
    }
    return matched.all || matched.rules.has(ruleId);
  }
}

/**
 * Gives each finding its final state, once: counted, counted but outside the pull request's diff, or
 * suppressed with its reason. Order is kept, so findings sorted worst first stay so; suppressions written
 * in the repository are listed before those from the baseline. Fingerprints are not touched: they were
 * counted over every finding, so suppressing one never renumbers another.
 */
export function applySuppressions(findings: readonly Finding[], sources: SuppressionSources): SuppressedFindings {
  const counted: Finding[] = [];
  const inRepository: Finding[] = [];
  const inBaseline: Finding[] = [];
  const byFile = new ConfigIgnoresByFile(sources.config);
  for (const finding of findings) {
    const suppressed = suppressionOf(finding, sources, byFile);
    if (suppressed === 'baseline') inBaseline.push({ ...finding, suppressed });
    else if (suppressed) inRepository.push({ ...finding, suppressed });
    else if (sources.changedFiles && !sources.changedFiles.has(finding.file))
      counted.push({ ...finding, outsideDiff: true });
    else counted.push(finding);
  }
  return { findings: counted, suppressed: [...inRepository, ...inBaseline] };
}
