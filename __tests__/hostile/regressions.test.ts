import { beforeAll, describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { classifyName } from '../../src/credentials/names.js';
import { loadHcl } from '../../src/formats/terraform/hcl.js';
import { parseFile } from '../../src/scan/parse-files.js';

/** Inputs that once broke an adapter (saved by `npm run fuzz` or by hand), named `<hash>__<path with / as __>`. */
const folder = '__tests__/hostile/regressions';
const cases = readdirSync(folder).map(
  (name) => [name, name.replace(/^[0-9a-f]{12}__/, '').replaceAll('__', '/')] as const,
);

beforeAll(loadHcl);

describe('regression inputs', () => {
  it('are there to replay', () => {
    expect(cases.length).toBeGreaterThan(0);
  });

  it.each(cases)('%s parses without a crash, with positions inside the file', (name, path) => {
    const text = readFileSync(join(folder, name), 'utf8');
    const model = parseFile(path, text, { classifyName: (n) => classifyName(n) });
    expect(model.problems.filter((p) => p.message.startsWith('could not be read as'))).toEqual([]);
    const lines = text.split('\n');
    for (const span of [
      ...model.references.map((r) => r.span),
      ...model.problems.flatMap((p) => (p.span ? [p.span] : [])),
    ]) {
      expect(span.startLine).toBeGreaterThanOrEqual(1);
      expect(span.startLine).toBeLessThanOrEqual(lines.length);
      expect(span.startColumn).toBeLessThanOrEqual((lines[span.startLine - 1]?.length ?? 0) + 2);
    }
  });
});
