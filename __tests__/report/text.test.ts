import { describe, expect, it } from '@jest/globals';
import type { Finding } from '../../src/model/findings.js';
import type { ScanResult } from '../../src/model/results.js';
import { renderCompactText, renderText, wrap } from '../../src/report/text.js';

function finding(file: string, line: number, message = `m${line}`): Finding {
  return {
    ruleId: 'root-credentials',
    severity: 'error',
    file,
    span: { startLine: line, startColumn: 2, endLine: line, endColumn: 3 },
    message,
    fingerprintSeed: `${file}${line}`,
    fingerprint: `fp${line}`,
  };
}

const result: ScanResult = {
  root: '.',
  files: 3,
  findings: [finding('b.yml', 9), finding('', 0, 'repo'), finding('a.yml', 7), finding('b.yml', 2)],
  suppressed: [],
  problems: [
    { file: 'a.yml', message: 'not parsed', span: { startLine: 3, startColumn: 1, endLine: 3, endColumn: 2 } },
  ],
  inventory: [],
  iacCredentials: [],
};

describe('the text report', () => {
  it('groups by file in path order (the repository last), lines in order, problems among them', () => {
    const text = renderText(result, { colour: false });
    const heads = text.split('\n').filter((line) => line !== '' && !line.startsWith(' '));
    expect(heads.slice(0, 3)).toEqual(['a.yml', 'b.yml', '(repository)']);
    expect(text).toContain('a.yml\n  3:1 note not parsed\n  7:2 error root-credentials m7\n    fix: ');
    expect(text).toContain('b.yml\n  2:2 error root-credentials m2\n');
    expect(text).toContain('(repository)\n  - error root-credentials repo\n');
    expect(text).not.toContain('fp7');
    expect(renderText(result, { colour: false, fingerprints: true })).toContain('m7\n    fix: Create');
    expect(renderText(result, { colour: false, fingerprints: true })).toContain('\n    fingerprint: fp7\n');
  });

  it('keeps the compact form one line per finding in the scan order', () => {
    expect(renderCompactText(result, { colour: false }).split('\n').slice(0, 5)).toEqual([
      'b.yml:9:2 error root-credentials m9',
      '(repository) error root-credentials repo',
      'a.yml:7:2 error root-credentials m7',
      'b.yml:2:2 error root-credentials m2',
      'a.yml:3:1 note not parsed',
    ]);
  });

  it('wraps at spaces within the width, the first line shorter by what precedes it; a long word stands alone', () => {
    expect(wrap('aa bb cc dd', 5, 0)).toEqual(['aa bb', 'cc dd']);
    expect(wrap('aa bb cc dd', 5, 3)).toEqual(['aa', 'bb cc', 'dd']);
    expect(wrap('abcdefgh ij', 5, 0)).toEqual(['abcdefgh', 'ij']);
    const long = renderText(
      { ...result, findings: [finding('a.yml', 1, 'word '.repeat(100).trim())], problems: [] },
      { colour: false },
    );
    expect(long.split('\n').every((line) => line.length <= 120)).toBe(true);
    expect(long.split('\n').filter((line) => line.startsWith('    word')).length).toBeGreaterThan(3);
  });
});
