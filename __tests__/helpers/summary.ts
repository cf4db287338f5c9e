import { decideVerdict, type Gate } from '../../src/report/exit-decision.js';
import type { ScanResult } from '../../src/model/results.js';
import { renderSummary, type SummaryOptions } from '../../src/report/summary.js';

/** The job summary as the action writes it: the verdict decided once from the gate, then handed to the summary. */
export function summarize(
  result: ScanResult,
  options: Omit<SummaryOptions, 'verdict'> & Omit<Gate, 'strict'> & { strict?: boolean },
): string {
  const { failOn, failScope, strict, scanWarnings, ...rest } = options;
  return renderSummary(result, {
    ...rest,
    verdict: decideVerdict(result, {
      failOn,
      strict: strict ?? false,
      ...(failScope ? { failScope } : {}),
      ...(scanWarnings !== undefined ? { scanWarnings } : {}),
    }),
  });
}
