import type { Finding } from '../model/findings.js';
import type { ScanResult } from '../model/results.js';
import { findingFix } from './fixes.js';

/** A fix as the JSON report gives it (added in 1.2; readers of version 1 may ignore it). */
export interface JsonFixV1 {
  description: string;
  /** Offered for review only: `--fix` does not apply it. */
  suggestionOnly: boolean;
  edits: Array<{
    file: string;
    /** 1-based; the end column exclusive, in UTF-16 code units (as the finding's own columns). */
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
    /** The text replaced; left out when it holds a credential (it is then often the finding itself). */
    original?: string;
    replacement: string;
  }>;
}

/**
 * The JSON contract, version 1. It is built field by field from the internal types so that a change
 * inside the scanner cannot silently change what users parse.
 */
export interface JsonReportV1 {
  version: 1;
  findings: Array<{
    ruleId: string;
    severity: 'error' | 'warning' | 'notice';
    file: string;
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
    message: string;
    credential: { name: string; kind: string | null } | null;
    fingerprint: string;
    /** Pull-request mode only: the finding is in a file the pull request does not change. */
    outsideDiff?: true;
    /** The change that removes the finding, where it is mechanical. */
    fix?: JsonFixV1;
  }>;
  suppressed: Array<{
    ruleId: string;
    file: string;
    line: number;
    column: number;
    reason: 'inline' | 'config' | 'baseline';
    fingerprint: string;
  }>;
  inventory: Array<{
    name: string;
    kind: string | null;
    root: boolean;
    channels: string[];
    locations: Array<{ file: string; line: number; column: number }>;
    definedIn?: string[];
  }>;
  /** Access keys that IaC creates (added in 1.1; readers of version 1 may ignore it). */
  iacCredentials: Array<{
    key: string;
    file: string;
    line: number;
    user: string | null;
    consoleAccess: boolean;
    flows: Array<{ part: string; to: string; file: string; line: number }>;
  }>;
  problems: Array<{ file: string; line: number | null; message: string }>;
  stats: { files: number };
}

function withFix(finding: Finding): { fix?: JsonFixV1 } {
  const fix = jsonFix(finding);
  return fix ? { fix } : {};
}

function jsonFix(finding: Finding): JsonFixV1 | undefined {
  const fix = findingFix(finding);
  if (!fix) return undefined;
  return {
    description: fix.description,
    suggestionOnly: fix.suggestionOnly,
    edits: fix.edits.map((edit) => ({
      file: edit.file,
      line: edit.span.startLine,
      column: edit.span.startColumn,
      endLine: edit.span.endLine,
      endColumn: edit.span.endColumn,
      ...(edit.originalHadCredential ? {} : { original: edit.originalScrubbed }),
      replacement: edit.replacement,
    })),
  };
}

export function toJsonReport(result: ScanResult): JsonReportV1 {
  return {
    version: 1,
    findings: result.findings.map((finding) => ({
      ruleId: finding.ruleId,
      severity: finding.severity,
      file: finding.file,
      line: finding.span.startLine,
      column: finding.span.startColumn,
      endLine: finding.span.endLine,
      endColumn: finding.span.endColumn,
      message: finding.message,
      credential: finding.credential ? { name: finding.credential.name, kind: finding.credential.kind ?? null } : null,
      fingerprint: finding.fingerprint ?? '',
      ...(finding.outsideDiff ? { outsideDiff: true as const } : {}),
      ...withFix(finding),
    })),
    suppressed: result.suppressed.map((finding) => ({
      ruleId: finding.ruleId,
      file: finding.file,
      line: finding.span.startLine,
      column: finding.span.startColumn,
      reason: finding.suppressed ?? 'inline',
      fingerprint: finding.fingerprint ?? '',
    })),
    inventory: result.inventory.map((entry) => ({
      name: entry.name,
      kind: entry.kind ?? null,
      root: entry.root,
      channels: [...entry.channels],
      locations: entry.locations.map((l) => ({ ...l })),
      ...(entry.definedIn ? { definedIn: [...entry.definedIn] } : {}),
    })),
    iacCredentials: result.iacCredentials.map((entry) => ({
      key: entry.key,
      file: entry.file,
      line: entry.line,
      user: entry.user ?? null,
      consoleAccess: entry.consoleAccess,
      flows: entry.flows.map((flow) => ({ ...flow })),
    })),
    problems: result.problems.map((problem) => ({
      file: problem.file,
      line: problem.span?.startLine ?? null,
      message: problem.message,
    })),
    stats: { files: result.files },
  };
}

export function renderJson(result: ScanResult): string {
  return `${JSON.stringify(toJsonReport(result), null, 2)}\n`;
}
