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
beforeAll(async () => {
  workspace = mkdtempSync(join(tmpdir(), 'sch-added-'));
  writeFileSync(join(workspace, 'a.yml'), `${old}\nk: v\n# ses-credential-hygiene: ignore[]\nk2: v\n`);
  github = await startFakeGitHub({}, undefined, { [baseSha]: { 'a.yml': `${old}\nk: v\n` } });
});
afterAll(async () => {
  rmSync(workspace, { recursive: true, force: true });
  await github.close();
});

function finding(line: number, suppressed: NonNullable<Finding['suppressed']>): Finding {
  return {
    ruleId: 'hardcoded-access-key',
    severity: 'error',
    file: 'a.yml',
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
});
