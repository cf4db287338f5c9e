import { inChangedFiles, type Verdict } from '../exit-decision.js';

/** The verdict's line at the top of the summary. */
export function verdictLine(verdict: Verdict): string {
  return verdict.failed ? `❌ **Failed:** ${verdict.reason}.` : `✅ **Passed:** ${verdict.reason}.`;
}

/** The gate the verdict was decided under, in a sentence. */
export function gateText(verdict: Verdict): string {
  if (verdict.failOn === 'never') return 'The step never fails on findings (`fail-on: never`).';
  const what = verdict.failOn === 'notice' ? 'any finding' : `findings at ${verdict.failOn} or worse`;
  return `The step fails on ${what}${inChangedFiles(verdict.failScope)}.`;
}
