import base from './jest.config.js';

/**
 * The jest settings of `npm run mutation`: the rule cases of the judgement's rules only. Which test files run
 * for which module is stryker.config.mjs's choice.
 */
export const judgementRules = [
  'secret-key-as-smtp-password',
  'smtp-password-as-secret-key',
  'smtp-username-not-access-key-id',
  'root-credentials',
];

// Read by __tests__/rules/cases.test.ts: only these rules' cases (one rule's when stryker.config.mjs scores one).
process.env.RULE_CASES ??= judgementRules.join(',');

/** @type {import('jest').Config} */
export default { ...base, reporters: ['default'] };
