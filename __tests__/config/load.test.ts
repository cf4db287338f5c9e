import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, defaultConfig } from '../../src/config/config.js';
import { defaultConfigLocation, loadConfig, maxSettingsBytes, withGlobs } from '../../src/config/load.js';
import { findRepositoryRoot } from '../../src/discovery/repository-root.js';

let repo: string;

beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), 'config-root-'));
  mkdirSync(join(repo, '.git'));
  mkdirSync(join(repo, '.github/workflows'), { recursive: true });
  mkdirSync(join(repo, 'infra/terraform'), { recursive: true });
  writeFileSync(join(repo, '.github/ses-credential-hygiene.yml'), 'rules:\n  long-lived-access-key: off\n');
  writeFileSync(join(repo, '.github/workflows/mail.yml'), 'on: push\n');
  writeFileSync(join(repo, 'infra/terraform/main.tf'), '');
});

afterAll(() => rmSync(repo, { recursive: true, force: true }));

describe('config location', () => {
  it('finds the repository root from a folder or a file below it', () => {
    expect(findRepositoryRoot(join(repo, 'infra/terraform'))).toBe(repo);
    expect(findRepositoryRoot(join(repo, '.github/workflows/mail.yml'))).toBe(repo);
  });

  it('stops at the nearest folder with .github/ when there is no .git on the way', () => {
    expect(findRepositoryRoot('examples/infra')).toMatch(/examples$/);
  });

  it("reads the repository's config whatever folder is scanned", async () => {
    expect(defaultConfigLocation(join(repo, 'infra'))).toBe(join(repo, '.github/ses-credential-hygiene.yml'));
    const config = await loadConfig(join(repo, 'infra'));
    expect(config.ruleSettings.get('long-lived-access-key')).toBe('off');
  });

  it('reads it for a single file too, instead of failing with ENOTDIR', async () => {
    const config = await loadConfig(join(repo, '.github/workflows/mail.yml'));
    expect(config.ruleSettings.get('long-lived-access-key')).toBe('off');
  });
});

describe('a hostile config file', () => {
  function repository(name: string): string {
    const root = join(repo, name);
    mkdirSync(join(root, '.git'), { recursive: true });
    mkdirSync(join(root, '.github'), { recursive: true });
    return root;
  }

  it('a default config that is a link to /dev/zero is refused at once, not read until memory runs out', async () => {
    const root = repository('zero');
    symlinkSync('/dev/zero', join(root, '.github/ses-credential-hygiene.yml'));
    await expect(loadConfig(root)).rejects.toThrow(/symbolic link, not followed/);
  });

  it('an explicit config that is a device, or larger than the limit, is refused with the reason', async () => {
    await expect(loadConfig(repo, '/dev/zero')).rejects.toThrow(/not a regular file/);
    const big = join(repo, 'big.yml');
    writeFileSync(big, `# ${'x'.repeat(maxSettingsBytes)}\n`);
    await expect(loadConfig(repo, big)).rejects.toThrow(/larger than 1048576 bytes/);
  });

  it('a default config reached through a linked .github folder is not read (it could come from outside the checkout)', async () => {
    const root = repository('linked-folder');
    const outside = mkdtempSync(join(tmpdir(), 'config-outside-'));
    writeFileSync(join(outside, 'ses-credential-hygiene.yml'), 'rules:\n  long-lived-access-key: off\n');
    rmSync(join(root, '.github'), { recursive: true });
    symlinkSync(outside, join(root, '.github'));
    await expect(loadConfig(root)).rejects.toThrow(/is a symbolic link, not followed/);
    rmSync(outside, { recursive: true, force: true });
  });
});

describe('include and exclude globs given as flags or inputs', () => {
  it('are refused as the config file would refuse them, with every reason', () => {
    let problems: string[] = [];
    try {
      withGlobs(defaultConfig(), ['{a,b}/*x*y*z'], ['ok/**', '[t]*e*s*t']);
    } catch (error) {
      if (error instanceof ConfigError) problems = error.problems;
    }
    expect(problems).toEqual([
      expect.stringMatching(/^include `\{a,b\}\/\*x\*y\*z` is refused: .*at most two `\*` in one path segment/),
      expect.stringMatching(/^exclude `\[t\]\*e\*s\*t` is refused: /),
    ]);
    expect(withGlobs(defaultConfig(), ['*x*y*z'], ['{a,b}/*.yml']).include).toEqual(['*x*y*z']);
  });
});
