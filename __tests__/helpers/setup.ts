import { beforeEach, expect } from '@jest/globals';

/**
 * A test that asserts nothing passes whatever the code does: every test must make at least one
 * assertion. A property test (fast-check) counts when it asserts with `expect` inside its property
 * rather than returning a boolean, so a failing run also says which value differed.
 */
beforeEach(() => {
  expect.hasAssertions();
});
