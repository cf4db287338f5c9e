// What `npm run mutants` prints, and the known misses the test holds the tool to. The last two lines of
// the report are its summary (the before-stop hook shows them): the totals, then recall by kind.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mutantKinds, type Outcome } from './mutant-scan.js';

export const knownMissesPath = join('__tests__', 'real-world', 'known-mutant-misses.json');

/** Target from the issue: at least this many mutants, at least this recall. */
export const target = { generated: 200, recall: 0.99 };

const pct = (caught: number, generated: number) =>
  generated === 0 ? '-' : `${((100 * caught) / generated).toFixed(1)}%`;

export function summarizeMutants(outcomes: readonly Outcome[]) {
  const byKind = mutantKinds.map((kind) => {
    const own = outcomes.filter((outcome) => outcome.mutant.kind === kind);
    return { kind, generated: own.length, caught: own.filter((outcome) => outcome.caught).length };
  });
  const caught = outcomes.filter((outcome) => outcome.caught).length;
  return {
    cases: new Set(outcomes.map((outcome) => outcome.mutant.slug)).size,
    generated: outcomes.length,
    caught,
    recall: outcomes.length === 0 ? 0 : caught / outcomes.length,
    byKind: byKind.filter((row) => row.generated > 0),
  };
}

/** One line: generated, caught, recall, against the target. */
export function mutantTotalsLine(outcomes: readonly Outcome[]): string {
  const summary = summarizeMutants(outcomes);
  return (
    `mutants: ${summary.generated} generated from ${summary.cases} cases, ${summary.caught} caught, ` +
    `recall ${pct(summary.caught, summary.generated)} (target ≥ ${target.generated} mutants, ≥ ${100 * target.recall}%)`
  );
}

export function mutantKindsLine(outcomes: readonly Outcome[]): string {
  const rows = summarizeMutants(outcomes).byKind;
  return `by kind: ${rows.map((row) => `${row.kind} ${row.caught}/${row.generated}`).join(' · ')}`;
}

/** The one line `npm run real-world` prints: totals, then recall by kind. */
export function mutantSummaryLine(outcomes: readonly Outcome[]): string {
  return `${mutantTotalsLine(outcomes)}; ${mutantKindsLine(outcomes)}`;
}

/** The misses grouped by what the mutated model tells of their cause, biggest group first, each miss on a line. */
function missesByCause(outcomes: readonly Outcome[]): string[] {
  const groups = new Map<string, Outcome[]>();
  for (const outcome of outcomes) {
    if (outcome.caught || !outcome.cause) continue;
    groups.set(outcome.cause.group, [...(groups.get(outcome.cause.group) ?? []), outcome]);
  }
  return [...groups]
    .sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1))
    .flatMap(([group, missed]) => [
      `${group} (${missed.length})`,
      ...missed.map(
        ({ mutant, cause }) =>
          `  ${mutant.slug}: ${mutant.file}:${mutant.line} ${mutant.kind} [${mutant.variant}] — ${cause?.detail ?? ''}`,
      ),
    ]);
}

export function formatMutantReport(outcomes: readonly Outcome[]): string {
  const rows = summarizeMutants(outcomes).byKind;
  const cell = (value: string | number, width: number) => String(value).padStart(width);
  const misses = missesByCause(outcomes);
  return [
    `${'mutant kind'.padEnd(30)} ${cell('made', 5)} ${cell('caught', 6)} ${cell('recall', 7)}`,
    ...rows.map(
      (row) =>
        `${row.kind.padEnd(30)} ${cell(row.generated, 5)} ${cell(row.caught, 6)} ${cell(pct(row.caught, row.generated), 7)}`,
    ),
    '',
    ...(misses.length > 0 ? ['misses by cause:', ...misses, ''] : []),
    mutantTotalsLine(outcomes),
    mutantKindsLine(outcomes),
  ].join('\n');
}

export const missesOf = (outcomes: readonly Outcome[]): string[] =>
  outcomes
    .filter((outcome) => !outcome.caught)
    .map((outcome) => outcome.mutant.id)
    .sort();

export function readKnownMisses(): string[] {
  if (!existsSync(knownMissesPath)) return [];
  const raw = JSON.parse(readFileSync(knownMissesPath, 'utf8')) as { missed?: unknown };
  return Array.isArray(raw.missed) ? raw.missed.filter((item): item is string => typeof item === 'string') : [];
}
