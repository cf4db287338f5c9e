import { severityRank, type Finding } from '../model/findings.js';

/** Code scanning rejects a run with more results than this. */
export const maxSarifResults = 25_000;

/**
 * The results one SARIF run can carry: all of them when they fit, else the most severe (findings
 * before suppressed ones, then errors, warnings, notices), kept in their original order.
 */
export function capResults<T extends Pick<Finding, 'severity' | 'suppressed'>>(
  results: readonly T[],
  limit: number = maxSarifResults,
): { kept: T[]; leftOut: number } {
  if (results.length <= limit) return { kept: [...results], leftOut: 0 };
  // 0 for an error finding up to 5 for a suppressed notice.
  const rank = (result: T) => (result.suppressed ? 3 : 0) + severityRank.error - severityRank[result.severity];
  // Counting sort by rank: linear in the number of results.
  const byRank: number[][] = [[], [], [], [], [], []];
  results.forEach((result, index) => byRank[rank(result)]?.push(index));
  const chosen = byRank.flat().slice(0, limit);
  chosen.sort((a, b) => a - b);
  return { kept: chosen.map((index) => results[index] as T), leftOut: results.length - limit };
}

export function leftOutNotice(leftOut: number, total: number, limit: number = maxSarifResults) {
  return {
    level: 'warning' as const,
    descriptor: { id: 'results-capped' },
    message: {
      text: `${leftOut} of ${total} result(s) are not in this file: code scanning accepts at most ${limit} per run, so the least severe were left out. The run's properties count all of them.`,
    },
  };
}
