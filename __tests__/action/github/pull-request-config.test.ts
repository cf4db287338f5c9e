import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { baseSettings, workspaceSettings } from '../../../src/action/github/pull-request-config.js';
import { startFakeGitHub, type FakeGitHub } from '../../helpers/github-server.js';

const baseSha = 'd'.repeat(40);
let workspace: string;
let github: FakeGitHub;
const configPath = () => join(workspace, '.github/ses-credential-hygiene.yml');

beforeAll(async () => {
  workspace = mkdtempSync(join(tmpdir(), 'sch-settings-'));
  mkdirSync(join(workspace, '.github'));
  writeFileSync(configPath(), 'rules:\n  hardcoded-access-key: off\n');
  writeFileSync(
    join(workspace, 'baseline.json'),
    JSON.stringify({ version: 1, fingerprints: [{ fingerprint: 'f1' }] }),
  );
  github = await startFakeGitHub({}, undefined, {
    [baseSha]: { '.github/ses-credential-hygiene.yml': 'rules:\n  long-lived-access-key: warning\n' },
  });
});
afterAll(async () => {
  rmSync(workspace, { recursive: true, force: true });
  await github.close();
});

describe('workspaceSettings', () => {
  it('reads the config and baseline of the checkout', () => {
    const settings = workspaceSettings({
      workspace,
      config: { path: configPath(), explicit: false },
      baseline: join(workspace, 'baseline.json'),
    });
    expect(settings.config.ruleSettings.get('hardcoded-access-key')).toBe('off');
    expect([...settings.baseline]).toEqual(['f1']);
  });

  it('refuses a config that is a link', () => {
    symlinkSync('/dev/zero', join(workspace, 'zero.yml'));
    expect(() =>
      workspaceSettings({ workspace, config: { path: join(workspace, 'zero.yml'), explicit: true } }),
    ).toThrow(/symbolic link, not followed/);
  });
});

describe('baseSettings', () => {
  it('applies the base commit’s config and baseline and says what the pull request’s would turn off', async () => {
    const settings = await baseSettings(
      { workspace, config: { path: configPath(), explicit: false }, baseline: join(workspace, 'baseline.json') },
      { number: 3, baseSha, fromFork: true },
      { token: 't', repository: 'octo/repo', apiUrl: github.url },
    );
    expect(settings.source).toBe('base');
    expect(settings.config.ruleSettings.get('hardcoded-access-key')).toBeUndefined();
    expect(settings.config.ruleSettings.get('long-lived-access-key')).toBe('warning');
    expect([...settings.baseline]).toEqual([]);
    expect(settings.change).toEqual({
      files: ['.github/ses-credential-hygiene.yml', 'baseline.json'],
      wouldTurnOff: [
        'turns rule `hardcoded-access-key` off',
        'adds 1 fingerprint(s) to the baseline, which would suppress those findings',
      ],
    });
  });
});
