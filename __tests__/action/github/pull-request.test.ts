import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  changedFiles,
  parseScope,
  pullRequestOfEvent,
  wantsChangedFiles,
} from '../../../src/action/github/pull-request.js';
import { startFakeGitHub, type FakeGitHub } from '../../helpers/github-server.js';

let github: FakeGitHub;
const many = Array.from({ length: 2345 }, (_, i) => `src/file-${i}.ts`);

beforeAll(async () => {
  github = await startFakeGitHub({ 7: many, 8: 'error' });
});
afterAll(() => github.close());

describe('pull-request files', () => {
  it('lists every file of a large pull request through paginated REST calls, with the token', async () => {
    const files = await changedFiles({
      token: 'test-token',
      repository: 'octo/repo',
      pullNumber: 7,
      apiUrl: github.url,
    });
    expect(files.size).toBe(2345);
    expect(files.has('src/file-2344.ts')).toBe(true);
    const calls = github.requests.filter((r) => r.path.startsWith('/repos/octo/repo/pulls/7/files'));
    expect(calls).toHaveLength(24);
    expect(calls.every((call) => call.authorization === 'token test-token')).toBe(true);
    // Every page names the API version, not only the first.
    expect(calls.every((call) => call.apiVersion === '2022-11-28')).toBe(true);
  });

  it('fails with the API error, for the caller to fall back', async () => {
    await expect(
      changedFiles({ token: 't', repository: 'octo/repo', pullNumber: 8, apiUrl: github.url }),
    ).rejects.toThrow(/Resource not accessible/);
  });

  it('reads the scope input and the event', () => {
    expect(parseScope('')).toBe('auto');
    expect(parseScope('Changed')).toBe('changed');
    expect(parseScope('some')).toBeUndefined();
    expect(wantsChangedFiles('auto', 'pull_request')).toBe(true);
    expect(wantsChangedFiles('auto', 'pull_request_target')).toBe(true);
    expect(wantsChangedFiles('auto', 'push')).toBe(false);
    expect(wantsChangedFiles('all', 'pull_request')).toBe(false);
    expect(wantsChangedFiles('changed', 'push')).toBe(true);
    const dir = mkdtempSync(join(tmpdir(), 'sch-event-'));
    writeFileSync(join(dir, 'event.json'), JSON.stringify({ pull_request: { number: 42 } }));
    expect(pullRequestOfEvent({ GITHUB_EVENT_PATH: join(dir, 'event.json') })).toBe(42);
    expect(pullRequestOfEvent({ GITHUB_EVENT_PATH: join(dir, 'missing.json') })).toBeUndefined();
    rmSync(dir, { recursive: true, force: true });
  });
});
