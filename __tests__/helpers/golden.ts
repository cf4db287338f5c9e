import { expect } from '@jest/globals';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';

/** Golden files are written only on request, so that a lost or misnamed file cannot pass by being recreated. */
export const updateGolden = (): boolean => process.env.UPDATE_GOLDEN === '1';

/** The command that writes the golden files of the running test file. */
export function updateCommand(): string {
  const testPath = expect.getState().testPath;
  const file = testPath ? relative(process.cwd(), testPath).split('\\').join('/') : '<test file>';
  return `UPDATE_GOLDEN=1 npm test -- ${file}`;
}

/**
 * Compares text with a golden file. `UPDATE_GOLDEN=1` rewrites the file; without it a missing file fails the test
 * with the command that creates it.
 */
export function matchesGolden(path: string, actual: string): { expected: string; actual: string } {
  if (updateGolden()) writeFileSync(path, actual);
  else if (!existsSync(path))
    throw new Error(`golden file ${path} is missing; review the output, then create it with: ${updateCommand()}`);
  return { expected: readFileSync(path, 'utf8'), actual };
}
