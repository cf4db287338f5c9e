import { cleanFolder } from '../discovery/paths.js';
import type { ScanResult } from '../model/results.js';

/** Prefixes every path with the scanned folder's place in the repository, for annotations and SARIF. */
export function rebase(result: ScanResult, prefix: string): ScanResult {
  if (prefix === '' || prefix === '.') return result;
  const clean = cleanFolder(prefix);
  const move = <T extends { file: string }>(item: T): T =>
    item.file ? { ...item, file: `${clean}/${item.file}` } : item;
  return {
    ...result,
    findings: result.findings.map(move),
    suppressed: result.suppressed.map(move),
    problems: result.problems.map(move),
    inventory: result.inventory.map((entry) => ({
      ...entry,
      locations: entry.locations.map(move),
      paths: entry.paths.map((path) => ({ ...move(path), via: path.via === path.file ? move(path).file : path.via })),
    })),
    iacCredentials: result.iacCredentials.map((entry) => ({ ...move(entry), flows: entry.flows.map(move) })),
  };
}
