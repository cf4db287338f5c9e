import { annotationLimitPerLevel } from './annotations.js';
import type { ScanResult } from '../model/results.js';
import {
  findingDetails,
  groupByRule,
  perRuleTable,
  suppressedDetails,
  type AddedByPullRequest,
} from './summary/findings.js';
import { iacTable, inventoryTable } from './summary/inventory.js';
import { locationCell, messageCell, type SourceLinks } from './summary/markdown.js';
import { flowDiagram } from './summary/mermaid.js';
import type { Verdict } from './exit-decision.js';
import { plural } from './verdict-wording.js';
import { gateText, verdictLine } from './summary/verdict.js';

export { cell } from './summary/markdown.js';
export type { SourceLinks } from './summary/markdown.js';

/** GitHub refuses a job summary over 1 MiB; this leaves room for other steps' summaries. */
export const summaryByteLimit = 1024 * 1024 - 64 * 1024;

export interface SummaryOptions {
  /** The run's verdict, decided where the action or the CLI decides its exit. */
  verdict: Verdict;
  /** Findings the gate would annotate but GitHub's per-step limit left out. */
  notAnnotated: number;
  /** Pull-request mode: findings in files the pull request does not change. */
  outsideDiff?: number;
  /** Where the files are on GitHub; without it locations are plain text. */
  links?: SourceLinks | undefined;
  /** Finding rows listed in all (default 200), and per rule (default 50). */
  maxRows?: number;
  maxRowsPerRule?: number;
  /** On a pull request: whether it added each suppression; the suppressed list then says so. */
  addedByPullRequest?: AddedByPullRequest;
}

/** Sections are added whole while they fit; one that does not is named, never cut mid-table. */
class Budget {
  private readonly parts: string[] = [];
  private used = 0;
  constructor(private readonly limit: number) {}
  add(title: string, lines: readonly string[]): void {
    const text = `${lines.join('\n')}\n`;
    const size = Buffer.byteLength(text);
    if (this.used + size <= this.limit) {
      this.parts.push(text);
      this.used += size;
    } else {
      const note = `_${title} left out: this summary would exceed GitHub's 1 MiB limit._\n\n`;
      this.parts.push(note);
      this.used += Buffer.byteLength(note);
    }
  }
  text(): string {
    return this.parts.join('');
  }
}

export function renderSummary(result: ScanResult, options: SummaryOptions): string {
  const maxRows = options.maxRows ?? 200;
  const links = options.links;
  const verdict = options.verdict;
  const budget = new Budget(summaryByteLimit);
  const head = ['## SES credential hygiene', '', verdictLine(verdict), ''];
  const facts = [
    `${plural(result.findings.length, 'finding')} in ${plural(result.files, 'file')} scanned` +
      (result.suppressed.length > 0 ? `; ${result.suppressed.length} suppressed (listed at the end)` : '') +
      '.',
    gateText(verdict),
  ];
  if (options.notAnnotated > 0)
    facts.push(
      `${plural(options.notAnnotated, 'finding')} ${options.notAnnotated === 1 ? 'has' : 'have'} no annotation, because GitHub shows at most ${annotationLimitPerLevel} annotations of each level per step.`,
    );
  if (options.outsideDiff)
    facts.push(
      `${plural(options.outsideDiff, 'finding')} ${options.outsideDiff === 1 ? 'is' : 'are'} in files this pull request does not change: marked ⤷ below, not annotated.`,
    );
  budget.add('The verdict', [...head, facts.join(' '), '']);

  const groups = groupByRule(result.findings);
  if (groups.length > 0) {
    budget.add('The table of rules', ['### Findings per rule', '', ...perRuleTable(groups), '']);
    budget.add('The findings', [
      '### Findings by rule',
      '',
      ...findingDetails(groups, { links, maxRows, maxRowsPerRule: options.maxRowsPerRule ?? 50 }),
    ]);
  }

  const diagram = flowDiagram(result.inventory, result.findings, 150);
  if (diagram.lines.length > 0)
    budget.add('The flow diagram', [
      '### Where the credentials go',
      '',
      'Red: root credentials, and credentials of the wrong kind for where they go.',
      '',
      ...diagram.lines,
      '',
      ...(diagram.omitted > 0 ? [`${plural(diagram.omitted, 'more flow')} not drawn (at most 150 arrows).`, ''] : []),
    ]);
  budget.add('The credential inventory', [
    '### Credential inventory',
    '',
    ...inventoryTable(result.inventory, { links, maxRows }),
  ]);
  if (result.iacCredentials.length > 0)
    budget.add('The IaC credentials', [
      '### Credentials created by IaC',
      '',
      ...iacTable(result.iacCredentials, { links, maxRows }),
    ]);
  budget.add(
    'The suppressed findings',
    suppressedDetails(result.suppressed, {
      links,
      maxRows,
      maxRowsPerRule: maxRows,
      addedByPullRequest: options.addedByPullRequest,
    }),
  );
  if (result.problems.length > 0) {
    const listed = result.problems.slice(0, maxRows);
    budget.add('The files not fully scanned', [
      `<details><summary>Files not fully scanned (${result.problems.length})</summary>`,
      '',
      '| File | Reason |',
      '| --- | --- |',
      ...listed.map(
        (problem) =>
          `| ${locationCell(links, { file: problem.file, ...(problem.span ? { line: problem.span.startLine } : {}) })} | ${messageCell(problem.message)} |`,
      ),
      '',
      ...(result.problems.length > listed.length
        ? [`${plural(result.problems.length - listed.length, 'more file')} not listed here.`, '']
        : []),
      '</details>',
      '',
    ]);
  }
  return budget.text();
}
