import { describe, expect, it } from '@jest/globals';
import { marked, type Token, type Tokens } from 'marked';
import type { Finding } from '../../src/model/findings.js';
import type { ScanResult } from '../../src/model/results.js';
import { planAnnotations } from '../../src/report/annotations.js';
import { scan } from '../../src/scan/scan.js';
import { summarize } from '../helpers/summary.js';

/**
 * The job summary read back as GitHub reads it: GitHub-flavoured Markdown (marked with gfm). Every table
 * must come out as a table with all its rows and cells, and every link must be a link to github.com.
 */
const links = { serverUrl: 'https://github.com', repository: 'octo/mailer', sha: '0123456789abcdef' };

function walk(tokens: readonly Token[], visit: (token: Token) => void): void {
  for (const token of tokens) {
    visit(token);
    const nested = token as { tokens?: Token[]; items?: Token[] };
    if (nested.tokens) walk(nested.tokens, visit);
    if (nested.items) walk(nested.items, visit);
    if (token.type === 'table') {
      const table = token as Tokens.Table;
      for (const cell of [...table.header, ...table.rows.flat()]) walk(cell.tokens, visit);
    }
  }
}

/** The Markdown's tables and links as GFM parses them; the HTML between `<details>` lines is parsed as Markdown too. */
function read(markdown: string) {
  const tokens = marked.lexer(markdown, { gfm: true });
  const tables: Tokens.Table[] = [];
  const hrefs: string[] = [];
  const strayRows: string[] = [];
  walk(tokens, (token) => {
    if (token.type === 'table') tables.push(token as Tokens.Table);
    if (token.type === 'link') hrefs.push((token as Tokens.Link).href);
    if (token.type === 'paragraph' && token.raw.trimStart().startsWith('| ')) strayRows.push(token.raw);
  });
  return { tables, hrefs, strayRows, html: marked.parse(markdown, { gfm: true, async: false }) };
}

/** Source lines of tables: a header, a separator and rows, each starting and ending with a pipe. */
function tableLines(markdown: string): number {
  return markdown.split('\n').filter((line) => line.startsWith('| ') && line.endsWith(' |')).length;
}

function expectWellFormed(markdown: string): ReturnType<typeof read> {
  const rendered = read(markdown);
  expect(rendered.strayRows).toEqual([]);
  // Every table line became a row of a table (header + separator + rows).
  expect(rendered.tables.reduce((sum, table) => sum + 2 + table.rows.length, 0)).toBe(tableLines(markdown));
  for (const table of rendered.tables)
    for (const row of table.rows) {
      // No cell came out empty where the source had text, and no escaped pipe split a cell.
      expect(row).toHaveLength(table.header.length);
      expect(row[0]?.text.trim()).not.toBe('');
    }
  for (const href of rendered.hrefs) {
    const url = new URL(href);
    expect([href, url.protocol, url.host]).toEqual([href, 'https:', 'github.com']);
  }
  expect(rendered.html).not.toMatch(/<(?:script|img|iframe)\b/i);
  return rendered;
}

describe('the job summary rendered as GitHub-flavoured Markdown', () => {
  it('examples/: every table whole, every location and rule a link to github.com', async () => {
    const result = await scan({ root: 'examples' });
    const plan = planAnnotations(result.findings, result.problems);
    const markdown = summarize(result, { failOn: 'error', notAnnotated: plan.notShown, links });
    const { tables, hrefs, html } = expectWellFormed(markdown);
    expect(tables.map((table) => table.header.map((cell) => cell.text).join('|'))).toEqual(
      expect.arrayContaining([
        'Rule|🔴 Errors|🟠 Warnings|🔵 Notices',
        'Severity|Location|Message',
        'Secret|Kind|Flows to|Used at',
        'Access key|User|Parts and where they go',
      ]),
    );
    expect(hrefs).toContain('https://github.com/octo/mailer/blob/0123456789abcdef/.github/workflows/bootstrap.yml#L13');
    expect(hrefs.filter((href) => href.includes('/docs/rules/')).length).toBeGreaterThan(10);
    expect(html).toContain('<pre><code class="language-mermaid">flowchart LR');
  });

  it('a 200-finding scan with hostile names: tables stay tables, caps are stated, links stay on github.com', () => {
    const findings: Finding[] = Array.from({ length: 200 }, (_, index) => ({
      ruleId:
        index % 3 === 0 ? 'root-credentials' : index % 3 === 1 ? 'hardcoded-access-key' : 'ambiguous-credential-name',
      severity: index % 3 === 0 ? 'error' : index % 3 === 1 ? 'warning' : 'notice',
      file: `svc-${index % 17}/a|b <img src=x> *x* _y_.yml`,
      span: { startLine: index + 1, startColumn: 1, endLine: index + 1, endColumn: 5 },
      message: `finding ${index}: | pipes | and <b>tags</b> and \`ticks\``,
      fingerprintSeed: `seed${index}`,
    }));
    const result: ScanResult = {
      root: '.',
      files: 17,
      findings,
      suppressed: [],
      problems: [],
      inventory: [],
      iacCredentials: [],
    };
    const markdown = summarize(result, { failOn: 'error', notAnnotated: 170, links });
    const { tables } = expectWellFormed(markdown);
    const listed = tables.filter((table) => table.header[0]?.text === 'Severity').flatMap((table) => table.rows);
    expect(listed).toHaveLength(150);
    expect(markdown).toContain('17 more findings of this rule are not listed here');
    // The pipes stayed inside their cell (GFM takes the escaped `\|` as text) and the tags stayed text.
    for (const row of listed) expect(row[2]?.text).toMatch(/^finding \d+: \| pipes \| and &lt;b&gt;tags&lt;\/b&gt;/);
  });

  // Text inside raw `<code>…</code>` is still Markdown, so the escaper escapes brackets there too.
  it('a file name holding a Markdown link stays text', () => {
    const result: ScanResult = {
      root: '.',
      files: 1,
      findings: [
        {
          ruleId: 'root-credentials',
          severity: 'error',
          file: 'a [x](https://evil.example).yml',
          span: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 2 },
          message: 'm',
          fingerprintSeed: 's',
        },
      ],
      suppressed: [],
      problems: [],
      inventory: [],
      iacCredentials: [],
    };
    expectWellFormed(summarize(result, { failOn: 'error', notAnnotated: 0 }));
  });
});
