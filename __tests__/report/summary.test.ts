import { describe, expect, it } from '@jest/globals';
import type { Finding } from '../../src/model/findings.js';
import type { InventoryEntry, ScanResult } from '../../src/model/results.js';
import { cell, summaryByteLimit } from '../../src/report/summary.js';
import { summarize } from '../helpers/summary.js';
import { mermaidText } from '../../src/report/summary/mermaid.js';
import { decideVerdict, type Gate } from '../../src/report/exit-decision.js';
import { verdictReason } from '../../src/report/verdict-wording.js';
import { scan } from '../../src/scan/scan.js';
import { matchesGolden } from '../helpers/golden.js';

const links = { serverUrl: 'https://github.com', repository: 'octo/mailer', sha: '0123456789abcdef' };

/** The pull request of the golden summary changes only this file. */
const changed = 'deploy/k8s/mailer.yaml';

async function pullRequestScan(): Promise<ScanResult> {
  const result = await scan({ root: 'examples' });
  return {
    ...result,
    findings: result.findings.map((finding) =>
      finding.file === changed ? finding : { ...finding, outsideDiff: true },
    ),
  };
}

function finding(ruleId: string, severity: Finding['severity'], line: number, file = 'a.yml'): Finding {
  return {
    ruleId,
    severity,
    file,
    span: { startLine: line, startColumn: 1, endLine: line, endColumn: 2 },
    message: `m${line}`,
    fingerprintSeed: `${ruleId}${line}`,
  };
}

function resultOf(findings: Finding[]): ScanResult {
  return { root: '.', files: 1, findings, suppressed: [], problems: [], inventory: [], iacCredentials: [] };
}

describe('job summary', () => {
  it('matches the golden pull-request summary for examples/', async () => {
    const result = await pullRequestScan();
    const summary = summarize(result, {
      failOn: 'error',
      failScope: 'changed',
      notAnnotated: 0,
      outsideDiff: result.findings.filter((f) => f.outsideDiff).length,
      links,
    });
    const { expected, actual } = matchesGolden('__tests__/report/golden/summary-pr.md', summary);
    expect(actual).toBe(expected);
  });

  it('opens with the verdict and its reason', async () => {
    const result = await pullRequestScan();
    const summary = summarize(result, { failOn: 'error', failScope: 'changed', notAnnotated: 0, links });
    expect(summary.split('\n')[2]).toBe('❌ **Failed:** 2 errors in files this pull request changes.');
    const passing = summarize(resultOf([finding('long-lived-access-key', 'warning', 3)]), {
      failOn: 'error',
      notAnnotated: 0,
    });
    expect(passing.split('\n')[2]).toBe('✅ **Passed:** nothing at error or worse (1 warning).');
  });

  it('shows the verdict it is handed, strict checks included', () => {
    const summary = summarize(resultOf([]), { failOn: 'error', strict: true, scanWarnings: 2, notAnnotated: 0 });
    expect(summary.split('\n')[2]).toBe('❌ **Failed:** 2 warnings about the scan, and strict is on.');
  });

  it('links each location to the file at the commit', async () => {
    const summary = summarize(await pullRequestScan(), { failOn: 'error', notAnnotated: 0, links });
    expect(summary).toContain(
      '[<code>.github/workflows/release-notes.yml:19:25</code>](https://github.com/octo/mailer/blob/0123456789abcdef/.github/workflows/release-notes.yml#L19)',
    );
  });

  it('draws a Mermaid flow with root and wrong-kind edges in red', async () => {
    const summary = summarize(await scan({ root: 'examples' }), { failOn: 'error', notAnnotated: 0 });
    const block = /```mermaid\n([\s\S]*?)\n```/.exec(summary)?.[1] ?? '';
    expect(block.split('\n')[0]).toBe('flowchart LR');
    const node = (label: string) => new RegExp(`^ {2}(s\\d+)\\["${label}`, 'm').exec(block)?.[1];
    const root = node('ROOT_AWS_ACCESS_KEY_ID');
    const sesApi = /^ {2}(c\d+)\(\["SES API"\]\)$/m.exec(block)?.[1];
    expect(root).toBeDefined();
    expect(sesApi).toBeDefined();
    const edges = block.split('\n').filter((line) => line.includes('-->'));
    const rootEdge = edges.findIndex((line) => line.trim().startsWith(`${root} -->`));
    const red = /linkStyle ([\d,]+) stroke:#d1242f/.exec(block)?.[1]?.split(',').map(Number) ?? [];
    expect(red).toContain(rootEdge);
    const harmless = node('ECR_AWS_ACCESS_KEY_ID');
    expect(red).not.toContain(edges.findIndex((line) => line.trim().startsWith(`${harmless} -->`)));
  });

  it('groups the steps of the flow in one box per file, and lists secrets that are not SES credentials apart', async () => {
    const summary = summarize(await scan({ root: 'examples' }), { failOn: 'error', notAnnotated: 0 });
    const block = /```mermaid\n([\s\S]*?)\n```/.exec(summary)?.[1] ?? '';
    const boxes = [...block.matchAll(/^ {2}subgraph f\d+\["([^"]+)"\]$/gm)].map((match) => match[1]);
    expect(boxes).toContain('.github/workflows/bootstrap.yml');
    expect(new Set(boxes).size).toBe(boxes.length);
    expect(block.match(/^ {2}subgraph /gm)?.length).toBe(block.match(/^ {2}end$/gm)?.length);
    // Every step sits inside a box, and labels no longer repeat the file.
    expect(block).toMatch(/^ {4}v\d+\["job bootstrap #8250; step Configure AWS credentials/m);
    expect(block).not.toMatch(/^ {2}v\d+\[/m);
    expect(block).not.toContain('SES_HOST_SSH_KEY');
    expect(summary).toContain('Not drawn, as they are not SES credentials: `SES_HOST_SSH_KEY`.');
  });

  it('keeps GITHUB_TOKEN and release tokens out of the SES flow', () => {
    const entry = (name: string, kind: InventoryEntry['kind']): InventoryEntry => ({
      name,
      kind,
      root: false,
      channels: ['other'],
      locations: [{ file: 'w.yml', line: 3, column: 1 }],
      paths: [{ via: 'job release › step Publish', file: 'w.yml', channel: kind ? 'ses-smtp' : 'other' }],
    });
    const summary = summarize(
      {
        ...resultOf([]),
        inventory: [
          entry('GITHUB_TOKEN', undefined),
          entry('NPM_TOKEN', undefined),
          entry('SES_SMTP_PASSWORD', 'smtp-password'),
        ],
      },
      { failOn: 'error', notAnnotated: 0 },
    );
    const block = /```mermaid\n([\s\S]*?)\n```/.exec(summary)?.[1] ?? '';
    expect(block).toContain('SES_SMTP_PASSWORD');
    expect(block).not.toContain('GITHUB_TOKEN');
    expect(summary).toContain('Not drawn, as they are not SES credentials: `GITHUB_TOKEN`, `NPM_TOKEN`.');
  });

  it("counts each severity per rule, not the first finding's", () => {
    const summary = summarize(
      resultOf([
        finding('credential-exposed-in-output', 'error', 1),
        finding('credential-exposed-in-output', 'warning', 2),
        finding('credential-exposed-in-output', 'warning', 3),
      ]),
      { failOn: 'error', notAnnotated: 0 },
    );
    expect(summary).toMatch(/\| \[`credential-exposed-in-output`\]\([^)]+\) \| 1 \| 2 \| {2}\|/);
    expect(summary).toContain('(1 error, 2 warnings)</summary>');
  });

  it('lists the most severe rule first', () => {
    const summary = summarize(
      resultOf([finding('long-lived-access-key', 'warning', 1), finding('root-credentials', 'error', 2)]),
      { failOn: 'error', notAnnotated: 0 },
    );
    expect(summary.indexOf('<code>root-credentials</code>')).toBeLessThan(
      summary.indexOf('<code>long-lived-access-key</code>'),
    );
  });

  it('states its caps truthfully and points to no output the action does not write', () => {
    const many = Array.from({ length: 30 }, (_, i) => finding('root-credentials', 'error', i + 1));
    const summary = summarize(resultOf(many), { failOn: 'error', notAnnotated: 20, maxRowsPerRule: 25 });
    expect(summary).toContain('5 more findings of this rule are not listed here');
    expect(summary).not.toMatch(/all of them are listed|JSON output/);
    expect(summary).toContain('20 findings have no annotation');
  });

  it('lists suppressed findings and how they were suppressed', async () => {
    const summary = summarize(await scan({ root: 'examples' }), { failOn: 'error', notAnnotated: 0 });
    expect(summary).toContain('<details><summary>Suppressed findings (1)</summary>');
    expect(summary).toMatch(
      /\| `ambiguous-credential-name` \| 🔵 notice \| <code>\.github\/workflows\/digest\.yml:34:30<\/code> \| ignore comment \|/,
    );
  });

  it('on a pull request, says of each suppressed finding whether the pull request added its suppression', () => {
    const added = { ...finding('root-credentials', 'error', 3), suppressed: 'config' as const };
    const older = { ...finding('hardcoded-access-key', 'error', 9), suppressed: 'inline' as const };
    const unknown = { ...finding('hardcoded-access-key', 'warning', 12), suppressed: 'baseline' as const };
    const summary = summarize(
      { ...resultOf([]), suppressed: [added, older, unknown] },
      {
        failOn: 'error',
        notAnnotated: 0,
        addedByPullRequest: (f) => (f === added ? true : f === older ? false : undefined),
      },
    );
    expect(summary).toContain('| Rule | Severity | Location | Suppressed by | Added by this pull request |');
    expect(summary).toMatch(/\| `root-credentials` \| .* \| config file \| \*\*yes\*\* \|/);
    expect(summary).toMatch(/\| `hardcoded-access-key` \| .*a\.yml:9:1.* \| ignore comment \| no \|/);
    expect(summary).toMatch(/\| `hardcoded-access-key` \| .*a\.yml:12:1.* \| baseline \| unknown \|/);
    // Outside a pull request there is no such column.
    expect(summarize({ ...resultOf([]), suppressed: [added] }, { failOn: 'error', notAnnotated: 0 })).not.toContain(
      'Added by this pull request',
    );
  });

  it('stays under 1 MiB, naming what it leaves out', () => {
    const long = 'x'.repeat(20_000);
    const findings = Array.from({ length: 400 }, (_, i) => ({
      ...finding('root-credentials', 'error', i + 1),
      message: long,
    }));
    const summary = summarize(resultOf(findings), {
      failOn: 'error',
      notAnnotated: 0,
      maxRows: 400,
      maxRowsPerRule: 400,
    });
    expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(summaryByteLimit);
    expect(summary).toContain("The findings left out: this summary would exceed GitHub's 1 MiB limit.");
    expect(summary).toContain('❌ **Failed:** 400 errors.');
  });

  it('escapes table cells and Mermaid labels so names cannot break out', () => {
    expect(cell('a|b\nc<script>')).toBe('a\\|b c&lt;script&gt;');
    expect(mermaidText('a"]; click x')).toBe('a#34;#93;#59; click x');
  });
});

describe('verdict', () => {
  const errorInOtherFile = { ...finding('root-credentials', 'error', 1), outsideDiff: true };
  /** The summary's account of the verdict: failed or passed, and why. */
  const summaryVerdict = (findings: Finding[], gate: Gate, unreadFiles = 0) => {
    const problems = Array.from({ length: unreadFiles }, (_, i) => ({
      file: `b${i}.yml`,
      message: 'YAML syntax error',
    }));
    const verdict = decideVerdict({ ...resultOf(findings), problems }, gate);
    return { failed: verdict.failed, reason: verdictReason(verdict) };
  };

  it('with fail-on-scope changed, passes on errors only in unchanged files and says so', () => {
    expect(summaryVerdict([errorInOtherFile], { failOn: 'error', strict: false, failScope: 'changed' })).toEqual({
      failed: false,
      reason:
        'nothing at error or worse in files this pull request changes; 1 error in other files is listed below and does not fail the step',
    });
    expect(summaryVerdict([errorInOtherFile], { failOn: 'error', strict: false, failScope: 'all' }).failed).toBe(true);
  });

  it('fails, as the step does, on warnings about the scan under strict', () => {
    expect(summaryVerdict([], { failOn: 'error', strict: true, scanWarnings: 1 })).toEqual({
      failed: true,
      reason: '1 warning about the scan, and strict is on',
    });
  });

  it('fails on unread files under strict, and never under fail-on never', () => {
    expect(summaryVerdict([], { failOn: 'error', strict: true }, 2).reason).toBe(
      '2 files could not be fully read, and strict is on',
    );
    expect(summaryVerdict([errorInOtherFile], { failOn: 'never', strict: false }).failed).toBe(false);
    expect(summaryVerdict([], { failOn: 'error', strict: false })).toEqual({
      failed: false,
      reason: 'no findings',
    });
  });
});

describe('the IaC table', () => {
  it('names the output or resource each part goes to, never a bare attribute', async () => {
    const summary = summarize(await scan({ root: 'examples' }), { failOn: 'error', notAnnotated: 0 });
    const section = summary.slice(summary.indexOf('### Credentials created by IaC'));
    expect(section).toContain('access key ID → output.smtp\\_username');
    expect(section).toContain('SMTP password → Terraform output: output.smtp\\_password (');
    expect(section).toContain('SMTP password → output.smtp\\_password\\_protected');
    expect(section).toContain('access key ID → Outputs.SmtpUsername');
    expect(section).toContain('secret access key → CloudFormation output: Outputs.SmtpSecret');
    expect(section).not.toMatch(/the `[A-Za-z]+` attribute/);
  });
});
