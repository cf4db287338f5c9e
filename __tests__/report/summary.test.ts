import { describe, expect, it } from '@jest/globals';
import { cell, renderSummary } from '../../src/report/summary.js';
import { scan } from '../../src/scan.js';

describe('job summary', () => {
  it('has counts per rule, a findings table and the credential inventory', async () => {
    const result = await scan({ root: 'examples' });
    const summary = renderSummary(result, { failOn: 'error', notAnnotated: 3 });
    expect(summary).toContain('## SES credential hygiene');
    expect(summary).toContain(`${result.findings.length} finding(s)`);
    expect(summary).toMatch(/\| \[`root-credentials`\]\([^)]+\) \| 🔴 error \| 4 \|/);
    expect(summary).toContain(
      '| 🔴 error | `secret-key-as-smtp-password` | `.github/workflows/release-notes.yml:19:25` |',
    );
    expect(summary).toContain('### Credential inventory');
    expect(summary).toMatch(/\| `ROOT_AWS_ACCESS_KEY_ID` \| access key ID \*\*\(root user\)\*\* \| SES API \|/);
    expect(summary).toContain('3 finding(s) were not annotated');
    expect(summary).toContain('1 finding(s) suppressed by ignore comments, the config file or the baseline');
  });

  it('escapes table cells so names cannot break rows or inject HTML', () => {
    expect(cell('a|b\nc<script>')).toBe('a\\|b c&lt;script&gt;');
  });
});
