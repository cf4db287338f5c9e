import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Severity } from '../../src/model/findings.js';

/**
 * Rule cases on disk, in the manner of actionlint's testdata. Under `casesRoot/<rule-id>/`:
 *
 * - a file is one case; its first line names the path it is scanned as: `# scanned-as: .github/workflows/ci.yml`
 *   (the line stays in the scanned text, so line numbers are the ones an editor shows);
 * - a folder is one case of several files, each scanned at its path inside the folder;
 * - cases under `ok/` must give no finding of the rule; every other case must mark each finding it expects.
 *
 * A marker is a comment, either at the end of the finding's line, with the column after `@`:
 *     AWS_ACCESS_KEY_ID: <value>  # expect: hardcoded-access-key@30
 * or on a line of its own under the finding's line, a caret under the column:
 *     SMTP_PASSWORD=<value>
 *     #             ^ expect: hardcoded-smtp-password
 * Either may add the severity: `# expect: root-credentials@9:warning`, `^ expect: root-credentials:warning`.
 */
export const casesRoot = '__tests__/rules/cases';
export const quietFolder = 'ok';

/**
 * Rules whose findings need facts from outside the files (STS answers, the action's checked values, the repository's
 * secrets): `scanTexts` cannot give them, so their own tests under __tests__/rules/ cover them. The part of
 * smtp-region-mismatch that reads the files has cases; its checked-values part stays in
 * smtp-password-mismatch.test.ts, which gives the rule the action's facts.
 */
export const outsideFactsRules: ReadonlySet<string> = new Set([
  'invalid-access-key',
  'smtp-password-mismatch',
  'undefined-secret',
]);

export interface ExpectedFinding {
  ruleId: string;
  file: string;
  line: number;
  column: number;
  severity?: Severity;
}

export interface RuleCase {
  ruleId: string;
  /** Path under the cases root, for the test's name and error messages. */
  name: string;
  quiet: boolean;
  /** The texts as marked, and the same texts with every marker removed: both must scan alike. */
  files: Array<{ path: string; text: string }>;
  unmarked: Array<{ path: string; text: string }>;
  expected: ExpectedFinding[];
}

const headerPattern = /^#\s*scanned-as:\s*(\S+)\s*$/;
const trailingPattern = /\s*#\s*expect:\s*(\S.*)$/;
const caretPattern = /^(\s*#\s*)\^\s*expect:\s*(\S.*)$/;
const severities: readonly Severity[] = ['error', 'warning', 'notice'];
const severityOf = (text: string | undefined) => severities.find((severity) => severity === text);
const trailingToken = /^([a-z0-9-]+)@(\d+)(?::(error|warning|notice))?$/;
const caretToken = /^([a-z0-9-]+)(?::(error|warning|notice))?$/;

function withSeverity(text: string | undefined): { severity?: Severity } {
  const severity = severityOf(text);
  return severity ? { severity } : {};
}

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true })
    .flatMap((entry) => {
      const path = join(folder, entry.name);
      return entry.isDirectory() ? filesUnder(path) : [path];
    })
    .sort();
}

function tokens(text: string): string[] {
  return text.split(/[\s,]+/).filter((token) => token.length > 0);
}

/** Reads the markers out of one file and returns the text without them (lines and columns unchanged). */
export function readMarkers(
  path: string,
  text: string,
  where: string,
): { expected: ExpectedFinding[]; unmarked: string } {
  const expected: ExpectedFinding[] = [];
  const lines = text.split('\n');
  let target = 0;
  const unmarked = lines.map((line, index) => {
    const caret = caretPattern.exec(line);
    if (caret) {
      if (target === 0) throw new Error(`${where}:${index + 1}: a caret marker needs a line above it`);
      for (const token of tokens(caret[2] ?? '')) {
        const parts = caretToken.exec(token);
        if (!parts) throw new Error(`${where}:${index + 1}: cannot read caret marker "${token}"`);
        expected.push({
          ruleId: parts[1] ?? '',
          file: path,
          line: target,
          column: (caret[1] ?? '').length + 1,
          ...withSeverity(parts[2]),
        });
      }
      return '';
    }
    target = index + 1;
    const trailing = trailingPattern.exec(line);
    if (!trailing) return line;
    for (const token of tokens(trailing[1] ?? '')) {
      const parts = trailingToken.exec(token);
      if (!parts) throw new Error(`${where}:${index + 1}: cannot read marker "${token}" (want rule-id@column)`);
      expected.push({
        ruleId: parts[1] ?? '',
        file: path,
        line: target,
        column: Number(parts[2]),
        ...withSeverity(parts[3]),
      });
    }
    return line.slice(0, trailing.index);
  });
  return { expected, unmarked: unmarked.join('\n') };
}

function readCase(ruleId: string, entry: string, quiet: boolean): RuleCase {
  const name = relative(casesRoot, entry).split(sep).join('/');
  const sources = statSync(entry).isDirectory()
    ? filesUnder(entry).map((file) => ({
        path: relative(entry, file).split(sep).join('/'),
        text: readFileSync(file, 'utf8'),
      }))
    : [singleFileCase(entry, name)];
  const files: RuleCase['files'] = [];
  const unmarked: RuleCase['unmarked'] = [];
  const expected: ExpectedFinding[] = [];
  for (const source of sources) {
    const markers = readMarkers(source.path, source.text, `${name}:${source.path}`);
    files.push(source);
    unmarked.push({ path: source.path, text: markers.unmarked });
    expected.push(...markers.expected);
  }
  return { ruleId, name, quiet, files, unmarked, expected };
}

function singleFileCase(file: string, name: string): { path: string; text: string } {
  const text = readFileSync(file, 'utf8');
  const header = headerPattern.exec(text.split('\n')[0] ?? '');
  if (!header?.[1]) throw new Error(`${name}: the first line must name the scanned path: "# scanned-as: <path>"`);
  return { path: header[1], text };
}

function caseEntries(folder: string): string[] {
  return readdirSync(folder)
    .filter((entry) => entry !== quietFolder && !entry.startsWith('.'))
    .sort()
    .map((entry) => join(folder, entry));
}

/** Every rule folder under the cases root, with its firing and quiet cases. */
export function readRuleCases(): Map<string, RuleCase[]> {
  const byRule = new Map<string, RuleCase[]>();
  for (const ruleId of readdirSync(casesRoot).sort()) {
    const folder = join(casesRoot, ruleId);
    if (!statSync(folder).isDirectory()) continue;
    const quietRoot = join(folder, quietFolder);
    const quiet = readdirSync(folder).includes(quietFolder) ? caseEntries(quietRoot) : [];
    byRule.set(ruleId, [
      ...caseEntries(folder).map((entry) => readCase(ruleId, entry, false)),
      ...quiet.map((entry) => readCase(ruleId, entry, true)),
    ]);
  }
  return byRule;
}
