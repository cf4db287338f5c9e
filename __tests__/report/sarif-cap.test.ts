import { describe, expect, it } from '@jest/globals';
import { capResults } from '../../src/report/sarif-cap.js';
import { toSarif } from '../../src/report/sarif.js';
import type { Finding } from '../../src/model/findings.js';
import type { ScanResult } from '../../src/model/results.js';
import { scanFiles } from '../helpers/scan.js';

describe('capResults', () => {
  it('keeps everything that fits', () => {
    const items = [{ severity: 'notice' as const }, { severity: 'error' as const }];
    expect(capResults(items, 2)).toEqual({ kept: items, leftOut: 0 });
  });

  it('keeps the most severe findings, then suppressed ones, in their original order', () => {
    const items = [
      { id: 1, severity: 'notice' as const },
      { id: 2, severity: 'error' as const, suppressed: 'inline' as const },
      { id: 3, severity: 'warning' as const },
      { id: 4, severity: 'error' as const },
      { id: 5, severity: 'notice' as const },
    ];
    expect(capResults(items, 3).kept.map((item) => item.id)).toEqual([1, 3, 4]);
    expect(capResults(items, 2)).toMatchObject({ leftOut: 3 });
    expect(capResults(items, 2).kept.map((item) => item.id)).toEqual([3, 4]);
  });
});

describe('toSarif over the cap', () => {
  it('writes at most the limit, says how many were left out, and counts all of them', () => {
    const base = scanFiles({ 'svc/.env': `AWS_ACCESS_KEY_ID=AKIA${'CAPCAPCA'}${'Q2R3S4T5'}\n` });
    const first = base.findings[0] as Finding;
    const findings: Finding[] = Array.from({ length: 30 }, (_, i) => ({
      ...first,
      severity: i % 3 === 0 ? 'error' : 'warning',
      fingerprint: String(i),
    }));
    const result: ScanResult = { ...base, findings, suppressed: [] };
    const run = toSarif(result, { limit: 12 }).runs[0];
    expect(run?.results).toHaveLength(12);
    expect(run?.results?.filter((r) => r.level === 'error')).toHaveLength(10);
    expect(run?.invocations?.[0]?.toolExecutionNotifications?.[0]?.message.text).toMatch(
      /^18 of 30 result\(s\) are not in this file: code scanning accepts at most 12 per run/,
    );
    expect(run?.properties).toMatchObject({ results: 30, resultsLeftOut: 18, errors: 10, warnings: 20 });
    expect(toSarif(result).runs[0]?.results).toHaveLength(30);
    expect(toSarif(result).runs[0]?.properties).toBeUndefined();
  });
});
