import { hash } from 'node:crypto';
import type { Config } from '../config/config.js';
import { severityRank, type Finding, type Fix } from '../model/findings.js';
import type { ScanModel } from '../model/scan-model.js';
import { scrubCredentials } from '../credentials/values.js';
import { rules } from '../rules/index.js';
import { editsOverlap, lineStarts, sameEdit, spanOffsets } from '../rules/fixes/text.js';
import type { FixEdit } from '../model/findings.js';
import { timed } from '../common/timings.js';

/**
 * Runs every enabled rule with the severities from the config, and returns plain findings, worst first,
 * each with its fingerprint. Whether a finding counts is decided afterwards, by the suppressions.
 */
export function runRules(
  model: ScanModel,
  config: Config,
  /** The scanned files' texts, by path: what fixes are checked against. Without them no fix is kept. */
  texts: ReadonlyMap<string, string> = new Map(),
): Finding[] {
  const found: Finding[] = [];
  const fixes = new FixChecker(texts);
  for (const rule of rules) {
    const configured = config.ruleSettings.get(rule.meta.id);
    if (configured === 'off') continue;
    const seen = new Set<string>();
    for (const result of timed('rules', () => rule.check(model, { texts }))) {
      const placeKey = `${result.file}:${result.span.startLine}:${result.span.startColumn}`;
      if (seen.has(placeKey)) continue;
      seen.add(placeKey);
      found.push({
        ruleId: rule.meta.id,
        severity: configured ?? result.severity ?? rule.meta.defaultSeverity,
        file: result.file,
        span: result.span,
        // Messages name secrets and slots, never values; the scrub is the last line of defence for names that hold one.
        message: scrubCredentials(capitalize(result.message)),
        ...(result.credential
          ? { credential: { ...result.credential, name: scrubCredentials(result.credential.name) } }
          : {}),
        fingerprintSeed: `${rule.meta.id}|${result.file}|${result.key}`,
        ...(result.fix && fixes.accepts(result.fix)
          ? { fix: { ...result.fix, description: scrubCredentials(result.fix.description) } }
          : {}),
      });
    }
  }
  // Fingerprints are counted over every finding, suppressed later or not, so suppressing one never renumbers another.
  return withFingerprints(sortFindings(found));
}

const securitySeverity = new Map(rules.map((rule) => [rule.meta.id, rule.meta.securitySeverity]));

/** Worst first: by severity, then by how much harm the rule's problem does, then by place. */
export function sortFindings(findings: Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      severityRank[b.severity] - severityRank[a.severity] ||
      (securitySeverity.get(b.ruleId) ?? 0) - (securitySeverity.get(a.ruleId) ?? 0) ||
      compare(a.file, b.file) ||
      a.span.startLine - b.span.startLine ||
      a.span.startColumn - b.span.startColumn ||
      compare(a.ruleId, b.ruleId),
  );
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * A fingerprint that survives line moves: the rule, the file and what was found, plus the how-many-th
 * such finding it is in the file (two identical lines in one file stay distinct).
 */
export function withFingerprints(findings: readonly Finding[]): Finding[] {
  const occurrences = new Map<string, number>();
  return findings.map((finding) => {
    const count = (occurrences.get(finding.fingerprintSeed) ?? 0) + 1;
    occurrences.set(finding.fingerprintSeed, count);
    // One call, no Hash object: it runs once per finding (589 on the scale-10 bench corpus).
    const fingerprint = hash('sha256', `${finding.fingerprintSeed}|${count}`, 'hex').slice(0, 32);
    return { ...finding, fingerprint };
  });
}

/**
 * Keeps only fixes an applier can trust: every edit in a scanned file, at a place that exists, whose
 * `original` is the text there, overlapping no other edit of the fix nor of a fix already kept (in rule
 * order). An edit identical to one already kept is no conflict: two findings removed by one change.
 */
export class FixChecker {
  /** Each file's kept edits, sorted by start: they never overlap, so a new edit needs only its neighbours checked. */
  private readonly kept = new Map<string, Placed[]>();
  private readonly starts = new Map<string, number[]>();

  constructor(private readonly texts: ReadonlyMap<string, string>) {}

  accepts(fix: Fix): boolean {
    if (fix.edits.length === 0) return false;
    const placed: Placed[] = [];
    for (const edit of fix.edits) {
      const text = this.texts.get(edit.file);
      if (text === undefined) return false;
      const at = spanOffsets(text, edit.span, this.lineStartsOf(edit.file, text));
      if (!at || text.slice(at.start, at.end) !== edit.original) return false;
      const candidate = { ...at, edit };
      if (placed.some((other) => collides(candidate, other)) || this.collidesWithKept(candidate)) return false;
      placed.push(candidate);
    }
    for (const one of placed) {
      const list = this.kept.get(one.edit.file) ?? [];
      const at = firstStartingAtOrAfter(list, one.start);
      // A kept edit at the same start is this very edit (any other would overlap it): one copy answers for all.
      if (list[at]?.start !== one.start) list.splice(at, 0, one);
      this.kept.set(one.edit.file, list);
    }
    return true;
  }

  private collidesWithKept(candidate: Placed): boolean {
    const list = this.kept.get(candidate.edit.file) ?? [];
    const index = firstStartingAtOrAfter(list, candidate.start);
    // The kept edits before it end no later than the nearest one does (none overlap), and those after start no
    // earlier. No two kept edits share a start (the same edit twice is kept once): the one at its start is list[index].
    const neighbours = [list[index - 1], list[index], list[index + 1]];
    return neighbours.some((other) => other !== undefined && collides(candidate, other));
  }

  private lineStartsOf(file: string, text: string): number[] {
    let starts = this.starts.get(file);
    if (!starts) {
      starts = lineStarts(text);
      this.starts.set(file, starts);
    }
    return starts;
  }
}

interface Placed {
  start: number;
  end: number;
  edit: FixEdit;
}

function collides(a: Placed, b: Placed): boolean {
  return a.edit.file === b.edit.file && editsOverlap(a, b) && !sameEdit(a.edit, b.edit);
}

/** The index of the first edit starting at or after `start` (binary search). */
function firstStartingAtOrAfter(list: readonly Placed[], start: number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((list[middle]?.start ?? Infinity) < start) low = middle + 1;
    else high = middle;
  }
  return low;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
