import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { suppressionsAdded } from '../../../src/action/github/added-suppressions.js';
import type { Finding } from '../../../src/model/findings.js';
import { startFakeGitHub, type FakeGitHub } from '../../helpers/github-server.js';

const baseSha = 'e'.repeat(40);
let workspace: string;
let github: FakeGitHub;
const old = '# ses-credential-hygiene: ignore[hardcoded-access-key] accepted in 2024';
/** A line whose marker is inside a string: data, not a marker, at the base as at the head. */
const stringMarkerLine = '{ k: v, note: "# ses-credential-hygiene: ignore[]" }';
beforeAll(async () => {
  workspace = mkdtempSync(join(tmpdir(), 'sch-added-'));
  writeFileSync(join(workspace, 'a.yml'), `${old}\nk: v\n# ses-credential-hygiene: ignore[]\nk2: v\n`);
  writeFileSync(join(workspace, 'b.yml'), `a: 1\n# ses-credential-hygiene: ignore[]\n${stringMarkerLine}\n`);
  // The base's marker, kept; the same comment copied above a new value, and as a trailing comment on another.
  writeFileSync(join(workspace, 'c.yml'), `${old}\nk: v\n${old}\nnew: w\nother: x ${old}\n`);
  github = await startFakeGitHub({}, undefined, {
    [baseSha]: { 'a.yml': `${old}\nk: v\n`, 'b.yml': `a: 1\n${stringMarkerLine}\n`, 'c.yml': `${old}\nk: v\n` },
  });
});
afterAll(async () => {
  rmSync(workspace, { recursive: true, force: true });
  await github.close();
});

function finding(line: number, suppressed: NonNullable<Finding['suppressed']>, file = 'a.yml'): Finding {
  return {
    ruleId: 'hardcoded-access-key',
    severity: 'error',
    file,
    span: { startLine: line, startColumn: 1, endLine: line, endColumn: 2 },
    message: 'm',
    fingerprintSeed: String(line),
    suppressed,
  };
}

describe('suppressionsAdded', () => {
  it('a marker the base lacks was added by the pull request; settings from the base were not', async () => {
    const kept = finding(2, 'inline');
    const added = finding(4, 'inline');
    const byConfig = finding(2, 'config');
    const result = await suppressionsAdded({
      suppressed: [kept, added, byConfig],
      workspace,
      settingsFromBase: true,
      baseSha,
      api: { token: 't', repository: 'octo/repo', apiUrl: github.url },
    });
    expect([result.get(kept), result.get(added), result.get(byConfig)]).toEqual([false, true, false]);
  });

  it('a marker inside a string is not one: the real comment the pull request added above it is what counts', async () => {
    // Line 3 holds marker-like text in a string, unchanged since the base; the comment on line 2 is new.
    const below = finding(3, 'inline', 'b.yml');
    const result = await suppressionsAdded({
      suppressed: [below],
      workspace,
      settingsFromBase: true,
      baseSha,
      api: { token: 't', repository: 'octo/repo', apiUrl: github.url },
    });
    expect(result.get(below)).toBe(true);
  });

  it('a copy of an old marker over new code is new: a marker is its comment and the code it covers', async () => {
    const kept = finding(2, 'inline', 'c.yml');
    const copied = finding(4, 'inline', 'c.yml');
    const trailing = finding(5, 'inline', 'c.yml');
    const result = await suppressionsAdded({
      suppressed: [kept, copied, trailing],
      workspace,
      settingsFromBase: true,
      baseSha,
      api: { token: 't', repository: 'octo/repo', apiUrl: github.url },
    });
    expect([result.get(kept), result.get(copied), result.get(trailing)]).toEqual([false, true, true]);
  });
});
