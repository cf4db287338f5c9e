import base from './jest.config.js';

/**
 * The tests `npm run mutation` runs against each mutant of the judgement: the unit tests of the classifiers,
 * the wrong-kind and root rules and the verdict, and the rule cases of those rules only. Every test file costs
 * a module load per mutant, and a mutant of a module-level pattern runs them all, so the set stays this small.
 */
export const judgementRules = [
  'secret-key-as-smtp-password',
  'smtp-password-as-secret-key',
  'smtp-username-not-access-key-id',
  'root-credentials',
];

// Read by __tests__/rules/cases.test.ts: only these rules' cases.
process.env.RULE_CASES = judgementRules.join(',');

/** @type {import('jest').Config} */
export default {
  ...base,
  testMatch: [
    '<rootDir>/__tests__/credentials/values.test.ts',
    '<rootDir>/__tests__/credentials/placeholders.test.ts',
    '<rootDir>/__tests__/credentials/names.test.ts',
    '<rootDir>/__tests__/report/exit-decision.test.ts',
    '<rootDir>/__tests__/rules/checked-values.test.ts',
    '<rootDir>/__tests__/rules/meta.test.ts',
    '<rootDir>/__tests__/rules/{secret-key-as-smtp-password,smtp-password-as-secret-key,smtp-username-not-access-key-id,root-credentials}.test.ts',
    '<rootDir>/__tests__/rules/cases.test.ts',
  ],
  reporters: ['default'],
};
