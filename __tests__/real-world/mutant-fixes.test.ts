import { describe, expect, it } from '@jest/globals';
import type { Finding } from '../../src/model/findings.js';
import { applyEdits as applyFixEdits } from '../../src/rules/fixes/text.js';
import { parseText, type ParsedFile } from '../../src/scan/parse-files.js';
import { analyze } from '../../src/scan/scan.js';
import { applyEdits, loadCase, type LoadedCase, type Mutant } from './mutant-scan.js';
import { generateMutants } from './mutants.js';
import { loadCases } from './score.js';

// Issue 23: the mutants of the real-world corpus that are caught, fixed by their finding's fix, draw
// nothing of the mutated rule at that place, and every file the fix edits still parses.
const cases = loadCases();
let fixedMutants = 0;

/** The case's files parsed again wherever `texts` holds a new text for them. */
function reparsed(loaded: LoadedCase, parsed: readonly ParsedFile[], texts: ReadonlyMap<string, string>): ParsedFile[] {
  return parsed.map((file) => {
    const text = texts.get(file.path);
    return text === undefined ? file : parseText(file.path, text, loaded.config);
  });
}

function mutatedTexts(loaded: LoadedCase, mutant: Mutant): Map<string, string> {
  const files = new Set(mutant.edits.map((edit) => edit.file));
  return new Map(
    [...files].map((file) => [
      file,
      applyEdits(
        loaded.text(file),
        mutant.edits.filter((edit) => edit.file === file),
      ),
    ]),
  );
}

const atLine = (finding: Finding, mutant: Mutant, line: number) =>
  finding.ruleId === mutant.rule && finding.file === mutant.file && finding.span.startLine === line;

/** Lines the fix adds (or removes) above the mutant's line: where its place is after the fix. */
function lineAfterFix(finding: Finding, mutant: Mutant): number {
  let shift = 0;
  for (const edit of finding.fix?.edits ?? [])
    if (edit.file === mutant.file && edit.span.endLine <= mutant.line && edit.span.startLine < mutant.line)
      shift += edit.replacement.split('\n').length - edit.original.split('\n').length;
  return mutant.line + shift;
}

const parseFailure = /syntax error|could not be read/i;

describe('mutants of the real-world corpus, fixed', () => {
  it.each(cases.map((testCase) => [testCase.slug, testCase] as const))('%s', async (_slug, testCase) => {
    const loaded = await loadCase(testCase);
    for (const mutant of generateMutants(loaded)) {
      const parsed = reparsed(loaded, loaded.parsed, mutatedTexts(loaded, mutant));
      const findings = analyze(parsed, loaded.config, [], loaded.root).findings;
      const finding = findings.find((one) => atLine(one, mutant, mutant.line) && one.fix);
      if (!finding?.fix) continue;
      const texts = new Map(
        parsed.flatMap((file) => (file.text === undefined ? [] : [[file.path, file.text] as const])),
      );
      const fixedTexts = new Map<string, string>();
      for (const file of new Set(finding.fix.edits.map((edit) => edit.file))) {
        const before = texts.get(file);
        const after =
          before === undefined
            ? undefined
            : applyFixEdits(
                before,
                finding.fix.edits.filter((edit) => edit.file === file),
              );
        expect([mutant.id, file, after === undefined]).toEqual([mutant.id, file, false]);
        if (after !== undefined) fixedTexts.set(file, after);
      }
      const fixed = reparsed(loaded, parsed, fixedTexts);
      const after = analyze(fixed, loaded.config, [], loaded.root);
      const remaining = after.findings.filter((one) => atLine(one, mutant, lineAfterFix(finding, mutant)));
      expect([mutant.id, remaining.map((one) => one.message)]).toEqual([mutant.id, []]);
      const broken = after.problems.filter(
        (problem) => fixedTexts.has(problem.file) && parseFailure.test(problem.message),
      );
      expect([mutant.id, broken]).toEqual([mutant.id, []]);
      fixedMutants += 1;
    }
  });

  it('fixes some mutants: the check above is not empty', () => {
    expect(fixedMutants).toBeGreaterThan(0);
  });
});
