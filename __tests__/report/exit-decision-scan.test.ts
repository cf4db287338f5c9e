import { beforeAll, describe, expect, it } from '@jest/globals';
import { decideVerdict } from '../../src/report/exit-decision.js';
import { loadHcl } from '../../src/formats/terraform/hcl.js';
import { scanTexts } from '../../src/scan/scan.js';

beforeAll(loadHcl);

// Apart from exit-decision.test.ts, which imports the verdict alone: `npm run mutation` runs that file for each
// mutant of the verdict, and a file that imports the scanner would run for each mutant of the classifiers too.
describe('the verdict on a scan', () => {
  it('counts a Terraform file with three modules it does not follow as one file', () => {
    const modules = ['vpc', 'iam', 'ses']
      .map((name) => `module "${name}" {\n  source = "terraform-aws-modules/${name}/aws"\n}\n`)
      .join('');
    const scanned = scanTexts([{ path: 'main.tf', text: modules }]);
    expect(scanned.problems.map((problem) => problem.file)).toEqual(['main.tf', 'main.tf', 'main.tf']);
    expect(decideVerdict(scanned, { failOn: 'error', strict: true }).cause).toEqual({
      kind: 'unread-files',
      files: 1,
    });
  });
});
