import { existsSync, readFileSync, writeFileSync } from 'node:fs';

/** Compares text with a golden file; `UPDATE_GOLDEN=1 npm test` rewrites it instead. */
export function matchesGolden(path: string, actual: string): { expected: string; actual: string } {
  if (process.env.UPDATE_GOLDEN === '1' || !existsSync(path)) writeFileSync(path, actual);
  return { expected: readFileSync(path, 'utf8'), actual };
}
