import { defaultConfig, parseConfig, type Config } from '../../src/config/config.js';
import type { Finding } from '../../src/model/findings.js';
import type { ScanResult } from '../../src/model/results.js';
import { scanTexts } from '../../src/scan/scan.js';

export type Files = Record<string, string>;

/** Accepts one workflow text (placed at .github/workflows/ci.yml) or several files by path. */
export function scanFiles(files: Files | string, configText?: string): ScanResult {
  const map = typeof files === 'string' ? { '.github/workflows/ci.yml': files } : files;
  const config: Config = configText ? parseConfig(configText, 'test-config.yml') : defaultConfig();
  return scanTexts(
    Object.entries(map).map(([path, text]) => ({ path, text })),
    config,
  );
}

export interface Place {
  line: number;
  column: number;
  file?: string;
}

/** The findings of one rule as `file:line:column`, for exact comparisons. */
export function placesOf(ruleId: string, files: Files | string, configText?: string): string[] {
  return scanFiles(files, configText)
    .findings.filter((finding) => finding.ruleId === ruleId)
    .map(place);
}

export function place(finding: Pick<Finding, 'file' | 'span'>): string {
  return `${finding.file}:${finding.span.startLine}:${finding.span.startColumn}`;
}

/** Builds a workflow with one job from steps given as YAML text indented for the `steps:` list. */
export function workflow(steps: string, extra = ''): string {
  return `name: test\non: push\n${extra}jobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n${steps}`;
}

// Apart, so that a test of the classifiers alone loads no scanner (npm run mutation loads each test file per mutant).
export { fake } from './fake.js';

/** `file:line:column` of the n-th occurrence of `needle` in `text`: an oracle independent of the scanner. */
export function locate(text: string, needle: string, occurrence = 1, file = '.github/workflows/ci.yml'): string {
  let at = -1;
  for (let i = 0; i < occurrence; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" occurs fewer than ${occurrence} times`);
  }
  const before = text.slice(0, at);
  const line = before.split('\n').length;
  const column = at - before.lastIndexOf('\n');
  return `${file}:${line}:${column}`;
}
