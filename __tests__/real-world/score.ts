// Scores scan findings against the real-world corpus: cases under __tests__/real-world/cases/<slug>/,
// each with files/ (a repository root), source.json (where the files come from) and expected.json
// (what a reviewer marked, written before the tool was run on them). Shared by the jest test and
// `npm run real-world`.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Finding } from '../../src/model/findings.js';

export interface Marked {
  file: string;
  line: number;
  rule: string;
  severity: string;
}

export interface Case {
  slug: string;
  filesRoot: string;
  kind: string;
  expected: Marked[];
  clean: string[];
}

export interface CaseScore {
  slug: string;
  met: Marked[];
  missed: Marked[];
  falsePositives: Marked[];
  onCleanFiles: Marked[];
}

export interface RuleRow {
  rule: string;
  expected: number;
  met: number;
  falsePositives: number;
}

/** Severities that count for recall and false positives; notices are information. */
const counted = new Set(['error', 'warning']);

export const casesRoot = join('__tests__', 'real-world', 'cases');

function readJson(path: string): Record<string, unknown> {
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>) : {};
}

export function loadCases(root = casesRoot): Case[] {
  if (!existsSync(root)) return [];
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(root, entry.name, 'expected.json')))
    .map((entry) => {
      const dir = join(root, entry.name);
      const expected = readJson(join(dir, 'expected.json'));
      const source = readJson(join(dir, 'source.json'));
      const findings = Array.isArray(expected.findings) ? (expected.findings as Marked[]) : [];
      return {
        slug: entry.name,
        filesRoot: join(dir, 'files'),
        kind: typeof source.kind === 'string' ? source.kind : 'unknown',
        expected: findings.map(({ file, line, rule, severity }) => ({ file, line, rule, severity })),
        clean: Array.isArray(expected.clean) ? (expected.clean as string[]) : [],
      };
    })
    .sort((a, b) => (a.slug < b.slug ? -1 : 1));
}

export function asMarked(finding: Pick<Finding, 'ruleId' | 'severity' | 'file' | 'span'>): Marked {
  return { rule: finding.ruleId, severity: finding.severity, file: finding.file, line: finding.span.startLine };
}

export const keyOf = (slug: string, item: Marked): string => `${slug}|${item.file}|${item.line}|${item.rule}`;

const place = (item: Marked): string => `${item.file}|${item.line}|${item.rule}`;

/**
 * An expectation is met by a finding of the same rule on the same file and line; a counted finding that
 * meets no expectation is a false positive.
 */
export function scoreCase(testCase: Case, findings: readonly Marked[]): CaseScore {
  const found = findings.filter((finding) => counted.has(finding.severity));
  const foundPlaces = new Set(found.map(place));
  const expected = testCase.expected.filter((item) => counted.has(item.severity));
  const expectedPlaces = new Set(testCase.expected.map(place));
  const falsePositives = found.filter((finding) => !expectedPlaces.has(place(finding)));
  return {
    slug: testCase.slug,
    met: expected.filter((item) => foundPlaces.has(place(item))),
    missed: expected.filter((item) => !foundPlaces.has(place(item))),
    falsePositives,
    onCleanFiles: falsePositives.filter((finding) => testCase.clean.includes(finding.file)),
  };
}

export function summarize(scores: readonly CaseScore[]) {
  const byRule = new Map<string, RuleRow>();
  const row = (rule: string): RuleRow => {
    const existing = byRule.get(rule);
    if (existing) return existing;
    const created = { rule, expected: 0, met: 0, falsePositives: 0 };
    byRule.set(rule, created);
    return created;
  };
  for (const score of scores) {
    for (const item of score.met) {
      row(item.rule).expected++;
      row(item.rule).met++;
    }
    for (const item of score.missed) row(item.rule).expected++;
    for (const finding of score.falsePositives) row(finding.rule).falsePositives++;
  }
  const rows = [...byRule.values()].sort((a, b) => (a.rule < b.rule ? -1 : 1));
  const expected = rows.reduce((sum, r) => sum + r.expected, 0);
  const met = rows.reduce((sum, r) => sum + r.met, 0);
  return {
    cases: scores.length,
    expected,
    met,
    recall: expected === 0 ? 1 : met / expected,
    falsePositives: rows.reduce((sum, r) => sum + r.falsePositives, 0),
    onCleanFiles: scores.reduce((sum, s) => sum + s.onCleanFiles.length, 0),
    rows,
  };
}

export function formatSummary(summary: ReturnType<typeof summarize>): string {
  const pct = (n: number, d: number) => (d === 0 ? '-' : `${((100 * n) / d).toFixed(1)}%`);
  const cell = (value: string | number, width: number) => String(value).padStart(width);
  return [
    `real-world corpus: ${summary.cases} cases, ${summary.expected} marked error/warning problems`,
    '',
    `${'rule'.padEnd(36)} ${cell('marked', 6)} ${cell('found', 6)} ${cell('recall', 7)} ${cell('false+', 6)}`,
    ...summary.rows.map(
      (r) =>
        `${r.rule.padEnd(36)} ${cell(r.expected, 6)} ${cell(r.met, 6)} ${cell(pct(r.met, r.expected), 7)} ${cell(r.falsePositives, 6)}`,
    ),
    '',
    `recall ${pct(summary.met, summary.expected)} (${summary.met}/${summary.expected}); ` +
      `false positives (error/warning) ${summary.falsePositives}, on clean files ${summary.onCleanFiles}`,
  ].join('\n');
}

/** What the tool is known not to get right yet; the test holds it to exactly this list, so it only shrinks on purpose. */
export interface KnownGaps {
  missed: string[];
  falsePositives: string[];
}

export const knownGapsPath = join('__tests__', 'real-world', 'known-gaps.json');

export function gapsOf(scores: readonly CaseScore[]): KnownGaps {
  return {
    missed: scores.flatMap((score) => score.missed.map((item) => keyOf(score.slug, item))).sort(),
    falsePositives: scores.flatMap((score) => score.falsePositives.map((item) => keyOf(score.slug, item))).sort(),
  };
}

export function readKnownGaps(): KnownGaps {
  const raw = readJson(knownGapsPath);
  return {
    missed: Array.isArray(raw.missed) ? (raw.missed as string[]) : [],
    falsePositives: Array.isArray(raw.falsePositives) ? (raw.falsePositives as string[]) : [],
  };
}
