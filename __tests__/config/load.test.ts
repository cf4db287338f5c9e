import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultConfigLocation, loadConfig } from '../../src/config/load.js';
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
