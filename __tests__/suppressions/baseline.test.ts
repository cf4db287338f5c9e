import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Finding } from '../../src/model/findings.js';
import type { ScanResult } from '../../src/model/results.js';
import { BaselineError, parseBaseline, readBaseline, writeBaseline } from '../../src/suppressions/baseline.js';

const dir = mkdtempSync(join(tmpdir(), 'sch-baseline-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** What parseBaseline does with a text: the fingerprints, or the error's class and message. */
function parsed(text: string): string[] | { error: string; message: string } {
  try {
    return [...parseBaseline(text, 'b.json')];
  } catch (error) {
    return error instanceof Error
      ? { error: error.constructor.name, message: error.message }
      : { error: '?', message: '' };
  }
}

const notABaseline = {
  error: 'BaselineError',
  message: 'b.json is not a version-1 baseline (write one with --write-baseline)',
};

describe('parseBaseline', () => {
  it('gives the fingerprints of a version-1 baseline, other fields ignored', () => {
    expect(
      parsed('{"version":1,"fingerprints":[{"fingerprint":"f1","ruleId":"r","file":"a"},{"fingerprint":"f2"}]}'),
    ).toEqual(['f1', 'f2']);
    expect(parsed('{"version":1,"fingerprints":[]}')).toEqual([]);
  });

  it.each([
    ['null', 'null'],
    ['an array', '[]'],
    ['a string', '"x"'],
    ['a number', '1'],
    ['another version', '{"version":2,"fingerprints":[]}'],
    ['the version as a string', '{"version":"1","fingerprints":[]}'],
    ['no fingerprints', '{"version":1}'],
    ['fingerprints that are not a list', '{"version":1,"fingerprints":{"fingerprint":"f1"}}'],
    ['a null entry', '{"version":1,"fingerprints":[null]}'],
    ['an entry that is a string', '{"version":1,"fingerprints":["f1"]}'],
    ['an entry that is a list', '{"version":1,"fingerprints":[["f1"]]}'],
    ['a fingerprint that is not a string', '{"version":1,"fingerprints":[{"fingerprint":"f1"},{"fingerprint":3}]}'],
  ])('refuses %s as not a version-1 baseline', (_what, text) => {
    expect(parsed(text)).toEqual(notABaseline);
  });

  it('refuses text that is not JSON, saying why', () => {
    expect(parsed('{"version":1,')).toEqual({
      error: 'BaselineError',
      message: expect.stringMatching(/^cannot read the baseline b\.json: /),
    });
  });
});

describe('readBaseline and writeBaseline', () => {
  const finding = (fingerprint: string): Finding => ({
    ruleId: 'hardcoded-access-key',
    severity: 'error',
    file: '.env',
    span: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 2 },
    message: 'm',
    fingerprintSeed: 's',
    fingerprint,
  });
  const result: ScanResult = {
    root: '.',
    files: 1,
    findings: [finding('f1'), finding('f2')],
    suppressed: [finding('f3')],
    problems: [],
    inventory: [],
    iacCredentials: [],
  };

  it('reads back the fingerprints of the findings it wrote, not the suppressed ones', async () => {
    const path = join(dir, 'written.json');
    await writeBaseline(path, result);
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual({
      version: 1,
      fingerprints: [
        { fingerprint: 'f1', ruleId: 'hardcoded-access-key', file: '.env' },
        { fingerprint: 'f2', ruleId: 'hardcoded-access-key', file: '.env' },
      ],
    });
    expect([...(await readBaseline(path))]).toEqual(['f1', 'f2']);
  });

  it('names the file it cannot read, and one that holds null', async () => {
    await expect(readBaseline(join(dir, 'absent.json'))).rejects.toThrow(
      new BaselineError(`cannot read the baseline ${join(dir, 'absent.json')}: no such file`),
    );
    writeFileSync(join(dir, 'null.json'), 'null\n');
    await expect(readBaseline(join(dir, 'null.json'))).rejects.toThrow(
      `${join(dir, 'null.json')} is not a version-1 baseline`,
    );
  });
});
