// Mutation testing of the judgement: the wrong-kind rules, the value and name classifiers and the verdict.
// `npm run mutation`; the report lands in reports/mutation/ (not committed).
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'jest',
  // ts-jest runs the tests as ES modules.
  testRunnerNodeArgs: ['--experimental-vm-modules'],
  jest: {
    projectType: 'custom',
    // The narrowed test set: the judgement's unit tests and its rules' cases (jest.mutation.config.js).
    configFile: 'jest.mutation.config.js',
    // A mutant runs only the test files that import its module, directly or not.
    enableFindRelatedTests: true,
  },
  mutate: [
    'src/rules/secret-key-as-smtp-password.ts',
    'src/rules/smtp-password-as-secret-key.ts',
    'src/rules/smtp-username-not-access-key-id.ts',
    'src/rules/root-credentials.ts',
    'src/credentials/values.ts',
    'src/credentials/names.ts',
    'src/report/exit-decision.ts',
  ],
  coverageAnalysis: 'perTest',
  concurrency: 2,
  timeoutMS: 10000,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  tempDirName: '.stryker-tmp',
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  ignorePatterns: ['dist', 'build', '.bench-cache', 'reports', '__tests__/real-world', '__tests__/e2e'],
  thresholds: { high: 90, low: 85, break: null },
};
