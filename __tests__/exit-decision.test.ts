import { describe, expect, it } from '@jest/globals';
import { exitDecision } from '../src/exit-decision.js';
import type { Finding, Severity } from '../src/model/findings.js';
import type { ScanResult } from '../src/model/results.js';

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

describe('exitDecision', () => {
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
