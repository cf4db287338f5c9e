import { describe, expect, it } from '@jest/globals';
import { decideVerdict, type Gate, type Verdict } from '../../src/report/exit-decision.js';
import type { Finding, Severity } from '../../src/model/findings.js';
import type { ScanResult } from '../../src/model/results.js';

const finding = (severity: Severity, outsideDiff = false): Finding => ({
  ruleId: 'r',
  severity,
  file: 'a.yml',
  span: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 2 },
  message: 'm',
  fingerprintSeed: 's',
  ...(outsideDiff ? { outsideDiff } : {}),
});

/** A scan's result: its findings, a note per file named in `notes` (repeat a name for several notes), and a suppressed error. */
const result = (findings: Finding[], notes: string[] = [], files = 1): ScanResult => ({
  root: '.',
  files,
  findings,
  suppressed: [finding('error')],
  problems: notes.map((file) => ({ file, message: 'YAML syntax error' })),
  inventory: [],
  iacCredentials: [],
});

const counts = (error: number, warning: number, notice: number) => ({ error, warning, notice });
const gate = (failOn: Gate['failOn'], more: Partial<Gate> = {}): Gate => ({ failOn, strict: false, ...more });
/** The verdict without the gate it echoes: failed or passed, and the cause. */
const judged = (scanned: ScanResult, applied: Gate) => {
  const { failed, cause } = decideVerdict(scanned, applied);
  return { failed, cause };
};

describe('the threshold', () => {
  it('fails on a finding at fail-on or worse, never under fail-on never', () => {
    const failOns = ['error', 'warning', 'notice', 'never'] as const;
    const severities = ['error', 'warning', 'notice'] as const;
    const table = failOns.map((failOn) => [
      failOn,
      severities.map((severity) => decideVerdict(result([finding(severity)]), gate(failOn)).failed),
    ]);
    expect(table).toEqual([
      ['error', [true, false, false]],
      ['warning', [true, true, false]],
      ['notice', [true, true, true]],
      ['never', [false, false, false]],
    ]);
  });

  it('counts the findings at fail-on or worse apart from all the findings counted', () => {
    const scanned = result([finding('error'), finding('warning'), finding('warning'), finding('notice')]);
    expect(judged(scanned, gate('warning'))).toEqual({
      failed: true,
      cause: { kind: 'findings', failing: counts(1, 2, 0), counted: counts(1, 2, 1) },
    });
  });

  it('passes below fail-on, saying what was reported', () => {
    expect(judged(result([finding('warning'), finding('notice')]), gate('error'))).toEqual({
      failed: false,
      cause: { kind: 'below-fail-on', reported: counts(0, 1, 1) },
    });
  });

  it('passes under fail-on never, saying what was reported, none at all included', () => {
    expect(judged(result([finding('error'), finding('notice')]), gate('never'))).toEqual({
      failed: false,
      cause: { kind: 'fail-on-never', reported: counts(1, 0, 1) },
    });
    expect(judged(result([]), gate('never'))).toEqual({
      failed: false,
      cause: { kind: 'fail-on-never', reported: counts(0, 0, 0) },
    });
  });

  it('passes with no findings, suppressed ones never counting, zero files scanned included', () => {
    for (const failOn of ['error', 'warning', 'notice'] as const)
      expect(judged(result([], [], 0), gate(failOn))).toEqual({ failed: false, cause: { kind: 'no-findings' } });
  });
});

describe('the scope', () => {
  const outside = finding('error', true);
  const inside = finding('warning');

  it('counts every finding by default and under scope all', () => {
    for (const applied of [gate('error'), gate('error', { failScope: 'all' })])
      expect(decideVerdict(result([outside, inside]), applied)).toEqual({
        failOn: 'error',
        failScope: 'all',
        failed: true,
        cause: { kind: 'findings', failing: counts(1, 0, 0), counted: counts(1, 1, 0) },
      });
  });

  it('under scope changed, counts only findings in changed files', () => {
    expect(decideVerdict(result([outside, inside]), gate('warning', { failScope: 'changed' }))).toEqual({
      failOn: 'warning',
      failScope: 'changed',
      failed: true,
      cause: { kind: 'findings', failing: counts(0, 1, 0), counted: counts(0, 1, 0) },
    });
  });

  it('under scope changed, passes when what would fail lies only in other files, and says what lies there', () => {
    expect(judged(result([outside, finding('error', true), inside]), gate('error', { failScope: 'changed' }))).toEqual({
      failed: false,
      cause: { kind: 'outside-changed-files', outside: counts(2, 0, 0) },
    });
  });

  it('under scope changed, passes below fail-on as under scope all when nothing elsewhere reaches it', () => {
    expect(judged(result([finding('notice', true), inside]), gate('error', { failScope: 'changed' }))).toEqual({
      failed: false,
      cause: { kind: 'below-fail-on', reported: counts(0, 1, 1) },
    });
  });
});

describe('strict', () => {
  it('fails on warnings about the scan itself, whatever the findings; without strict they do not count', () => {
    expect(judged(result([]), gate('never', { strict: true, scanWarnings: 2 }))).toEqual({
      failed: true,
      cause: { kind: 'scan-warnings', warnings: 2 },
    });
    expect(judged(result([]), gate('error', { strict: false, scanWarnings: 2 }))).toEqual({
      failed: false,
      cause: { kind: 'no-findings' },
    });
    expect(judged(result([]), gate('error', { strict: true, scanWarnings: 0 })).failed).toBe(false);
  });

  it('fails when no file was scanned and the callers warn of it', () => {
    expect(judged(result([], [], 0), gate('error', { strict: true, scanWarnings: 1 }))).toEqual({
      failed: true,
      cause: { kind: 'scan-warnings', warnings: 1 },
    });
  });

  it('fails on files with notes, counting files, not notes; without strict they do not count', () => {
    const scanned = result([], ['b.yml', 'main.tf', 'main.tf', 'main.tf']);
    expect(judged(scanned, gate('never', { strict: true }))).toEqual({
      failed: true,
      cause: { kind: 'unread-files', files: 2 },
    });
    expect(judged(scanned, gate('never', { strict: false })).failed).toBe(false);
    expect(judged(result([]), gate('never', { strict: true })).failed).toBe(false);
  });

  it('names the first cause: scan warnings, then unread files, then findings', () => {
    const scanned = result([finding('error')], ['b.yml']);
    expect(judged(scanned, gate('error', { strict: true, scanWarnings: 1 })).cause.kind).toBe('scan-warnings');
    expect(judged(scanned, gate('error', { strict: true })).cause.kind).toBe('unread-files');
    expect(judged(scanned, gate('error', { strict: false, scanWarnings: 1 })).cause.kind).toBe('findings');
  });
});

describe('one verdict for the exit and the summary', () => {
  it('carries the gate it was decided under, under every gate', () => {
    const gates: Gate[] = (['error', 'warning', 'notice', 'never'] as const).flatMap((failOn) =>
      [true, false].flatMap((strict) =>
        (['all', 'changed'] as const).map((failScope) => ({ failOn, strict, failScope, scanWarnings: strict ? 0 : 1 })),
      ),
    );
    const verdicts: Verdict[] = gates.flatMap((applied) =>
      [
        result([]),
        result([finding('notice')]),
        result([finding('warning'), finding('error')]),
        result([], ['b.yml']),
      ].map((scanned) => decideVerdict(scanned, applied)),
    );
    expect(verdicts.map(({ failOn, failScope }) => ({ failOn, failScope }))).toEqual(
      gates.flatMap(({ failOn, failScope }) => Array.from({ length: 4 }, () => ({ failOn, failScope }))),
    );
  });
});
