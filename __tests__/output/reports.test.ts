import { describe, expect, it, jest } from '@jest/globals';
import * as core from '../helpers/core.js';
import type { Finding } from '../../src/model/findings.js';
import type { ScanResult } from '../../src/model/results.js';

jest.unstable_mockModule('@actions/core', () => core);
const { printTextReport, maxLogGroups } = await import('../../src/output/reports.js');
const { createLogWriter } = await import('../../src/output/log.js');
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

  it('gives at most a bounded number of files a group of their own', () => {
    const many = Array.from({ length: maxLogGroups + 4 }, (_, i) => finding(`f${String(i).padStart(4, '0')}.yml`, 1));
    const lines = printed(resultOf(many));
    const groups = lines.filter((line) => line.startsWith('::group::'));
    // b.tf (its note) and the many files: the first ones each a group, the last five one group.
    expect(groups).toHaveLength(maxLogGroups + 1);
    expect(groups.at(-1)).toBe('::group::5 more files');
    expect(lines.filter((line) => line.includes(' error hardcoded-access-key '))).toHaveLength(maxLogGroups + 4);
  });
});
