// `npm run real-world`: scans every case of the real-world corpus and prints recall and false
// positives per rule, then one line of the mutation run over the same cases (`npm run mutants`);
// `-- --verbose` lists each miss and false positive; `-- --write-gaps` records the current misses and
// false positives as the known gaps the test holds the tool to.
import { writeFileSync } from 'node:fs';
import { scan } from '../../src/scan/scan.js';
import { asMarked, formatSummary, gapsOf, knownGapsPath, loadCases, scoreCase, summarize } from './score.js';
import { mutantSummaryLine } from './mutant-report.js';
import { runAllMutants } from './mutants.js';

const verbose = process.argv.includes('--verbose');
const scores = [];
for (const testCase of loadCases()) {
  const result = await scan({ root: testCase.filesRoot });
  scores.push(scoreCase(testCase, result.findings.map(asMarked)));
}
console.log(formatSummary(summarize(scores)));
console.log(mutantSummaryLine(await runAllMutants()));
if (verbose) {
  for (const score of scores) {
    for (const item of score.missed) console.log(`missed  ${score.slug}: ${item.file}:${item.line} ${item.rule}`);
    for (const item of score.falsePositives) {
      const clean = score.onCleanFiles.includes(item) ? ' [clean file]' : '';
      console.log(`false+  ${score.slug}: ${item.file}:${item.line} ${item.rule} (${item.severity})${clean}`);
    }
  }
}
if (process.argv.includes('--write-gaps')) {
  writeFileSync(knownGapsPath, `${JSON.stringify(gapsOf(scores), null, 2)}\n`);
  console.log(`wrote ${knownGapsPath}`);
}
