import { describe, expect, it } from '@jest/globals';
import { decideVerdict, type Gate } from '../../src/report/exit-decision.js';
import type { Finding, Severity } from '../../src/model/findings.js';
import type { ScanResult } from '../../src/model/results.js';

const finding = (severity: Severity): Finding => ({
  ruleId: 'r',
  severity,
  file: 'a.yml',
  span: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 2 },
  message: 'm',
  fingerprintSeed: 's',
});
const result = (severities: Severity[], problems = 0): ScanResult => ({
  root: '.',
  files: 1,
  findings: severities.map(finding),
  suppressed: [finding('error')],
  problems: Array.from({ length: problems }, () => ({ file: 'b.yml', message: 'YAML syntax error' })),
  inventory: [],
  iacCredentials: [],
});

/** What the step or the CLI does with the verdict: fail with its line for the log, or pass. */
function exitDecision(scanned: ScanResult, gate: Gate): { fail: boolean; reason: string | undefined } {
  const verdict = decideVerdict(scanned, gate);
  return { fail: verdict.failed, reason: verdict.failure };
}

describe('the verdict as the exit sees it', () => {
  it('fails when a counted finding reaches fail-on, with the counts; suppressed findings never count', () => {
    expect(exitDecision(result(['warning', 'notice']), { failOn: 'warning', strict: false })).toEqual({
      fail: true,
      reason: 'ses-credential-hygiene: 2 finding(s), 0 error(s) and 1 warning(s); failing on warning or worse.',
    });
    expect(exitDecision(result(['warning', 'notice']), { failOn: 'error', strict: false })).toEqual({
      fail: false,
      reason: undefined,
    });
    expect(exitDecision(result([]), { failOn: 'notice', strict: false }).fail).toBe(false);
    expect(exitDecision(result(['error']), { failOn: 'never', strict: false }).fail).toBe(false);
  });

  it('with strict, fails on warnings about the scan itself; without it, they do not count', () => {
    expect(exitDecision(result([]), { failOn: 'error', strict: true, scanWarnings: 2 })).toEqual({
      fail: true,
      reason: 'ses-credential-hygiene: 2 warning(s), and strict is on',
    });
    expect(exitDecision(result([]), { failOn: 'error', strict: false, scanWarnings: 2 }).fail).toBe(false);
  });

  it('with strict, fails on files that could not be fully read, whatever fail-on says', () => {
    expect(exitDecision(result([], 2), { failOn: 'never', strict: true })).toEqual({
      fail: true,
      reason: 'ses-credential-hygiene: 2 file(s) could not be fully read (--strict)',
    });
    expect(exitDecision(result([], 2), { failOn: 'never', strict: false }).fail).toBe(false);
  });
});

describe('one verdict for the exit and the summary', () => {
  it('has a line for the log exactly when it fails, under every gate', () => {
    const gates: Gate[] = (['error', 'warning', 'notice', 'never'] as const).flatMap((failOn) =>
      [true, false].flatMap((strict) =>
        (['all', 'changed'] as const).map((failScope) => ({ failOn, strict, failScope, scanWarnings: strict ? 0 : 1 })),
      ),
    );
    for (const gate of gates)
      for (const scanned of [result([]), result(['notice']), result(['warning', 'error']), result([], 1)]) {
        const verdict = decideVerdict(scanned, gate);
        expect([gate, verdict.failed]).toEqual([gate, verdict.failure !== undefined]);
        expect(verdict).toMatchObject({ failOn: gate.failOn, failScope: gate.failScope });
      }
  });
});
