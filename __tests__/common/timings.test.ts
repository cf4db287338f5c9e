import { describe, expect, it } from '@jest/globals';

// The switch is read when the module loads, so it is set before the import.
process.env.SES_CREDENTIAL_HYGIENE_TIMINGS = '1';
const { lap, parseStage, printTimings, timed, timedAsync, timingsReport } = await import('../../src/common/timings.js');

const stageSum = (report: Record<string, number>) =>
  Object.entries(report)
    .filter(([name]) => name !== 'total')
    .reduce((sum, [, ms]) => sum + ms, 0);

describe('stage timings', () => {
  it('counts each stage once, nested stages apart from their parent, and returns what the work returns', async () => {
    lap('before');
    const value = timed('outer', () => timed('inner', () => 41) + 1);
    const later = await timedAsync('waiting', async () => value * 2);
    const report = timingsReport();
    expect([value, later]).toEqual([42, 84]);
    expect(Object.keys(report)).toEqual(['before', 'outer', 'inner', 'waiting', 'untimed', 'total']);
    // Exclusive stages add up to the whole, give or take the rounding of each.
    expect(Math.abs(stageSum(report) - (report.total ?? 0))).toBeLessThan(1);
  });

  it('ends a stage whose work throws', () => {
    expect(() =>
      timed('failing', () => {
        throw new Error('boom');
      }),
    ).toThrow('boom');
    // A lap counts only between top-level stages: it is recorded only if the failing stage was closed.
    lap('after failing');
    expect(Object.keys(timingsReport())).toEqual(expect.arrayContaining(['failing', 'after failing']));
  });

  it('sorts adapters into the YAML formats, Terraform and the rest', () => {
    expect(['github-workflow', 'kubernetes', 'cloudformation', 'terraform', 'dotenv'].map(parseStage)).toEqual([
      'yaml parse',
      'yaml parse',
      'yaml parse',
      'hcl parse',
      'other parse',
    ]);
  });

  it('prints one JSON line', () => {
    const lines: string[] = [];
    printTimings((text) => lines.push(text));
    expect(lines).toHaveLength(1);
    expect(lines[0]?.endsWith('}\n')).toBe(true);
    expect(Object.keys(JSON.parse(lines[0] ?? '{}'))).toContain('outer');
  });
});
