import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as core from '../helpers/core.js';
import { startFakeGitHub, type FakeGitHub, type RecordedRequest } from '../helpers/github-server.js';

jest.unstable_mockModule('@actions/core', () => core);
const { run } = await import('../../src/action/run.js');

/**
 * One step, as a workflow would run it after checkout: the action scans, uploads its SARIF and comments,
 * against a stand-in of GitHub's REST API that records every request.
 */
const savedEnv = { ...process.env };
const sha = 'c0ffee0000000000000000000000000000000001';
const baseSha = 'ba5e000000000000000000000000000000000002';
let dir: string;
let workspace: string;
let github: FakeGitHub;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sch-publish-'));
  workspace = join(dir, 'checkout');
  cpSync('examples', workspace, { recursive: true });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
beforeEach(() => {
  // The log is not checked here, only kept out of the test output.
  core.captureStdout();
});
afterEach(async () => {
  jest.restoreAllMocks();
  process.env = { ...savedEnv };
  await github?.close();
});

/** The runner's variables for a pull_request run of pull request `number`, from the repository or a fork. */
function pullRequestRun(number: number, headRepository: string): void {
  const event = join(dir, `event-${number}.json`);
  writeFileSync(
    event,
    JSON.stringify({
      number,
      pull_request: {
        number,
        base: { sha: baseSha, repo: { full_name: 'octo/repo' } },
        head: { sha, repo: { full_name: headRepository } },
      },
    }),
  );
  process.env = {
    PATH: savedEnv.PATH,
    GITHUB_WORKSPACE: workspace,
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: event,
    GITHUB_REPOSITORY: 'octo/repo',
    GITHUB_SHA: sha,
    GITHUB_REF: `refs/pull/${number}/merge`,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '4242',
    GITHUB_API_URL: github.url,
  };
}

async function runStep(inputs: Record<string, string>) {
  core.useInputs({ 'github-token': 'ghs_stand_in_token', 'sarif-file': join(dir, 'out.sarif'), ...inputs });
  await run({ attempts: 3, delayMs: 0 });
  return {
    failed: core.setFailed.mock.calls.map(([message]) => message),
    notices: core.notice.mock.calls.map(([message]) => String(message)),
    warnings: core.warning.mock.calls.map(([message]) => String(message)),
    infos: core.info.mock.calls.map(([message]) => String(message)),
  };
}

/**
 * Every request, whichever REST module sends it (pull request files, contents, secrets, code scanning,
 * comments), carries the token, asks for GitHub's JSON media type and names the API version it was written against.
 */
function expectRestHeaders(requests: readonly RecordedRequest[]): void {
  expect(requests.length).toBeGreaterThan(0);
  for (const request of requests) {
    expect([request.path, request.authorization]).toEqual([request.path, 'token ghs_stand_in_token']);
    expect([request.path, request.accept]).toEqual([request.path, 'application/vnd.github+json']);
    expect([request.path, request.apiVersion]).toEqual([request.path, '2022-11-28']);
  }
}

const writes = (requests: readonly RecordedRequest[]) => requests.filter((request) => request.method !== 'GET');

describe('upload-sarif', () => {
  it('on a same-repository pull request, uploads the SARIF written, gzip + Base64, and waits for processing', async () => {
    github = await startFakeGitHub({ 7: ['.github/workflows/bootstrap.yml'] });
    pullRequestRun(7, 'octo/repo');
    const { failed, notices, infos } = await runStep({});
    expect(failed).toHaveLength(1); // the examples fail on errors: the upload still happens
    expect(notices).toEqual([]);
    const uploads = github.requests.filter((request) => request.path === '/repos/octo/repo/code-scanning/sarifs');
    expect(uploads.map((request) => [request.method, request.contentType])).toEqual([
      ['POST', 'application/json; charset=utf-8'],
    ]);
    const body = JSON.parse(uploads[0]?.body ?? '{}') as Record<string, unknown>;
    expect(Object.keys(body).sort()).toEqual(['checkout_uri', 'commit_sha', 'ref', 'sarif', 'tool_name']);
    expect(body).toMatchObject({
      commit_sha: sha,
      ref: 'refs/pull/7/merge',
      tool_name: 'ses-credential-hygiene',
      checkout_uri: pathToFileURL(workspace).href,
    });
    // The decoded upload is the file written, with the category as every run's automationDetails.id.
    const written = JSON.parse(readFileSync(join(dir, 'out.sarif'), 'utf8')) as {
      runs: Array<Record<string, unknown>>;
    };
    const uploaded = JSON.parse(github.uploads[0]?.sarif ?? '{}') as { runs: Array<Record<string, unknown>> };
    expect(uploaded.runs[0]?.automationDetails).toEqual({ id: 'ses-credential-hygiene/' });
    delete uploaded.runs[0]?.automationDetails;
    expect(uploaded).toEqual(written);
    // Polled until processing completed: pending, then complete.
    const polls = github.requests.filter((request) => request.path === '/repos/octo/repo/code-scanning/sarifs/sarif-1');
    expect(polls.map((request) => request.method)).toEqual(['GET', 'GET']);
    expect(infos).toContain(
      'ses-credential-hygiene: SARIF uploaded to code scanning for refs/pull/7/merge (upload sarif-1); processing complete.',
    );
    expectRestHeaders(github.requests);
  });

  it('on a pull request from a fork, uploads nothing and says why in a notice', async () => {
    github = await startFakeGitHub({ 8: ['.github/workflows/bootstrap.yml'] });
    pullRequestRun(8, 'someone/fork');
    const { notices, warnings } = await runStep({ 'pr-comment': 'always' });
    expect(writes(github.requests)).toEqual([]);
    expect(github.uploads).toEqual([]);
    expect(notices).toEqual([
      "ses-credential-hygiene: SARIF not uploaded to code scanning: this pull request comes from a fork, and GitHub gives a fork's pull_request runs a read-only token. The annotations, the job summary and the SARIF file still hold every finding.",
      "ses-credential-hygiene: No comment or fix suggestions posted on pull request #8: this pull request comes from a fork, and GitHub gives a fork's pull_request runs a read-only token. The annotations and the job summary show the result.",
    ]);
    expect(warnings).toEqual([]);
  });

  it('auto: a refused upload is a warning; true: it fails the step, and so does a processing failure', async () => {
    github = await startFakeGitHub({ 9: [] }, undefined, {}, { refuseUploads: true });
    pullRequestRun(9, 'octo/repo');
    const auto = await runStep({ 'fail-on': 'never' });
    expect(auto.failed).toEqual([]);
    expect(auto.warnings).toEqual([
      'ses-credential-hygiene: could not upload the SARIF to code scanning: Resource not accessible by integration; the job needs `permissions: security-events: write` and code scanning enabled',
    ]);
    const forced = await runStep({ 'fail-on': 'never', 'upload-sarif': 'true' });
    expect(forced.failed).toEqual([expect.stringContaining('ses-credential-hygiene: could not upload the SARIF')]);
    await github.close();
    github = await startFakeGitHub({ 9: [] }, undefined, {}, { sarifStatuses: ['failed'] });
    pullRequestRun(9, 'octo/repo');
    const rejected = await runStep({ 'fail-on': 'never', 'upload-sarif': 'true', 'sarif-category': 'infra' });
    expect(rejected.failed).toEqual([
      'ses-credential-hygiene: could not upload the SARIF to code scanning: GitHub could not process it (locationFromSarifResult: expected artifact location)',
    ]);
    expect(JSON.parse(github.uploads[0]?.sarif ?? '{}').runs[0].automationDetails).toEqual({ id: 'infra/' });
  });

  it('false: uploads nothing', async () => {
    github = await startFakeGitHub({ 10: [] });
    pullRequestRun(10, 'octo/repo');
    await runStep({ 'fail-on': 'never', 'upload-sarif': 'false' });
    expect(writes(github.requests)).toEqual([]);
  });
});

describe('pr-comment', () => {
  it('creates one comment, then updates it in place across runs (never a second one)', async () => {
    // Someone pasted the marker into their own comment: the token may not edit it, and it is not ours.
    const stranger = {
      id: 1,
      body: '<!-- ses-credential-hygiene -->\nLGTM',
      user: { login: 'octocat', type: 'User' as const },
    };
    github = await startFakeGitHub({ 11: [] }, undefined, {}, { comments: { 11: [stranger] } });
    pullRequestRun(11, 'octo/repo');
    // Run 1: the examples fail; the comment is created.
    await runStep({ 'pr-comment': 'on-failure', 'upload-sarif': 'false' });
    // Run 2: a fix lands for one file; the comment is edited.
    rmSync(join(workspace, '.github/workflows/bootstrap.yml'));
    await runStep({ 'pr-comment': 'on-failure', 'upload-sarif': 'false' });
    // Run 3: everything passes; on-failure adds no comment, but the earlier one must not stay red.
    await runStep({ 'pr-comment': 'on-failure', 'upload-sarif': 'false', 'fail-on': 'never' });
    expect(writes(github.requests).map((request) => [request.method, request.path])).toEqual([
      ['PATCH', '/repos/octo/repo/issues/comments/1'],
      ['POST', '/repos/octo/repo/issues/11/comments'],
      ['PATCH', '/repos/octo/repo/issues/comments/1001'],
      ['PATCH', '/repos/octo/repo/issues/comments/1001'],
    ]);
    const comments = github.comments.get(11) ?? [];
    expect(comments.map((comment) => comment.id)).toEqual([1, 1001]);
    const body = comments[1]?.body ?? '';
    expect(body.startsWith('<!-- ses-credential-hygiene -->\n')).toBe(true);
    expect(body).toContain('✅ **Passed:** fail-on is never');
    expect(comments[0]?.body).toBe('<!-- ses-credential-hygiene -->\nLGTM');
    const first = JSON.parse(writes(github.requests)[1]?.body ?? '{}').body as string;
    expect(first).toContain('❌ **Failed:** 21 errors.');
    expect(first).toContain('34 findings (21 errors, 12 warnings, 1 notice) in ');
    expect(first).toContain(
      `[<code>.github/workflows/bootstrap.yml:13:34</code>](https://github.com/octo/repo/blob/${sha}/.github/workflows/bootstrap.yml#L13)`,
    );
    expect(first).toContain(
      '24 more findings are in the [job summary](https://github.com/octo/repo/actions/runs/4242)',
    );
    expect(first).toContain('**What to do**');
    expectRestHeaders(github.requests);
    cpSync('examples/.github/workflows/bootstrap.yml', join(workspace, '.github/workflows/bootstrap.yml'));
  });

  it('does not comment when the run passes under on-failure and no comment exists yet', async () => {
    github = await startFakeGitHub({ 12: [] });
    pullRequestRun(12, 'octo/repo');
    await runStep({ 'pr-comment': 'on-failure', 'upload-sarif': 'false', 'fail-on': 'never' });
    expect(writes(github.requests)).toEqual([]);
  });
});
