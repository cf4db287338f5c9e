import { readFile, writeFile } from 'node:fs/promises';
import type { ScanResult } from '../model/results.js';

/** The baseline file: the fingerprints of findings a team has accepted for now. Versioned like the JSON report. */
export interface BaselineFile {
  version: 1;
  fingerprints: Array<{ fingerprint: string; ruleId: string; file: string }>;
}

export class BaselineError extends Error {}

/** The fingerprints a baseline file accepts; a BaselineError names the file when it is missing or malformed. */
export async function readBaseline(path: string): Promise<Set<string>> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new BaselineError(
      `cannot read the baseline ${path}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const file = parsed as Partial<BaselineFile>;
  if (
    file.version !== 1 ||
    !Array.isArray(file.fingerprints) ||
    !file.fingerprints.every((entry) => typeof entry?.fingerprint === 'string')
  ) {
    throw new BaselineError(`${path} is not a version-1 baseline (write one with --write-baseline)`);
  }
  return new Set(file.fingerprints.map((entry) => entry.fingerprint));
}

export function baselineOf(result: ScanResult): BaselineFile {
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
  await writeFile(path, `${JSON.stringify(baselineOf(result), null, 2)}\n`);
}
