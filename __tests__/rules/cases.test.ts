import { beforeAll, describe, expect, it } from '@jest/globals';
import { loadHcl } from '../../src/formats/terraform/hcl.js';
import type { Finding } from '../../src/model/findings.js';
import { scanTexts } from '../../src/scan/scan.js';
import { readRuleCases, type ExpectedFinding, type RuleCase } from '../helpers/rule-cases.js';

beforeAll(loadHcl);

// `RULE_CASES=id,id` runs only those rules' cases (npm run mutation: the judgement's rules, jest.mutation.config.js).
const only = process.env.RULE_CASES?.split(',');
const cases = new Map([...readRuleCases()].filter(([ruleId]) => only === undefined || only.includes(ruleId)));

function scanned(files: RuleCase['files']): Finding[] {
  return scanTexts(files).findings;
}

/** The place and rule of a finding, with its severity only where the marker names one. */
function described(finding: Finding, withSeverity: boolean): string {
  const place = `${finding.ruleId} ${finding.file}:${finding.span.startLine}:${finding.span.startColumn}`;
  return withSeverity ? `${place} ${finding.severity}` : place;
}

function describedExpectation(expected: ExpectedFinding): string {
  const place = `${expected.ruleId} ${expected.file}:${expected.line}:${expected.column}`;
  return expected.severity ? `${place} ${expected.severity}` : place;
}

describe.each([...cases.entries()])('rule cases of %s', (ruleId, ruleCases) => {
  describe.each(ruleCases.map((ruleCase) => [ruleCase.name, ruleCase] as const))('%s', (_name, ruleCase) => {
    it(ruleCase.quiet ? 'gives no finding of the rule' : 'gives exactly the marked findings of the rule', () => {
      for (const expected of ruleCase.expected) expect(expected.ruleId).toBe(ruleId);
      if (ruleCase.quiet) expect(ruleCase.expected).toEqual([]);
      else expect(ruleCase.expected.length).toBeGreaterThan(0);
      const ofRule = scanned(ruleCase.files).filter((finding) => finding.ruleId === ruleId);
      const marked = [...ruleCase.expected].sort(
        (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column,
      );
      // Each finding is compared with the marker at its place; a severity is compared only where a marker names one.
      const actual = ofRule
        .map((finding) => {
          const marker = marked.find(
            (expected) =>
              expected.file === finding.file &&
              expected.line === finding.span.startLine &&
              expected.column === finding.span.startColumn,
          );
          return described(finding, marker?.severity !== undefined);
        })
        .sort();
      expect(actual).toEqual(marked.map(describedExpectation).sort());
    });

    // A quiet case holds no marker, so only a marked case has something to remove.
    if (!ruleCase.quiet)
      it('scans the same with its markers removed', () => {
        expect(ruleCase.unmarked).not.toEqual(ruleCase.files);
        const strip = (findings: Finding[]) =>
          findings.map(({ ruleId: id, file, span, severity, message }) => ({ id, file, span, severity, message }));
        expect(strip(scanned(ruleCase.files))).toEqual(strip(scanned(ruleCase.unmarked)));
      });
  });
});
