import type { CredentialKind } from './kinds.js';
import type { Span } from './references.js';

export type Severity = 'error' | 'warning' | 'notice';

export const severityRank: Record<Severity, number> = { error: 3, warning: 2, notice: 1 };

/** Every severity, worst first: the order of every count, table and plan. */
export const severitiesWorstFirst: readonly Severity[] = ['error', 'warning', 'notice'];

export function countBySeverity(findings: readonly Pick<Finding, 'severity'>[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, notice: 0 };
  for (const finding of findings) counts[finding.severity]++;
  return counts;
}

/**
 * One replacement in a scanned file: the text at `span` becomes `replacement`. Positions follow
 * `Span`: 1-based lines and columns in UTF-16 code units, the end column exclusive (as SARIF's
 * regions). `original` is the text the rule saw there, so an applier refuses a file changed since.
 */
export interface FixEdit {
  /** POSIX path relative to the scanned root, as `Finding.file`. */
  file: string;
  span: Span;
  original: string;
  replacement: string;
}

/** A mechanical change that removes a finding: its edits all lie in scanned files and never overlap. */
export interface Fix {
  /** One line saying what the change does, e.g. "mark the output `sensitive = true`". */
  description: string;
  edits: FixEdit[];
  /** Offered for review only (SARIF, summary, suggestions); `--fix` never applies it. */
  suggestionOnly?: boolean;
}

/** A rule's verdict on one place: what the reporters, suppressions and the exit decision work on. */
export interface Finding {
  ruleId: string;
  severity: Severity;
  /** POSIX path relative to the scanned root; empty for findings on the repository (its secrets), which have no position. */
  file: string;
  span: Span;
  message: string;
  credential?: { name: string; kind?: CredentialKind | undefined; root?: boolean };
  /** Stable across line moves: the rule, file and what was found, not where. */
  fingerprintSeed: string;
  /** Hash of the seed and the how-many-th such finding in the file; filled by the engine. */
  fingerprint?: string;
  suppressed?: 'inline' | 'config' | 'baseline';
  /** In pull-request mode: the file is not among those the pull request changes. */
  outsideDiff?: boolean;
  /** The change that removes this finding, where it is mechanical (checked by the engine). */
  fix?: Fix;
}
