import { describe, expect, it } from '@jest/globals';
import jestSarif from '@microsoft/jest-sarif';
import { marked, type Token } from 'marked';
import type { Finding, Fix } from '../../src/model/findings.js';
import type { ScanResult } from '../../src/model/results.js';
import { toJsonReport } from '../../src/report/json.js';
import { rebase } from '../../src/report/rebase.js';
import { toSarif } from '../../src/report/sarif.js';
import { summaryByteLimit } from '../../src/report/summary.js';
import { findingWithFix, sensitiveOutputFix } from '../helpers/fixes.js';
import { summarize } from '../helpers/summary.js';

expect.extend(jestSarif as unknown as Parameters<typeof expect.extend>[0]);

/**
 * Fixes as the outputs show them, on synthetic findings (the rules' own fixes are tested with the rules):
 * SARIF `fixes`, the JSON report's `fix`, the summary's diff — and never a credential in any of them.
 */
const sensitiveFix = sensitiveOutputFix('infra/outputs.tf', 7);

/** A real-looking key (not AWS's documentation example, which is no leak). */
const accessKeyId = 'AKIAQWERTYUIOPASDFGH';
const secretKey = 'Zx9mQ2wE4rT6yU8iO0pA1sD3fG5hJ7kL9zX2cV4b';

/** A finding at `line` of `file`, with the fix given (its edits may be elsewhere). */
function findingWith(fix: Fix | undefined, line = 7, file = 'infra/outputs.tf'): Finding {
  const finding = findingWithFix(fix, file);
  return {
    ...finding,
    span: { startLine: line, startColumn: 3, endLine: line, endColumn: 10 },
    fingerprint: `fp${line}`,
  };
}

function resultOf(findings: Finding[]): ScanResult {
  return { root: '.', files: 1, findings, suppressed: [], problems: [], inventory: [], iacCredentials: [] };
}

const summaryOf = (result: ScanResult) => summarize(result, { failOn: 'error', notAnnotated: 0 });

describe('SARIF fixes', () => {
  it('gives each fix its description and one artifact change per file, with replacements by region', () => {
    const twoFiles: Fix = {
      description: 'pass the named secrets instead of `secrets: inherit`',
      edits: [
        {
          file: '.github/workflows/b.yml',
          span: { startLine: 4, startColumn: 5, endLine: 4, endColumn: 20 },
          original: 'secrets: inherit',
          replacement: 'secrets:\n      SMTP_PASSWORD: ${{ secrets.SMTP_PASSWORD }}',
        },
        {
          file: '.github/workflows/a b.yml',
          span: { startLine: 2, startColumn: 1, endLine: 3, endColumn: 1 },
          original: 'x\n',
          replacement: '',
        },
        {
          file: '.github/workflows/b.yml',
          span: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 },
          original: '',
          replacement: '# fixed\n',
        },
      ],
      suggestionOnly: true,
    };
    const log = toSarif(resultOf([findingWith(twoFiles), findingWith(undefined, 9)]));
    (expect(log) as unknown as { toBeValidSarifLog: () => void }).toBeValidSarifLog();
    const [withFix, without] = log.runs[0]?.results ?? [];
    expect(without?.fixes).toBeUndefined();
    expect(withFix?.fixes).toEqual([
      {
        description: { text: 'pass the named secrets instead of `secrets: inherit`' },
        artifactChanges: [
          {
            artifactLocation: { uri: '.github/workflows/b.yml', uriBaseId: '%SRCROOT%' },
            replacements: [
              {
                deletedRegion: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 },
                insertedContent: { text: '# fixed\n' },
              },
              {
                deletedRegion: { startLine: 4, startColumn: 5, endLine: 4, endColumn: 20 },
                insertedContent: { text: 'secrets:\n      SMTP_PASSWORD: ${{ secrets.SMTP_PASSWORD }}' },
              },
            ],
          },
          {
            artifactLocation: { uri: '.github/workflows/a%20b.yml', uriBaseId: '%SRCROOT%' },
            replacements: [
              {
                deletedRegion: { startLine: 2, startColumn: 1, endLine: 3, endColumn: 1 },
                insertedContent: { text: '' },
              },
            ],
          },
        ],
        properties: { suggestionOnly: true },
      },
    ]);
  });

  it('has a schema check that rejects a broken fix', () => {
    const log = toSarif(resultOf([findingWith(sensitiveFix)])) as unknown as {
      runs: Array<{ results: Array<{ fixes: Array<{ artifactChanges: unknown }> }> }>;
    };
    const fix = log.runs[0]?.results[0]?.fixes[0];
    if (fix) fix.artifactChanges = [];
    expect(() => (expect(log) as unknown as { toBeValidSarifLog: () => void }).toBeValidSarifLog()).toThrow();
  });

  it('drops a fix whose replacement or description would hold a credential, from every output', () => {
    const leaking: Fix[] = [
      { ...sensitiveFix, edits: [{ ...sensitiveFix.edits[0]!, replacement: `key = "${accessKeyId}"` }] },
      { ...sensitiveFix, edits: [{ ...sensitiveFix.edits[0]!, replacement: `secret = "${secretKey}"` }] },
      { ...sensitiveFix, description: `replace ${secretKey}` },
    ];
    for (const fix of leaking) {
      const result = resultOf([findingWith(fix)]);
      const outputs = [JSON.stringify(toSarif(result)), JSON.stringify(toJsonReport(result)), summaryOf(result)];
      for (const output of outputs) {
        expect(output).not.toContain(accessKeyId);
        expect(output).not.toContain(secretKey);
        expect(output).not.toContain('Fix** for');
        expect(output).not.toContain('"fixes"');
        expect(output).not.toContain('"fix"');
      }
    }
  });

  it('moves the edits with the findings when the scanned folder is below the checkout', () => {
    const moved = rebase(resultOf([findingWith(sensitiveFix)]), 'deploy');
    const change = toSarif(moved).runs[0]?.results?.[0]?.fixes?.[0]?.artifactChanges[0];
    expect(change?.artifactLocation.uri).toBe('deploy/infra/outputs.tf');
  });
});

describe('JSON fix', () => {
  it('gives the description, whether it is only a suggestion, and each edit with its place and replacement', () => {
    const report = toJsonReport(resultOf([findingWith(sensitiveFix), findingWith(undefined, 9)]));
    expect(report.findings[0]?.fix).toEqual({
      description: 'mark the output `sensitive = true`',
      suggestionOnly: false,
      edits: [
        {
          file: 'infra/outputs.tf',
          line: 7,
          column: 3,
          endLine: 7,
          endColumn: 69,
          original: 'value = nonsensitive(aws_iam_access_key.smtp.ses_smtp_password_v4)',
          replacement: 'value     = aws_iam_access_key.smtp.ses_smtp_password_v4\n  sensitive = true',
        },
      ],
    });
    expect('fix' in (report.findings[1] ?? {})).toBe(false);
  });

  it('leaves out the original text when it holds a credential (the fix removes the secret itself)', () => {
    const removesKey: Fix = {
      description: 'read the key from a secret',
      edits: [
        {
          file: '.github/workflows/mail.yml',
          span: { startLine: 5, startColumn: 20, endLine: 5, endColumn: 40 },
          original: accessKeyId,
          replacement: '${{ secrets.AWS_ACCESS_KEY_ID }}',
        },
      ],
    };
    const result = resultOf([findingWith(removesKey, 5, '.github/workflows/mail.yml')]);
    const edit = toJsonReport(result).findings[0]?.fix?.edits[0];
    expect(edit).toEqual({
      file: '.github/workflows/mail.yml',
      line: 5,
      column: 20,
      endLine: 5,
      endColumn: 40,
      replacement: '${{ secrets.AWS_ACCESS_KEY_ID }}',
    });
    // The summary's diff shows it redacted, SARIF never had it.
    const summary = summaryOf(result);
    expect(summary).not.toContain(accessKeyId);
    expect(summary).toContain('-AKIA…');
    expect(summary).toContain('+${{ secrets.AWS_ACCESS_KEY_ID }}');
    expect(JSON.stringify(toSarif(result))).not.toContain(accessKeyId);
  });
});

/** The fenced code blocks of the rendered summary, as GFM reads them. */
function codeBlocks(markdown: string): Array<{ lang: string; text: string }> {
  const blocks: Array<{ lang: string; text: string }> = [];
  const walk = (tokens: readonly Token[]) => {
    for (const token of tokens) {
      if (token.type === 'code') blocks.push({ lang: (token as { lang?: string }).lang ?? '', text: token.text });
      const nested = token as { tokens?: Token[] };
      if (nested.tokens) walk(nested.tokens);
    }
  };
  walk(marked.lexer(markdown, { gfm: true }));
  return blocks;
}

describe('summary diff', () => {
  it('shows each fix under its finding as a small diff block', () => {
    const summary = summaryOf(resultOf([findingWith(sensitiveFix), findingWith(undefined, 9)]));
    expect(summary).toContain('**Fix** for <code>infra/outputs.tf:7:3</code>: mark the output `sensitive = true`');
    expect(codeBlocks(summary)).toEqual([
      {
        lang: 'diff',
        text: [
          '@@ infra/outputs.tf:7:3 @@',
          '-value = nonsensitive(aws_iam_access_key.smtp.ses_smtp_password_v4)',
          '+value     = aws_iam_access_key.smtp.ses_smtp_password_v4',
          '+  sensitive = true',
        ].join('\n'),
      },
    ]);
  });

  it('keeps hostile file text inside the block: a fence in it cannot close the block, nor a CR end a line', () => {
    const hostile: Fix = {
      description: 'fix [me](https://evil.test) <img src=x>',
      edits: [
        {
          file: 'a.yml',
          span: { startLine: 1, startColumn: 1, endLine: 2, endColumn: 4 },
          original: 'a: ```\n```` b',
          replacement: '`````\n</details>\n# Approved\r[click](https://evil.test)\n```',
        },
      ],
    };
    const summary = summaryOf(resultOf([findingWith(hostile, 1, 'a.yml'), findingWith(undefined, 2, 'a.yml')]));
    const blocks = codeBlocks(summary);
    expect(blocks).toHaveLength(1);
    expect(blocks[0]?.text).toBe(
      [
        '@@ a.yml:1:1 @@',
        '-a: ```',
        '-```` b',
        '+`````',
        '+</details>',
        '+# Approved [click](https://evil.test)',
        '+```',
      ].join('\n'),
    );
    expect(summary).toContain('``````diff\n');
    // The description is escaped like every other text from the checkout: no link, no HTML.
    expect(summary).toContain('fix \\[me\\](https\\://evil.test) &lt;img src=x&gt;');
    // The rule block still closes after the fix: the next rows are outside the code block.
    expect(summary.indexOf('</details>', summary.indexOf('``````\n'))).toBeGreaterThan(0);
  });

  it('cuts a long side and long lines, and stays within the summary limit with many large fixes', () => {
    const long: Fix = {
      description: 'a long one',
      edits: [
        {
          file: 'big.tf',
          span: { startLine: 1, startColumn: 1, endLine: 30, endColumn: 1 },
          original: Array.from({ length: 30 }, (_, i) => `line ${i} ${'x'.repeat(300)}`).join('\n'),
          replacement: 'short',
        },
      ],
    };
    const one = summaryOf(resultOf([findingWith(long, 1, 'big.tf')]));
    const [block] = codeBlocks(one);
    const lines = block?.text.split('\n') ?? [];
    expect(lines.filter((line) => line.startsWith('-'))).toHaveLength(9);
    expect(lines).toContain('-… 22 more lines');
    expect(Math.max(...lines.map((line) => line.length))).toBeLessThanOrEqual(202);
    const many = Array.from({ length: 200 }, (_, i) => findingWith(long, i + 1, `f${i}.tf`));
    const summary = summarize(resultOf(many), { failOn: 'error', notAnnotated: 0, maxRowsPerRule: 200 });
    expect(Buffer.byteLength(summary)).toBeLessThan(summaryByteLimit);
    const shown = codeBlocks(summary).length;
    expect(shown).toBeGreaterThan(10);
    expect(shown).toBeLessThan(200);
    expect(summary).toContain(`${200 - shown} more fixes are not shown here`);
  });
});
