// Mutation testing of the judgement: the wrong-kind rules, the value and name classifiers and the verdict.
// `npm run mutation` scores each module in turn with its own tests (scripts/mutation.mjs);
// `npm run mutation -- --mutate src/credentials/names.ts` scores one. Reports land in reports/mutation/ (not committed).
import { basename } from 'node:path';

const cases = '__tests__/rules/cases.test.ts';
/**
 * A rule's tests: its unit tests (messages, checked values, STS and defined secrets, metadata), its cases, and
 * the registry's checks of its metadata against its docs page.
 */
const ruleTests = (id) => [`__tests__/rules/${id}.test.ts`, cases, '__tests__/rules/meta.test.ts'];

/**
 * The judgement's modules and the tests that judge each. A mutant runs only the files among these that import its
 * module (findRelatedTests); every file costs a load of the scanner per mutant, so each module keeps its own few.
 */
export const judgementTests = {
  'src/rules/secret-key-as-smtp-password.ts': ruleTests('secret-key-as-smtp-password'),
  'src/rules/smtp-password-as-secret-key.ts': ruleTests('smtp-password-as-secret-key'),
  'src/rules/smtp-username-not-access-key-id.ts': ruleTests('smtp-username-not-access-key-id'),
  'src/rules/root-credentials.ts': ruleTests('root-credentials'),
  // The classifiers' own tests: a mutant of theirs loads no scanner. The rules' runs exercise them through the cases.
  'src/credentials/values.ts': [
    '__tests__/credentials/values.test.ts',
    '__tests__/credentials/placeholders.test.ts',
    '__tests__/credentials/redact.test.ts',
  ],
  'src/credentials/names.ts': ['__tests__/credentials/names.test.ts'],
  'src/report/exit-decision.ts': ['__tests__/report/exit-decision.test.ts'],
};

/** The modules named by `--mutate a.ts,b.ts` (line ranges dropped), or all of the judgement's. */
function mutatedModules(argv) {
  const at = argv.findIndex((arg) => arg === '--mutate' || arg === '-m' || arg.startsWith('--mutate='));
  if (at < 0) return Object.keys(judgementTests);
  const value = argv[at].startsWith('--mutate=') ? argv[at].slice('--mutate='.length) : (argv[at + 1] ?? '');
  return value.split(',').map((file) => file.replace(/:\d.*$/, ''));
}

const modules = mutatedModules(process.argv);
/** A rule's run takes its own cases; the classifiers' and the verdict's take the cases of all four rules. */
const ownRules = modules.filter((file) => file.startsWith('src/rules/')).map((file) => basename(file, '.ts'));
// Read by jest.mutation.config.js (and so by cases.test.ts) in the test runner processes this one starts.
if (ownRules.length === modules.length) process.env.RULE_CASES = ownRules.join(',');
const known = modules.every((file) => file in judgementTests);
const tests = known
  ? [...new Set(modules.flatMap((file) => judgementTests[file]))]
  : Object.values(judgementTests).flat();
/** One name per module set, so that scoring one module keeps the others' reports and incremental results. */
const runName = modules.length === 1 ? basename(modules[0], '.ts') : 'judgement';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'jest',
  // ts-jest runs the tests as ES modules.
  testRunnerNodeArgs: ['--experimental-vm-modules'],
  jest: {
    projectType: 'custom',
    // The rule cases of the judgement's rules only (jest.mutation.config.js).
    configFile: 'jest.mutation.config.js',
    config: { testMatch: [...new Set(tests)].map((file) => `<rootDir>/${file}`) },
    // A mutant runs only the test files that import its module, directly or not.
    enableFindRelatedTests: true,
  },
  mutate: Object.keys(judgementTests),
  coverageAnalysis: 'perTest',
  // Two cores shared with other work.
  concurrency: 1,
  timeoutMS: 10000,
  reporters: ['clear-text', 'progress-append-only', 'html', 'json'],
  htmlReporter: { fileName: `reports/mutation/${runName}.html` },
  jsonReporter: { fileName: `reports/mutation/${runName}.json` },
  tempDirName: '.stryker-tmp',
  // Only mutants whose code or covering tests changed run again.
  incremental: true,
  incrementalFile: `reports/mutation/${runName}.incremental.json`,
  ignorePatterns: ['dist', 'build', '.bench-cache', 'reports', '__tests__/real-world', '__tests__/e2e'],
  thresholds: { high: 90, low: 85, break: null },
};
