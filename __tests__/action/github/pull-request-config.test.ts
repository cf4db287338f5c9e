import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { configCandidates } from '../../../src/config/load.js';
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
      config: { candidates: [configPath()], explicit: false },
      baseline: join(workspace, 'baseline.json'),
    });
    expect(settings.config.ruleSettings.get('hardcoded-access-key')).toBe('off');
    expect([...settings.baseline]).toEqual(['f1']);
  });

  it('refuses a config that is a link', () => {
    symlinkSync('/dev/zero', join(workspace, 'zero.yml'));
    expect(() =>
      workspaceSettings({ workspace, config: { candidates: [join(workspace, 'zero.yml')], explicit: true } }),
    ).toThrow(/symbolic link, not followed/);
  });
});

describe('baseSettings', () => {
  it('applies the base commit’s config and baseline and says what the pull request’s would turn off', async () => {
    const settings = await baseSettings(
      {
        workspace,
        config: { candidates: [configPath()], explicit: false },
        baseline: join(workspace, 'baseline.json'),
      },
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

describe('where the config is looked for', () => {
  it('from the scanned folder up to the repository root, decided from the path alone', () => {
    expect(configCandidates('')).toEqual(['.github/ses-credential-hygiene.yml']);
    expect(configCandidates('infra/tf/')).toEqual([
      'infra/tf/.github/ses-credential-hygiene.yml',
      'infra/.github/ses-credential-hygiene.yml',
      '.github/ses-credential-hygiene.yml',
    ]);
  });

  it('a pull request that adds infra/.github/ (or a .git file, or its own config there) does not move it', async () => {
    const checkout = mkdtempSync(join(tmpdir(), 'sch-moved-'));
    mkdirSync(join(checkout, 'infra/.github'), { recursive: true });
    writeFileSync(join(checkout, 'infra/.git'), 'gitdir: /elsewhere\n');
    writeFileSync(join(checkout, 'infra/.github/ses-credential-hygiene.yml'), 'rules:\n  root-credentials: off\n');
    const candidates = configCandidates('infra').map((path) => join(checkout, path));
    const settings = await baseSettings(
      { workspace: checkout, config: { candidates, explicit: false } },
      { number: 3, baseSha, fromFork: true },
      { token: 't', repository: 'octo/repo', apiUrl: github.url },
    );
    // The base commit holds only the root's file: that one applies, and the pull request's is described.
    expect(settings.used).toMatchObject({ config: '.github/ses-credential-hygiene.yml', from: { commit: baseSha } });
    expect(settings.config.ruleSettings.get('long-lived-access-key')).toBe('warning');
    expect(settings.config.ruleSettings.get('root-credentials')).toBeUndefined();
    expect(settings.change?.files).toEqual([
      'infra/.github/ses-credential-hygiene.yml',
      '.github/ses-credential-hygiene.yml',
    ]);
    expect(settings.change?.wouldTurnOff).toContain('turns rule `root-credentials` off');
    rmSync(checkout, { recursive: true, force: true });
  });

  it('on a push, the nearest file of the workspace applies, never one through a linked folder', () => {
    const checkout = mkdtempSync(join(tmpdir(), 'sch-nearest-'));
    mkdirSync(join(checkout, '.github'));
    writeFileSync(join(checkout, '.github/ses-credential-hygiene.yml'), 'rules:\n  root-credentials: warning\n');
    const outside = mkdtempSync(join(tmpdir(), 'sch-outside-'));
    mkdirSync(join(outside, '.github'));
    writeFileSync(join(outside, '.github/ses-credential-hygiene.yml'), 'rules:\n  root-credentials: off\n');
    symlinkSync(outside, join(checkout, 'infra'));
    const candidates = configCandidates('infra').map((path) => join(checkout, path));
    expect(() => workspaceSettings({ workspace: checkout, config: { candidates, explicit: false } })).toThrow(
      /is a symbolic link, not followed/,
    );
    rmSync(join(checkout, 'infra'));
    const settings = workspaceSettings({ workspace: checkout, config: { candidates, explicit: false } });
    expect(settings.used).toEqual({
      from: 'workspace',
      config: '.github/ses-credential-hygiene.yml',
      lookedFor: ['infra/.github/ses-credential-hygiene.yml', '.github/ses-credential-hygiene.yml'],
      baseline: undefined,
    });
    expect(settings.config.ruleSettings.get('root-credentials')).toBe('warning');
    rmSync(checkout, { recursive: true, force: true });
    rmSync(outside, { recursive: true, force: true });
  });
});

describe('a base commit that cannot be read', () => {
  it('applies the built-in defaults, not the pull request’s settings, and says why', async () => {
    const failing = await startFakeGitHub({}, undefined, {}, { contentsStatus: 500 });
    try {
      const settings = await baseSettings(
        {
          workspace,
          config: { candidates: [configPath()], explicit: false },
          baseline: join(workspace, 'baseline.json'),
        },
        { number: 3, baseSha, fromFork: true },
        { token: 't', repository: 'octo/repo', apiUrl: failing.url },
      );
      expect(settings.config.ruleSettings.size).toBe(0);
      expect([...settings.baseline]).toEqual([]);
      expect(settings.change).toBeUndefined();
      expect(settings.failure).toMatch(
        new RegExp(
          `^could not read the config and baseline of the pull request's base commit ${baseSha} \\(.+\\); the scan used the built-in defaults`,
        ),
      );
      expect(settings.used.unreadable).toBeDefined();
    } finally {
      await failing.close();
    }
  });
});
