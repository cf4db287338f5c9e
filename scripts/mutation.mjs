// `npm run mutation`: StrykerJS over the judgement, one module at a time with the tests that judge it
// (stryker.config.mjs), then one table of the scores. Arguments go to Stryker; with `--mutate`, one run only.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { judgementTests } from '../stryker.config.mjs';

const args = process.argv.slice(2);
const named = args.some((arg) => arg === '--mutate' || arg === '-m' || arg.startsWith('--mutate='));
const runs = named ? [args] : Object.keys(judgementTests).map((file) => [...args, '--mutate', file]);

for (const run of runs) {
  const { status } = spawnSync('npx', ['stryker', 'run', ...run], { stdio: 'inherit' });
  if (status !== 0) process.exit(status ?? 1);
}

/** Killed, survived, no coverage and timed-out mutants of one module, from its JSON report. */
function tally(file) {
  const report = `reports/mutation/${basename(file, '.ts')}.json`;
  if (!existsSync(report)) return undefined;
  const mutants = JSON.parse(readFileSync(report, 'utf8')).files[file]?.mutants ?? [];
  const count = (status) => mutants.filter((mutant) => mutant.status === status).length;
  const [killed, survived, noCoverage, timeout] = ['Killed', 'Survived', 'NoCoverage', 'Timeout'].map(count);
  const score = (100 * (killed + timeout)) / (killed + timeout + survived + noCoverage);
  return { file, score: score.toFixed(2), killed, survived, noCoverage, timeout };
}

if (!named) console.table(Object.keys(judgementTests).map(tally).filter(Boolean));
