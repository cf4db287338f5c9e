import { describe, expect, it } from '@jest/globals';
import type { FailCause, PassCause, Verdict } from '../../src/report/exit-decision.js';
import { failureLine, inChangedFiles, plural, verdictReason } from '../../src/report/verdict-wording.js';

const counts = (error: number, warning: number, notice: number) => ({ error, warning, notice });
const passed = (cause: PassCause, failOn: Verdict['failOn'] = 'error', failScope: Verdict['failScope'] = 'all') =>
  ({ failed: false, cause, failOn, failScope }) as const;
const failed = (cause: FailCause, failOn: Verdict['failOn'] = 'error', failScope: Verdict['failScope'] = 'all') =>
  ({ failed: true, cause, failOn, failScope }) as const;

describe('words', () => {
  it('plural: one without an s, any other count with one', () => {
    expect([0, 1, 2].map((count) => plural(count, 'file'))).toEqual(['0 files', '1 file', '2 files']);
  });

  it('inChangedFiles: words only under scope changed', () => {
    expect([inChangedFiles('changed'), inChangedFiles('all')]).toEqual([' in files this pull request changes', '']);
  });
});

describe('why the run passed, for the summary', () => {
  it('no findings', () => {
    expect(verdictReason(passed({ kind: 'no-findings' }))).toBe('no findings');
  });

  it('fail-on never: what was reported, worst first, joined with commas and "and"', () => {
    expect(verdictReason(passed({ kind: 'fail-on-never', reported: counts(1, 2, 3) }, 'never'))).toBe(
      'fail-on is never (1 error, 2 warnings and 3 notices reported, none fails the step)',
    );
    expect(verdictReason(passed({ kind: 'fail-on-never', reported: counts(0, 0, 0) }, 'never'))).toBe(
      'fail-on is never (no findings reported, none fails the step)',
    );
  });

  it('below fail-on: nothing at fail-on or worse, and "no finding" under fail-on notice', () => {
    expect(verdictReason(passed({ kind: 'below-fail-on', reported: counts(0, 1, 1) }))).toBe(
      'nothing at error or worse (1 warning and 1 notice)',
    );
    expect(verdictReason(passed({ kind: 'below-fail-on', reported: counts(0, 0, 2) }, 'warning'))).toBe(
      'nothing at warning or worse (2 notices)',
    );
    expect(verdictReason(passed({ kind: 'below-fail-on', reported: counts(0, 0, 0) }, 'notice'))).toBe(
      'no finding (no findings)',
    );
  });

  it('only in other files: what lies there, with the verb agreeing', () => {
    expect(verdictReason(passed({ kind: 'outside-changed-files', outside: counts(1, 0, 0) }, 'error', 'changed'))).toBe(
      'nothing at error or worse in files this pull request changes; 1 error in other files is listed below and does not fail the step',
    );
    expect(
      verdictReason(passed({ kind: 'outside-changed-files', outside: counts(1, 1, 0) }, 'notice', 'changed')),
    ).toBe(
      'no finding in files this pull request changes; 1 error and 1 warning in other files are listed below and do not fail the step',
    );
  });
});

describe('why the run failed: the summary sentence and the line for the log', () => {
  const sayings = (verdict: ReturnType<typeof failed>) => [verdictReason(verdict), failureLine(verdict)];

  it.each([
    [{ kind: 'scan-warnings', warnings: 1 }, '1 warning about the scan', '1 warning(s), and strict is on'],
    [{ kind: 'scan-warnings', warnings: 3 }, '3 warnings about the scan', '3 warning(s), and strict is on'],
    [
      { kind: 'unread-files', files: 1 },
      '1 file could not be fully read',
      '1 file(s) could not be fully read (--strict)',
    ],
    [
      { kind: 'unread-files', files: 2 },
      '2 files could not be fully read',
      '2 file(s) could not be fully read (--strict)',
    ],
  ] as const)('under strict, %o: "%s, and strict is on"', (cause, sentence, line) => {
    expect(sayings(failed(cause))).toEqual([`${sentence}, and strict is on`, `ses-credential-hygiene: ${line}`]);
  });

  it('findings: the failing ones for the summary, all counted ones for the log', () => {
    expect(
      sayings(failed({ kind: 'findings', failing: counts(1, 2, 0), counted: counts(1, 2, 4) }, 'warning')),
    ).toEqual([
      '1 error and 2 warnings',
      'ses-credential-hygiene: 7 finding(s), 1 error(s) and 2 warning(s); failing on warning or worse.',
    ]);
    expect(
      sayings(failed({ kind: 'findings', failing: counts(0, 0, 1), counted: counts(0, 0, 1) }, 'notice', 'changed')),
    ).toEqual([
      '1 notice in files this pull request changes',
      'ses-credential-hygiene: 1 finding(s) in files this pull request changes, 0 error(s) and 0 warning(s); failing on notice or worse.',
    ]);
  });
});
