import type { Verdict } from '../exit-decision.js';
import { inChangedFiles, verdictReason } from '../verdict-wording.js';

/** The verdict's line at the top of the summary. */
export function verdictLine(verdict: Verdict): string {
  return verdict.failed ? `❌ **Failed:** ${verdictReason(verdict)}.` : `✅ **Passed:** ${verdictReason(verdict)}.`;
}

/** The gate the verdict was decided under, in a sentence. */
export function gateText(verdict: Verdict): string {
  if (verdict.failOn === 'never') return 'The step never fails on findings (`fail-on: never`).';
  const what = verdict.failOn === 'notice' ? 'any finding' : `findings at ${verdict.failOn} or worse`;
  return `The step fails on ${what}${inChangedFiles(verdict.failScope)}.`;
}
