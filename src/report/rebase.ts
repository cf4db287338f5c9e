import { cleanFolder } from '../discovery/paths.js';
import type { Finding } from '../model/findings.js';
import type { ScanResult } from '../model/results.js';

/** Prefixes every path with the scanned folder's place in the repository, for annotations and SARIF. */
export function rebase(result: ScanResult, prefix: string): ScanResult {
  if (prefix === '' || prefix === '.') return result;
  const clean = cleanFolder(prefix);
  const move = <T extends { file: string }>(item: T): T =>
    item.file ? { ...item, file: `${clean}/${item.file}` } : item;
  // A fix's edits name their files as findings do, so they move with them.
  const moveFinding = (finding: Finding): Finding =>
    move(finding.fix ? { ...finding, fix: { ...finding.fix, edits: finding.fix.edits.map(move) } } : finding);
  return {
    ...result,
    findings: result.findings.map(moveFinding),
    suppressed: result.suppressed.map(moveFinding),
    problems: result.problems.map(move),
    inventory: result.inventory.map((entry) => ({
      ...entry,
      locations: entry.locations.map(move),
      paths: entry.paths.map((path) => ({ ...move(path), via: path.via === path.file ? move(path).file : path.via })),
    })),
    iacCredentials: result.iacCredentials.map((entry) => ({ ...move(entry), flows: entry.flows.map(move) })),
  };
}
