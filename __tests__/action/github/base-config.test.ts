import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  configFromBase,
  parseConfigFrom,
  pullRequestEvent,
  readBaseFiles,
} from '../../../src/action/github/base-config.js';
import { startFakeGitHub, type FakeGitHub } from '../../helpers/github-server.js';

const baseSha = 'b'.repeat(40);
let dir: string;
let github: FakeGitHub;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sch-base-'));
  github = await startFakeGitHub({}, undefined, { [baseSha]: { '.github/ses-credential-hygiene.yml': 'rules: {}\n' } });
});
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await github.close();
});

function event(payload: unknown, name = 'pull_request') {
  const path = join(dir, 'event.json');
  writeFileSync(path, JSON.stringify(payload));
  return { GITHUB_EVENT_NAME: name, GITHUB_EVENT_PATH: path };
}

const forkPayload = {
  pull_request: {
    number: 7,
    base: { sha: baseSha, repo: { full_name: 'octo/repo' } },
    head: { sha: 'c'.repeat(40), repo: { full_name: 'mallory/repo' } },
  },
};

describe('pullRequestEvent', () => {
  it('reads the number, the base and head commits and whether the head is a fork', () => {
    expect(pullRequestEvent(event(forkPayload))).toEqual({
      number: 7,
      baseSha,
      fromFork: true,
      headSha: 'c'.repeat(40),
    });
    expect(pullRequestEvent(event(forkPayload, 'pull_request_target'))).toMatchObject({ fromFork: true });
  });

  it('is undefined on other events and on a payload without a base', () => {
    expect(pullRequestEvent(event(forkPayload, 'push'))).toBeUndefined();
    expect(pullRequestEvent(event({ pull_request: { number: 7 } }))).toBeUndefined();
  });
});

describe('config-from', () => {
  it('parses the input', () => {
    expect(parseConfigFrom('')).toBe('auto');
    expect(parseConfigFrom(' Base ')).toBe('base');
    expect(parseConfigFrom('head')).toBeUndefined();
  });

  it('auto reads the base commit on pull requests only; base demands a pull request', () => {
    const pull = { number: 1, baseSha, fromFork: false };
    expect(configFromBase('auto', pull)).toBe(true);
    expect(configFromBase('auto', undefined)).toBe(false);
    expect(configFromBase('workspace', pull)).toBe(false);
    expect(() => configFromBase('base', undefined)).toThrow(/not for a pull request/);
  });

  it('reads files at the base commit; a missing one is undefined', async () => {
    await expect(
      readBaseFiles({
        token: 't',
        repository: 'octo/repo',
        baseSha,
        paths: ['.github/ses-credential-hygiene.yml', 'baseline.json'],
        maxBytes: 1000,
        apiUrl: github.url,
      }),
    ).resolves.toEqual([
      { path: '.github/ses-credential-hygiene.yml', text: 'rules: {}\n' },
      { path: 'baseline.json', text: undefined },
    ]);
  });
});
