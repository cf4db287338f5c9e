import { sortFindings } from '../scan/engine.js';
import type { ScanResult } from '../model/results.js';
import { rebase } from '../report/rebase.js';

/**
 * One result from several scans, each rebased to its place from the working folder so that paths stay
 * apart and can be opened from where the command ran.
 */
export function mergeResults(parts: ReadonlyArray<{ result: ScanResult; place: string }>, root: string): ScanResult {
  const moved = parts.map(({ result, place }) => rebase(result, place));
  return {
    root,
    files: moved.reduce((sum, result) => sum + result.files, 0),
    findings: sortFindings(moved.flatMap((result) => result.findings)),
    suppressed: sortFindings(moved.flatMap((result) => result.suppressed)),
    problems: moved.flatMap((result) => result.problems),
    inventory: moved.flatMap((result) => result.inventory),
    iacCredentials: moved.flatMap((result) => result.iacCredentials),
  };
}
