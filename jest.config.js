/** @type {import('jest').Config} */
export default {
  testEnvironment: 'node',
  // End-to-end tests spawn the bundle; a loaded machine must not turn them into time-outs.
  testTimeout: 30000,
  resolver: 'ts-jest-resolver',
  extensionsToTreatAsEsm: ['.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true }] },
  testMatch: ['<rootDir>/__tests__/**/*.test.ts'],
  // Fails any test that makes no assertion.
  setupFilesAfterEnv: ['<rootDir>/__tests__/helpers/setup.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/__tests__/fixtures/'],
  // The benchmark's corpora hold package.json files that would collide in jest's module map.
  modulePathIgnorePatterns: ['<rootDir>/dist/', '<rootDir>/.bench-cache/'],
  reporters: ['default', '<rootDir>/scripts/closing-line-reporter.cjs'],
};
