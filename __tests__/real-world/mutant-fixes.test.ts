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
const fixedKinds = new Set<string>();

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

/**
 * Fixes a caught mutant by its finding's fix and says what went wrong: '' when the fix removed the
 * finding and the files still parse, undefined when the mutant is not caught or (not in Terraform) its
 * finding has no fix.
 */
function fixedMutantFailure(loaded: LoadedCase, mutant: Mutant): string | undefined {
  const parsed = reparsed(loaded, loaded.parsed, mutatedTexts(loaded, mutant));
  const findings = analyze(parsed, loaded.config, [], loaded.root).findings;
  const caught = findings.filter((one) => atLine(one, mutant, mutant.line));
  const finding = caught.find((one) => one.fix);
  // Every value Terraform writes into a wrong slot has a mechanical fix; elsewhere the right value is a person's call.
  if (!finding?.fix)
    return caught.length > 0 && mutant.variant.startsWith('terraform') ? 'caught, but no fix is offered' : undefined;
  const texts = new Map(parsed.flatMap((file) => (file.text === undefined ? [] : [[file.path, file.text] as const])));
  const fixedTexts = new Map<string, string>();
  for (const file of new Set(finding.fix.edits.map((edit) => edit.file))) {
    const before = texts.get(file);
    const own = finding.fix.edits.filter((edit) => edit.file === file);
    const after = before === undefined ? undefined : applyFixEdits(before, own);
    if (after === undefined) return `the fix does not fit ${file}`;
    fixedTexts.set(file, after);
  }
  const after = analyze(reparsed(loaded, parsed, fixedTexts), loaded.config, [], loaded.root);
  const remaining = after.findings.filter((one) => atLine(one, mutant, lineAfterFix(finding, mutant)));
  if (remaining.length > 0) return `still drawn after "${finding.fix.description}": ${remaining[0]?.message}`;
  const broken = after.problems.filter((problem) => fixedTexts.has(problem.file) && parseFailure.test(problem.message));
  return broken.length > 0 ? `no longer parses: ${broken[0]?.message}` : '';
}

describe('mutants of the real-world corpus, fixed', () => {
  it.each(cases.map((testCase) => [testCase.slug, testCase] as const))('%s', async (_slug, testCase) => {
    const loaded = await loadCase(testCase);
    const failures: string[] = [];
    for (const mutant of generateMutants(loaded)) {
      const failure = fixedMutantFailure(loaded, mutant);
      if (failure === undefined) continue;
      if (failure) failures.push(`${mutant.id}: ${failure}`);
      else {
        fixedMutants += 1;
        fixedKinds.add(mutant.kind);
      }
    }
    expect(failures).toEqual([]);
  });

  it('fixes mutants of every slot kind: the check above is not empty', () => {
    expect(fixedMutants).toBeGreaterThanOrEqual(100);
    expect([...fixedKinds]).toEqual(
      expect.arrayContaining(['secret-as-smtp-password', 'user-name-as-smtp-username', 'smtp-password-as-secret-key']),
    );
  });
});
