import { readCheckoutFile } from '../discovery/read.js';
import { safeWriteFile } from '../discovery/safe-write.js';
import type { ScanResult } from '../model/results.js';

/** The baseline file: the fingerprints of findings a team has accepted for now. Versioned like the JSON report. */
interface BaselineFile {
  version: 1;
  fingerprints: Array<{ fingerprint: string; ruleId: string; file: string }>;
}

export class BaselineError extends Error {}

/** Baseline files are small; anything larger is refused rather than read. */
const maxBaselineBytes = 1024 * 1024;

/** The fingerprints a baseline file accepts; a BaselineError names the file when it is missing or malformed. */
export async function readBaseline(path: string): Promise<Set<string>> {
  // Read like a scanned file: a baseline in the checkout may be a link to a device or to anything else.
  const read = readCheckoutFile(path, maxBaselineBytes);
  if (!read.ok) throw new BaselineError(`cannot read the baseline ${path}: ${read.reason}`);
  return parseBaseline(read.text, path);
}

/** The fingerprints of a baseline's text; `source` names it in errors. */
export function parseBaseline(text: string, source: string): Set<string> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new BaselineError(
      `cannot read the baseline ${source}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const fingerprints = acceptedFingerprints(parsed);
  if (!fingerprints) throw new BaselineError(`${source} is not a version-1 baseline (write one with --write-baseline)`);
  return new Set(fingerprints);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The fingerprint of each entry of a version-1 baseline; undefined for any other JSON value, `null` included. */
function acceptedFingerprints(parsed: unknown): string[] | undefined {
  if (!isObject(parsed) || parsed.version !== 1 || !Array.isArray(parsed.fingerprints)) return undefined;
  // Array.isArray types the entries `any`: read them as the unknown JSON they are.
  const entries: readonly unknown[] = parsed.fingerprints;
  const fingerprints: string[] = [];
  for (const entry of entries) {
    if (!isObject(entry) || typeof entry.fingerprint !== 'string') return undefined;
    fingerprints.push(entry.fingerprint);
  }
  return fingerprints;
}

function baselineOf(result: ScanResult): BaselineFile {
  return {
    version: 1,
    fingerprints: result.findings.map((finding) => ({
      fingerprint: finding.fingerprint ?? '',
      ruleId: finding.ruleId,
      file: finding.file,
    })),
  };
}

export async function writeBaseline(path: string, result: ScanResult): Promise<void> {
  safeWriteFile(path, `${JSON.stringify(baselineOf(result), null, 2)}\n`);
}
