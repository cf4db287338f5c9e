import { createHash } from 'node:crypto';
import type { Config } from './config/config.js';
import { severityRank, type Finding } from './model/findings.js';
import type { ScanModel } from './model/scan-model.js';
import { scrubCredentials } from './credentials/values.js';
import { rules } from './rules/index.js';

/** Line → rule ids ignored there (`*`: all), read from `ses-credential-hygiene: ignore[…]` comments. */
export type InlineIgnores = ReadonlyMap<number, ReadonlySet<string>>;

const ignoreMarker = /ses-credential-hygiene:\s*ignore\[([^\]]*)\]/;

export function readInlineIgnores(text: string): InlineIgnores {
  const ignores = new Map<number, Set<string>>();
  if (!text.includes('ses-credential-hygiene:')) return ignores;
  text.split('\n').forEach((line, index) => {
    const match = ignoreMarker.exec(line);
    if (!match) return;
    const ids = (match[1] ?? '')
      .split(',')
      .map((id) => id.trim())
      .filter(Boolean);
    // The comment covers its own line and the line below it.
    for (const lineNumber of [index + 1, index + 2]) {
      const set = ignores.get(lineNumber) ?? new Set<string>();
      for (const id of ids.length > 0 ? ids : ['*']) set.add(id);
      ignores.set(lineNumber, set);
    }
  });
  return ignores;
}

export interface RuleRun {
  findings: Finding[];
  suppressed: Finding[];
}

/** Runs every enabled rule, applies severities from the config, ignores, fingerprints, and sorts worst first. */
export function runRules(model: ScanModel, config: Config, inlineIgnores: ReadonlyMap<string, InlineIgnores>): RuleRun {
  const findings: Finding[] = [];
  const suppressed: Finding[] = [];
  for (const rule of rules) {
    const configured = config.ruleSettings.get(rule.meta.id);
    if (configured === 'off') continue;
    const seen = new Set<string>();
    for (const result of rule.check(model)) {
      const placeKey = `${result.file}:${result.span.startLine}:${result.span.startColumn}`;
      if (seen.has(placeKey)) continue;
      seen.add(placeKey);
      const finding: Finding = {
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
      };
      const inline = inlineIgnores.get(result.file)?.get(result.span.startLine);
      if (inline && (inline.has('*') || inline.has(rule.meta.id)))
        suppressed.push({ ...finding, suppressed: 'inline' });
      else if (
        config.ignores.some(
          (ignore) => ignore.matches(result.file) && (!ignore.rules || ignore.rules.has(rule.meta.id)),
        )
      )
        suppressed.push({ ...finding, suppressed: 'config' });
      else findings.push(finding);
    }
  }
  // Fingerprints are counted over every finding, suppressed or not, so suppressing one never renumbers another.
  const all = sortFindings([...findings, ...suppressed]);
  const prints = fingerprints(all);
  all.forEach((finding, index) => (finding.fingerprint = prints[index]));
  return { findings: sortFindings(findings), suppressed: sortFindings(suppressed) };
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
export function fingerprints(findings: readonly Finding[]): string[] {
  const occurrences = new Map<string, number>();
  return findings.map((finding) => {
    const count = (occurrences.get(finding.fingerprintSeed) ?? 0) + 1;
    occurrences.set(finding.fingerprintSeed, count);
    return createHash('sha256').update(`${finding.fingerprintSeed}|${count}`).digest('hex').slice(0, 32);
  });
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
