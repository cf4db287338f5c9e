import { afterAll, afterEach, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Finding, Fix } from '../../src/model/findings.js';
import * as core from '../helpers/core.js';
import { findingWithFix, oneEdit, sensitiveOutputFix } from '../helpers/fixes.js';
import { startFakeGitHub, type FakeGitHub, type RecordedRequest } from '../helpers/github-server.js';

jest.unstable_mockModule('@actions/core', () => core);
const { publishSuggestions } = await import('../../src/action/publish.js');
const { planSuggestions, maxSuggestionsPerRun } = await import('../../src/action/suggestions.js');
const { parsePatchHunks, hunkChanging } = await import('../../src/action/github/patch-hunks.js');

/**
 * Fix suggestions on a pull request: review comments with ```suggestion blocks on lines the pull request
 * changes, posted once, through a local stand-in of GitHub's REST API that checks each request.
 */
const outputs = [
  'output "smtp_username" {',
  '  value = aws_iam_access_key.smtp.id',
  '}',
  '',
  'output "smtp_password" {',
  '  value = nonsensitive(aws_iam_access_key.smtp.ses_smtp_password_v4)',
  '}',
  '',
].join('\n');

/** The pull request adds the second output block (lines 4-7 on the RIGHT side). */
const outputsPatch = [
  '@@ -1,3 +1,7 @@',
  ' output "smtp_username" {',
  '   value = aws_iam_access_key.smtp.id',
  ' }',
  '+',
  '+output "smtp_password" {',
  '+  value = nonsensitive(aws_iam_access_key.smtp.ses_smtp_password_v4)',
  '+}',
].join('\n');

const sensitiveFix = sensitiveOutputFix('infra/outputs.tf', 6);
const findingWith = (fix: Fix) => findingWithFix(fix);

let workspace: string;
beforeAll(() => {
  workspace = mkdtempSync(join(tmpdir(), 'sch-suggest-'));
  mkdirSync(join(workspace, 'infra'));
  writeFileSync(join(workspace, 'infra/outputs.tf'), outputs);
});
afterAll(() => rmSync(workspace, { recursive: true, force: true }));

const hunksOf = (patch: string) => new Map([['infra/outputs.tf', parsePatchHunks(patch)]]);
const readFrom = (files: Record<string, string>) => (path: string) => files[path];

describe('patch hunks', () => {
  it('numbers the RIGHT side: context and added lines count, removed lines do not', () => {
    const [hunk, second] = parsePatchHunks(
      [
        '@@ -10,4 +10,4 @@ resource',
        ' a',
        '-b',
        '+B',
        ' c',
        '\\ No newline at end of file',
        '@@ -40 +40,2 @@',
        ' x',
        '+y',
      ].join('\n'),
    );
    expect([hunk?.start, hunk?.end, [...(hunk?.added ?? [])]]).toEqual([10, 12, [11]]);
    expect([...(hunk?.lines ?? [])]).toEqual([
      [10, 'a'],
      [11, 'B'],
      [12, 'c'],
    ]);
    expect([second?.start, second?.end]).toEqual([40, 41]);
    expect(hunkChanging([hunk!, second!], 11, 11)).toBe(hunk);
    expect(hunkChanging([hunk!, second!], 41, 41)).toBe(second);
    // Context lines are in the hunk, but the pull request did not write them.
    expect(hunkChanging([hunk!, second!], 11, 12)).toBeUndefined();
    expect(hunkChanging([hunk!, second!], 40, 41)).toBeUndefined();
    // A hunk that only removes lines has no RIGHT line to comment on.
    expect(parsePatchHunks('@@ -3,2 +2,0 @@\n-a\n-b')).toEqual([]);
  });
});

describe('planned suggestions', () => {
  it('replaces the lines the edits touch, with the rest of those lines kept', () => {
    const [comment, ...rest] = planSuggestions({
      findings: [findingWith(sensitiveFix)],
      hunks: hunksOf(outputsPatch),
      readFile: readFrom({ 'infra/outputs.tf': outputs }),
    });
    expect(rest).toEqual([]);
    expect(comment?.path).toBe('infra/outputs.tf');
    expect(comment?.line).toBe(6);
    expect(comment?.startLine).toBeUndefined();
    expect(comment?.body.split('\n')).toEqual([
      comment?.marker,
      '**ses-credential-hygiene** · `credential-exposed-in-output`: mark the output `sensitive = true`',
      '',
      '```suggestion',
      '  value     = aws_iam_access_key.smtp.ses_smtp_password_v4',
      '  sensitive = true',
      '```',
    ]);
    expect(comment?.marker).toMatch(/^<!-- ses-credential-hygiene suggestion [0-9a-f]{20} -->$/);
  });

  it('spans several lines with start_line, and keeps CRLF files as lines', () => {
    const crlf = outputs.replace(/\n/g, '\r\n');
    const fix: Fix = {
      description: 'drop nonsensitive()',
      edits: [
        {
          ...sensitiveFix.edits[0]!,
          span: { startLine: 5, startColumn: 24, endLine: 6, endColumn: 24 },
          original: '{\r\n  value = nonsensitive(',
          replacement: '{\r\n  value = (',
        },
      ],
    };
    const [comment] = planSuggestions({
      findings: [findingWith(fix)],
      hunks: hunksOf(outputsPatch),
      readFile: readFrom({ 'infra/outputs.tf': crlf }),
    });
    expect([comment?.startLine, comment?.line]).toEqual([5, 6]);
    expect(comment?.body).toContain(
      '```suggestion\noutput "smtp_password" {\n  value = (aws_iam_access_key.smtp.ses_smtp_password_v4)\n```',
    );
  });

  it('offers nothing outside the changed lines, across files, or where the file is not what was scanned', () => {
    const plan = (fix: Fix, text = outputs, patch = outputsPatch) =>
      planSuggestions({
        findings: [findingWith(fix)],
        hunks: hunksOf(patch),
        readFile: readFrom({ 'infra/outputs.tf': text }),
      });
    const onUnchangedLine = oneEdit('infra/outputs.tf', 2, 'value', 'v');
    // Line 2 is context in the hunk: GitHub takes a comment there, but it is not a line the pull request changed.
    expect(plan(onUnchangedLine)).toEqual([]);
    expect(
      plan(sensitiveFix, outputs, '@@ -1,3 +1,3 @@\n output "smtp_username" {\n-  value = 1\n+  value = 2\n }'),
    ).toEqual([]);
    const twoFiles: Fix = {
      ...sensitiveFix,
      edits: [...sensitiveFix.edits, { ...sensitiveFix.edits[0]!, file: 'other.tf' }],
    };
    expect(plan(twoFiles)).toEqual([]);
    expect(plan(sensitiveFix, outputs.replace('nonsensitive', 'sensitive__x'))).toEqual([]);
    // The checkout is a merge commit: a line that differs from the pull request's head is not suggested on.
    // The base added a line above: the scan of the merge commit sees line 7 where the head has line 6.
    const shifted: Fix = {
      ...sensitiveFix,
      edits: [{ ...sensitiveFix.edits[0]!, span: { startLine: 7, startColumn: 3, endLine: 7, endColumn: 69 } }],
    };
    expect(plan(shifted, `# added on the base\n${outputs}`)).toEqual([]);
  });

  it('never offers a credential, a control character, or a block the file text can close', () => {
    // The line around the edit holds a key: the suggestion would repeat it.
    const withKey = outputs.replace('ses_smtp_password_v4)', 'ses_smtp_password_v4) # AKIAQWERTYUIOPASDFGH');
    const keyPatch = outputsPatch.replace('ses_smtp_password_v4)', 'ses_smtp_password_v4) # AKIAQWERTYUIOPASDFGH');
    const nearKey = oneEdit('infra/outputs.tf', 6, 'value', 'val');
    const plan = (fix: Fix, text: string, patch: string) =>
      planSuggestions({
        findings: [findingWith(fix)],
        hunks: hunksOf(patch),
        readFile: readFrom({ 'infra/outputs.tf': text }),
      });
    expect(plan(nearKey, withKey, keyPatch)).toEqual([]);
    const bell: Fix = { ...nearKey, edits: [{ ...nearKey.edits[0]!, replacement: 'val\u0007' }] };
    expect(plan(bell, outputs, outputsPatch)).toEqual([]);
    const fence: Fix = { ...nearKey, edits: [{ ...nearKey.edits[0]!, replacement: '````' }] };
    const [comment] = plan(fence, outputs, outputsPatch);
    expect(comment?.body).toContain('\n`````suggestion\n  ```` = nonsensitive(');
    expect(comment?.body.endsWith('\n`````')).toBe(true);
  });

  it('reads and splits each file once per run, however many findings it has', () => {
    // 8 000 findings in one file, one hunk per line, none of them offered (a bell in each replacement): each is
    // looked at, and the file must not be read (nor split into lines) once per finding.
    const count = 8000;
    const text = Array.from({ length: count }, (_, index) => `  key${index} = 1`).join('\n');
    const patch = Array.from({ length: count }, (_, index) => `@@ -0,0 +${index + 1},1 @@\n+  key${index} = 1`).join(
      '\n',
    );
    const findings = Array.from({ length: count }, (_, index) =>
      findingWith(oneEdit('big.tf', index + 1, `key${index}`, `key${index}\u0007`)),
    );
    // And one offered in a second file, between them.
    findings.splice(count / 2, 0, findingWith(sensitiveFix));
    const reads = new Map<string, number>();
    const planned = planSuggestions({
      findings,
      hunks: new Map([
        ['big.tf', parsePatchHunks(patch)],
        ['infra/outputs.tf', parsePatchHunks(outputsPatch)],
      ]),
      readFile: (path) => {
        reads.set(path, (reads.get(path) ?? 0) + 1);
        return path === 'big.tf' ? text : outputs;
      },
    });
    expect(planned.map((comment) => comment.path)).toEqual(['infra/outputs.tf']);
    expect(Object.fromEntries(reads)).toEqual({ 'big.tf': 1, 'infra/outputs.tf': 1 });
  });

  it('offers at most a bounded number per run, each once', () => {
    const findings = Array.from({ length: maxSuggestionsPerRun + 5 }, () => findingWith(sensitiveFix));
    const many = new Map<string, ReturnType<typeof parsePatchHunks>>();
    const files: Record<string, string> = {};
    findings.forEach((finding, index) => {
      const file = `f${index}.tf`;
      finding.fix = { ...sensitiveFix, edits: [{ ...sensitiveFix.edits[0]!, file }] };
      many.set(file, parsePatchHunks(outputsPatch));
      files[file] = outputs;
    });
    const twice = [...findings, findings[0]!];
    expect(planSuggestions({ findings: twice, hunks: many, readFile: readFrom(files) })).toHaveLength(
      maxSuggestionsPerRun,
    );
    expect(
      planSuggestions({ findings: [findings[0]!, findings[0]!], hunks: many, readFile: readFrom(files) }),
    ).toHaveLength(1);
  });
});

describe('publishing suggestions', () => {
  let github: FakeGitHub;
  afterEach(async () => {
    jest.restoreAllMocks();
    await github?.close();
  });

  const run = (fromFork = false) => ({
    repository: 'octo/repo',
    sha: 'c0ffee0000000000000000000000000000000001',
    ref: 'refs/pull/5/merge',
    eventName: 'pull_request',
    actor: 'octocat',
    pull: { number: 5, baseSha: 'ba5e', fromFork, headSha: 'feed000000000000000000000000000000000005' },
  });

  const publish = (mode: 'always' | 'off' | 'on-failure', fromFork = false, findings = [findingWith(sensitiveFix)]) =>
    publishSuggestions({
      mode,
      run: run(fromFork),
      api: { token: 'ghs_stand_in_token', repository: 'octo/repo', apiUrl: github.url },
      failed: false,
      findings,
      workspace,
    });

  const writes = (requests: readonly RecordedRequest[]) => requests.filter((request) => request.method !== 'GET');

  it('posts one review of suggestions on the changed lines, and nothing more on later runs', async () => {
    github = await startFakeGitHub(
      { 5: ['infra/outputs.tf', 'README.md'] },
      undefined,
      {},
      {
        patches: { 5: { 'infra/outputs.tf': outputsPatch } },
      },
    );
    core.useInputs({});
    await publish('always');
    await publish('always');
    await publish('always');
    expect(github.requests.map((request) => [request.method, request.path.replace(/\?.*/, '')])).toEqual([
      ['GET', '/repos/octo/repo/pulls/5/files'],
      ['GET', '/repos/octo/repo/pulls/5/comments'],
      ['POST', '/repos/octo/repo/pulls/5/reviews'],
      ['GET', '/repos/octo/repo/pulls/5/files'],
      ['GET', '/repos/octo/repo/pulls/5/comments'],
      ['GET', '/repos/octo/repo/pulls/5/files'],
      ['GET', '/repos/octo/repo/pulls/5/comments'],
    ]);
    for (const request of github.requests)
      expect([request.authorization, request.accept, request.apiVersion]).toEqual([
        'token ghs_stand_in_token',
        'application/vnd.github+json',
        '2022-11-28',
      ]);
    const [review] = writes(github.requests);
    expect(review?.contentType).toBe('application/json; charset=utf-8');
    const body = JSON.parse(review?.body ?? '{}') as Record<string, unknown>;
    expect(body).toEqual({
      commit_id: 'feed000000000000000000000000000000000005',
      event: 'COMMENT',
      body: 'ses-credential-hygiene: a fix for findings on lines this pull request changes.',
      comments: [
        { path: 'infra/outputs.tf', line: 6, side: 'RIGHT', body: expect.stringContaining('```suggestion\n') },
      ],
    });
    expect(github.reviewComments.get(5)).toHaveLength(1);
    expect(core.info.mock.calls.map(([message]) => message)).toEqual([
      'ses-credential-hygiene: pull request #5: one fix suggestion posted (https://github.test/pull/5#pullrequestreview-77).',
      'ses-credential-hygiene: pull request #5: every fix suggestion was posted by an earlier run.',
      'ses-credential-hygiene: pull request #5: every fix suggestion was posted by an earlier run.',
    ]);
  });

  it('asks nothing when pr-comment is off, the pull request is a fork, or no finding has a fix', async () => {
    github = await startFakeGitHub(
      { 5: ['infra/outputs.tf'] },
      undefined,
      {},
      {
        patches: { 5: { 'infra/outputs.tf': outputsPatch } },
      },
    );
    core.useInputs({});
    await publish('off');
    await publish('always', true);
    await publish('on-failure');
    const bare: Finding = { ...findingWith(sensitiveFix) };
    delete bare.fix;
    await publish('always', false, [bare]);
    expect(github.requests).toEqual([]);
    // The fork's notice is the comment's, which names the suggestions too; none is added here.
    expect(core.notice).not.toHaveBeenCalled();
  });

  it('does not read through a symbolic link in the checkout', async () => {
    const linked = mkdtempSync(join(tmpdir(), 'sch-suggest-link-'));
    symlinkSync(join(workspace, 'infra'), join(linked, 'infra'));
    github = await startFakeGitHub(
      { 5: ['infra/outputs.tf'] },
      undefined,
      {},
      {
        patches: { 5: { 'infra/outputs.tf': outputsPatch } },
      },
    );
    core.useInputs({});
    await publishSuggestions({
      mode: 'always',
      run: run(),
      api: { token: 't', repository: 'octo/repo', apiUrl: github.url },
      failed: false,
      findings: [findingWith(sensitiveFix)],
      workspace: linked,
    });
    expect(writes(github.requests)).toEqual([]);
    rmSync(linked, { recursive: true, force: true });
  });

  it('warns, and does not fail, when GitHub refuses', async () => {
    github = await startFakeGitHub({ 5: 'error' });
    core.useInputs({});
    await publish('always');
    expect(core.warning.mock.calls.map(([message]) => String(message))).toEqual([
      'ses-credential-hygiene: could not post fix suggestions on pull request #5 (Resource not accessible by integration); the job needs `permissions: pull-requests: write`.',
    ]);
  });
});
