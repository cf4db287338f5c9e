import { describe, expect, it, jest } from '@jest/globals';
import * as core from '../helpers/core.js';
import type { Finding } from '../../src/model/findings.js';
import type { ScanResult } from '../../src/model/results.js';

jest.unstable_mockModule('@actions/core', () => core);
const { printTextReport, maxLogGroups } = await import('../../src/output/reports.js');
const { createLogWriter, maxBlockLines } = await import('../../src/output/log.js');
const { compactTextByFile } = await import('../../src/report/text.js');

function finding(file: string, line: number, severity: Finding['severity'] = 'error'): Finding {
  return {
    ruleId: 'hardcoded-access-key',
    severity,
    file,
    span: { startLine: line, startColumn: 3, endLine: line, endColumn: 9 },
    message: `m${line}`,
    fingerprintSeed: `${file}${line}`,
  };
}

function resultOf(findings: Finding[]): ScanResult {
  return {
    root: '.',
    files: 3,
    findings,
    suppressed: [],
    problems: [
      { file: 'b.tf', span: { startLine: 2, startColumn: 1, endLine: 2, endColumn: 1 }, message: 'not parsed' },
    ],
    inventory: [],
    iacCredentials: [],
  };
}

/** The log as the runner sees it, with the group commands core would write where they are called. */
function printed(result: ScanResult): string[] {
  core.useInputs({});
  const out: string[] = [];
  core.startGroup.mockImplementation((title) => void out.push(`::group::${title}\n`));
  core.endGroup.mockImplementation(() => void out.push('::endgroup::\n'));
  printTextReport(
    createLogWriter(
      (chunk) => out.push(chunk),
      () => 'stop',
    ),
    compactTextByFile(result),
  );
  return out.join('').split('\n');
}

describe('the text report in the action log', () => {
  it('is grouped by file, in path order, lines in order, each line greppable, then the counts', () => {
    const lines = printed(
      resultOf([finding('b.tf', 9, 'warning'), finding('a.yml', 4), finding('b.tf', 3), finding('', 1)]),
    );
    expect(lines).toEqual([
      '::group::a.yml (1 finding)',
      '::stop-commands::stop',
      'a.yml:4:3 error hardcoded-access-key m4',
      '::stop::',
      '::endgroup::',
      '::group::b.tf (2 findings, 1 note)',
      '::stop-commands::stop',
      'b.tf:2:1 note not parsed',
      'b.tf:3:3 error hardcoded-access-key m3',
      'b.tf:9:3 warning hardcoded-access-key m9',
      '::stop::',
      '::endgroup::',
      '::group::(repository) (1 finding)',
      '::stop-commands::stop',
      '(repository) error hardcoded-access-key m1',
      '::stop::',
      '::endgroup::',
      '4 finding(s): 3 error(s), 1 warning(s), 0 notice(s); 3 file(s) scanned.',
      '',
    ]);
  });

  it('prints at most a bounded number of groups and lines in all, and counts the rest', () => {
    const many = Array.from({ length: maxLogGroups + 4 }, (_, i) => finding(`f${String(i).padStart(4, '0')}.yml`, 1));
    const lines = printed(resultOf(many));
    expect(lines.filter((line) => line.startsWith('::group::'))).toHaveLength(maxLogGroups);
    // b.tf (its note) sorts first: it and the first 299 files are printed; five files' lines are not.
    expect(lines).toContain('… 5 more line(s) not printed; the SARIF file and the summary count all of them.');
    const flood = Array.from({ length: 3 }, (_, file) =>
      Array.from({ length: maxBlockLines }, (_, line) => finding(`g${file}.env`, line + 1)),
    ).flat();
    const printedFlood = printed(resultOf(flood));
    expect(printedFlood.filter((line) => line.includes(' error hardcoded-access-key '))).toHaveLength(
      maxBlockLines - 1,
    );
    expect(printedFlood.filter((line) => line.startsWith('::group::'))).toEqual([
      '::group::b.tf (1 note)',
      `::group::g0.env (${maxBlockLines} findings)`,
    ]);
    expect(printedFlood).toContain(
      `… ${3 * maxBlockLines - (maxBlockLines - 1)} more line(s) not printed; the SARIF file and the summary count all of them.`,
    );
  });
});
