import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ScanResult } from '../../src/model/results.js';
import { planAnnotations } from '../../src/report/annotations.js';
import { summarize } from '../helpers/summary.js';
import { renderText } from '../../src/report/text.js';
import { scan } from '../../src/scan/scan.js';
import { matchesGolden } from '../helpers/golden.js';

/** The human-facing channels for examples/, each pinned by a golden file beside the SARIF and JSON ones. */
let result: ScanResult;
beforeAll(async () => {
  result = await scan({ root: 'examples' });
});

describe('golden files for examples/', () => {
  it('text, without colour', () => {
    const { expected, actual } = matchesGolden(
      '__tests__/report/golden/examples.txt',
      renderText(result, { colour: false }),
    );
    expect(actual).toBe(expected);
  });

  it('GitHub annotation commands, in the order and within the limits the action prints them', () => {
    const plan = planAnnotations(result.findings, result.problems);
    const { expected, actual } = matchesGolden(
      '__tests__/report/golden/examples.annotations.txt',
      `${plan.commands.join('\n')}\n`,
    );
    expect(actual).toBe(expected);
  });

  it('the Markdown job summary', () => {
    const plan = planAnnotations(result.findings, result.problems);
    const summary = summarize(result, { failOn: 'error', notAnnotated: plan.notShown });
    const { expected, actual } = matchesGolden('__tests__/report/golden/examples.summary.md', summary);
    expect(actual).toBe(expected);
  });
});

describe('a missing golden file', () => {
  const folder = mkdtempSync(join(tmpdir(), 'golden-'));
  const saved = process.env.UPDATE_GOLDEN;
  afterEach(() => {
    if (saved === undefined) delete process.env.UPDATE_GOLDEN;
    else process.env.UPDATE_GOLDEN = saved;
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('fails with the command that creates it, and is not written', () => {
    delete process.env.UPDATE_GOLDEN;
    const path = join(folder, 'absent.txt');
    expect(() => matchesGolden(path, 'text\n')).toThrow(
      /golden file .*absent\.txt is missing; .* UPDATE_GOLDEN=1 npm test -- __tests__\/report\/golden\.test\.ts/,
    );
    expect(existsSync(path)).toBe(false);
  });

  it('is written when UPDATE_GOLDEN=1 asks for it', () => {
    process.env.UPDATE_GOLDEN = '1';
    const path = join(folder, 'written.txt');
    expect(matchesGolden(path, 'text\n')).toEqual({ expected: 'text\n', actual: 'text\n' });
  });
});
