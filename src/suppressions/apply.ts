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
function suppressionOf(finding: Finding, sources: SuppressionSources): Finding['suppressed'] {
  if (ignoredInline(sources.inline, finding)) return 'inline';
  if (
    sources.config.some((ignore) => ignore.matches(finding.file) && (!ignore.rules || ignore.rules.has(finding.ruleId)))
  )
    return 'config';
  if (finding.fingerprint !== undefined && sources.baseline?.has(finding.fingerprint)) return 'baseline';
  return undefined;
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
  for (const finding of findings) {
    const suppressed = suppressionOf(finding, sources);
    if (suppressed === 'baseline') inBaseline.push({ ...finding, suppressed });
    else if (suppressed) inRepository.push({ ...finding, suppressed });
    else if (sources.changedFiles && !sources.changedFiles.has(finding.file))
      counted.push({ ...finding, outsideDiff: true });
    else counted.push(finding);
  }
  return { findings: counted, suppressed: [...inRepository, ...inBaseline] };
}
