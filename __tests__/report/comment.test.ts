import { describe, expect, it } from '@jest/globals';
import type { Finding } from '../../src/model/findings.js';
import type { ScanResult } from '../../src/model/results.js';
import { decideVerdict } from '../../src/report/exit-decision.js';
import { commentMarker, renderPullRequestComment } from '../../src/report/summary/comment.js';
import { fixHint } from '../../src/report/summary/fix-hint.js';
import { rules } from '../../src/rules/index.js';

function finding(
  ruleId: string,
  severity: Finding['severity'],
  line: number,
  message: string,
  file = 'a.yml',
): Finding {
  return {
    ruleId,
    severity,
    file,
    span: { startLine: line, startColumn: 3, endLine: line, endColumn: 9 },
    message,
    fingerprintSeed: `${ruleId}${line}`,
  };
}

function resultOf(findings: Finding[]): ScanResult {
  return { root: '.', files: 2, findings, suppressed: [], problems: [], inventory: [], iacCredentials: [] };
}

const links = { serverUrl: 'https://github.com', repository: 'octo/mailer', sha: 'abc123' };

describe('the pull-request comment', () => {
  it('opens with the marker and the verdict, lists the worst findings first and says what to do', () => {
    const result = resultOf([
      finding('ambiguous-credential-name', 'notice', 1, 'a notice'),
      finding('secret-key-as-smtp-password', 'error', 9, 'the secret key is the SMTP password'),
      finding('root-credentials', 'warning', 4, 'root, maybe'),
    ]);
    const body = renderPullRequestComment(result, {
      verdict: decideVerdict(result, { failOn: 'error', strict: false }),
      links,
      runUrl: 'https://github.com/octo/mailer/actions/runs/7',
      maxFindings: 2,
    });
    const lines = body.split('\n');
    expect(lines.slice(0, 6)).toEqual([
      commentMarker,
      '### SES credential hygiene',
      '',
      '❌ **Failed:** 1 error.',
      '',
      '3 findings (1 error, 1 warning, 1 notice) in 2 files scanned.',
    ]);
    const rows = lines.filter((line) => line.startsWith('| 🔴') || line.startsWith('| 🟠') || line.startsWith('| 🔵'));
    expect(rows).toEqual([
      '| 🔴 error | [<code>a.yml:9:3</code>](https://github.com/octo/mailer/blob/abc123/a.yml#L9) | [`secret-key-as-smtp-password`](https://github.com/ses-credential-hygiene/ses-credential-hygiene/blob/v1.0.0/docs/rules/secret-key-as-smtp-password.md) | the secret key is the SMTP password |',
      '| 🟠 warning | [<code>a.yml:4:3</code>](https://github.com/octo/mailer/blob/abc123/a.yml#L4) | [`root-credentials`](https://github.com/ses-credential-hygiene/ses-credential-hygiene/blob/v1.0.0/docs/rules/root-credentials.md) | root, maybe |',
    ]);
    expect(body).toContain('1 more finding is in the [job summary](https://github.com/octo/mailer/actions/runs/7)');
    expect(body).toContain(
      '- [`secret-key-as-smtp-password`](https://github.com/ses-credential-hygiene/ses-credential-hygiene/blob/v1.0.0/docs/rules/secret-key-as-smtp-password.md): Store the derived SMTP password as its own secret and use that.',
    );
  });

  it('escapes Markdown and HTML from the scanned files and scrubs credentials, as the summary does', () => {
    const key = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYzzzzzzzzzz';
    const result = resultOf([
      finding(
        'hardcoded-access-key',
        'error',
        2,
        `<img src=x onerror=alert(1)> | ${key} [x](javascript:1)`,
        'a|b<c>.yml',
      ),
    ]);
    const body = renderPullRequestComment(result, {
      verdict: decideVerdict(result, { failOn: 'error', strict: false }),
    });
    expect(body).not.toContain('<img');
    expect(body).not.toContain(key);
    expect(body).toContain('&lt;img src=x onerror=alert(1)&gt; \\|');
    expect(body).toContain('<code>a\\|b&lt;c&gt;.yml:2:3</code>');
  });

  it('cuts a long message and passes with no table when there is nothing to list', () => {
    const long = resultOf([finding('root-credentials', 'error', 1, 'x'.repeat(1000))]);
    const body = renderPullRequestComment(long, { verdict: decideVerdict(long, { failOn: 'error', strict: false }) });
    expect(body).toContain(`${'x'.repeat(300)}…`);
    expect(body).not.toContain('x'.repeat(301));
    const clean = resultOf([]);
    const passed = renderPullRequestComment(clean, {
      verdict: decideVerdict(clean, { failOn: 'error', strict: false }),
    });
    expect(passed).toContain('✅ **Passed:** no findings.');
    expect(passed).not.toContain('| Severity |');
  });

  it('takes each fix hint from the rule help: a sentence that says what to do, or none', () => {
    for (const rule of rules) {
      const hint = fixHint(rule.meta.id);
      if (hint !== undefined) {
        expect(rule.meta.help).toContain(hint);
        expect(hint).toMatch(/^[A-Z][^]*[.!?]$/);
      }
    }
    expect(fixHint('secret-key-as-smtp-password')).toBe(
      'Store the derived SMTP password as its own secret and use that.',
    );
    expect(fixHint('undefined-secret')).toBeUndefined();
    expect(fixHint('no-such-rule')).toBeUndefined();
  });
});
