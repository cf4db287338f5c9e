import { afterAll, afterEach, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Finding } from '../../src/model/findings.js';
import type { ScanResult } from '../../src/model/results.js';
import * as core from '../helpers/core.js';
import { startFakeGitHub, type FakeGitHub } from '../helpers/github-server.js';

/**
 * The step as a whole, with one finding that carries a fix (the scan stands in: the rules' own fixes are
 * tested with the rules): the fix reaches SARIF, the JSON report and the summary, and a suggestion on the
 * pull request at the file's place in the repository (the scanned folder is below the checkout).
 */
const outputs = 'output "smtp_password" {\n  value = nonsensitive(aws_iam_access_key.smtp.ses_smtp_password_v4)\n}\n';

const finding: Finding = {
  ruleId: 'credential-exposed-in-output',
  severity: 'error',
  file: 'outputs.tf',
  span: { startLine: 2, startColumn: 3, endLine: 2, endColumn: 69 },
  message: 'The SMTP password of `aws_iam_access_key.smtp` is exposed by an output',
  fingerprintSeed: 'seed',
  fingerprint: 'f1',
  fix: {
    description: 'mark the output `sensitive = true`',
    edits: [
      {
        file: 'outputs.tf',
        span: { startLine: 2, startColumn: 3, endLine: 2, endColumn: 69 },
        original: 'value = nonsensitive(aws_iam_access_key.smtp.ses_smtp_password_v4)',
        replacement: 'value     = aws_iam_access_key.smtp.ses_smtp_password_v4\n  sensitive = true',
      },
    ],
  },
};

const scanned: ScanResult = {
  root: '.',
  files: 1,
  findings: [finding],
  suppressed: [],
  problems: [],
  inventory: [],
  iacCredentials: [],
};

jest.unstable_mockModule('@actions/core', () => core);
jest.unstable_mockModule('../../src/scan/scan.js', () => ({ scan: async () => scanned }));
const { run } = await import('../../src/action/run.js');

const savedEnv = { ...process.env };
let dir: string;
let github: FakeGitHub;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sch-run-fix-'));
  mkdirSync(join(dir, 'checkout/infra'), { recursive: true });
  writeFileSync(join(dir, 'checkout/infra/outputs.tf'), outputs);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(async () => {
  jest.restoreAllMocks();
  process.env = { ...savedEnv };
  await github?.close();
});

describe('a finding with a fix, through the whole step', () => {
  it('is in SARIF, JSON and the summary, and suggested on the pull request once', async () => {
    github = await startFakeGitHub(
      { 3: ['infra/outputs.tf'] },
      undefined,
      {},
      {
        patches: { 3: { 'infra/outputs.tf': `@@ -0,0 +1,3 @@\n${outputs.replace(/^/gm, '+').slice(0, -1)}` } },
      },
    );
    const event = join(dir, 'event.json');
    writeFileSync(
      event,
      JSON.stringify({
        number: 3,
        pull_request: {
          number: 3,
          base: { sha: 'b'.repeat(40), repo: { full_name: 'octo/repo' } },
          head: { sha: 'h'.repeat(40), repo: { full_name: 'octo/repo' } },
        },
      }),
    );
    process.env = {
      PATH: savedEnv.PATH,
      GITHUB_WORKSPACE: join(dir, 'checkout'),
      GITHUB_STEP_SUMMARY: join(dir, 'summary.md'),
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: event,
      GITHUB_REPOSITORY: 'octo/repo',
      GITHUB_SHA: 'c'.repeat(40),
      GITHUB_REF: 'refs/pull/3/merge',
      GITHUB_API_URL: github.url,
    };
    for (let runs = 0; runs < 2; runs++) {
      writeFileSync(join(dir, 'summary.md'), '');
      core.captureStdout();
      core.useInputs({
        path: 'infra',
        'github-token': 'ghs_stand_in_token',
        'sarif-file': join(dir, 'out.sarif'),
        'upload-sarif': 'false',
        'pr-comment': 'always',
        'config-from': 'workspace',
      });
      await run({ attempts: 1, delayMs: 0 });
      jest.restoreAllMocks();
    }
    const sarif = JSON.parse(readFileSync(join(dir, 'out.sarif'), 'utf8'));
    expect(sarif.runs[0].results[0].fixes[0].artifactChanges[0].artifactLocation.uri).toBe('infra/outputs.tf');
    const json = JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8'));
    expect(json.findings[0].fix.edits[0]).toMatchObject({ file: 'infra/outputs.tf', line: 2, column: 3 });
    expect(readFileSync(join(dir, 'summary.md'), 'utf8')).toContain('```diff\n@@ infra/outputs.tf:2:3 @@\n');
    const reviews = github.requests.filter((request) => request.path === '/repos/octo/repo/pulls/3/reviews');
    expect(reviews).toHaveLength(1);
    expect(github.reviewComments.get(3)?.map((comment) => [comment.path, comment.line, comment.commit_id])).toEqual([
      ['infra/outputs.tf', 2, 'h'.repeat(40)],
    ]);
    expect(github.reviewComments.get(3)?.[0]?.body).toContain(
      '```suggestion\n  value     = aws_iam_access_key.smtp.ses_smtp_password_v4\n  sensitive = true\n```',
    );
    // The comment was created on the first run and edited on the second: one of each.
    expect(github.comments.get(3)).toHaveLength(1);
  });
});
