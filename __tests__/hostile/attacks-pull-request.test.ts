import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startFakeGitHub } from '../helpers/github-server.js';
import { runBundle } from './bundle.js';
import { runnerCommands } from './runner-commands.js';

/** Issue 12, attacks 3 and 7, and a pull request from a fork, against the bundle. */
const key = `AKIA${'FORKFORK'}${'Q2R3S4T5'}`;
/** The key's secret beside it makes the key a working credential: an error, not the lone key ID's warning. */
const secret = `Fk3/uQ8zR1p+Wd5sLx0N${'bTy7EhGc2Vm9KaJo4Ri6'}`;
const baseSha = '0123456789abcdef0123456789abcdef01234567';
let scratch: string;
beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'sch-pr-attacks-'));
});
afterAll(() => {
  execFileSync('rm', ['-rf', scratch]);
});

const hostileConfig = [
  'rules:',
  '  hardcoded-access-key: off',
  '  root-credentials: off',
  'ignore:',
  '  - "**"',
  'max-file-size: 1',
  '',
].join('\n');

/** The checkout of a fork's pull request: a hard-coded key pair, a config turning its rule off, a marker in a string, a baseline. */
function forkCheckout(name: string): string {
  const root = join(scratch, name);
  mkdirSync(join(root, '.github/workflows'), { recursive: true });
  mkdirSync(join(root, 'svc'));
  writeFileSync(join(root, 'svc/.env'), `AWS_ACCESS_KEY_ID=${key}\nAWS_SECRET_ACCESS_KEY=${secret}\n`);
  writeFileSync(join(root, '.github/ses-credential-hygiene.yml'), hostileConfig);
  writeFileSync(
    join(root, '.github/workflows/ci.yml'),
    [
      'on: push',
      'jobs:',
      '  a:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - run: echo',
      '        env:',
      '          NOTE: "ses-credential-hygiene: ignore[]"',
      `          AWS_ACCESS_KEY_ID: ${key}`,
      '',
    ].join('\n'),
  );
  return root;
}

function forkEvent(): string {
  const path = join(scratch, `event-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(
    path,
    JSON.stringify({
      pull_request: {
        number: 5,
        base: { sha: baseSha, repo: { full_name: 'octo/repo' } },
        head: { sha: 'f'.repeat(40), repo: { full_name: 'mallory/repo' } },
      },
    }),
  );
  return path;
}

function results(path: string) {
  return JSON.parse(readFileSync(path, 'utf8')).runs[0].results as Array<{
    ruleId: string;
    suppressions?: unknown[];
    locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }>;
    properties?: Record<string, unknown>;
  }>;
}

describe('attack 3 and a pull request from a fork', () => {
  it('the base commit chooses the rules: the step fails and the summary lists the attempted change', async () => {
    const root = forkCheckout('fork');
    const github = await startFakeGitHub(
      { 5: ['svc/.env', '.github/ses-credential-hygiene.yml', '.github/workflows/ci.yml'] },
      undefined,
      {
        [baseSha]: {},
      },
    );
    try {
      const sarif = join(scratch, 'fork.sarif');
      const run = await runBundle({
        workspace: root,
        inputs: { 'sarif-file': sarif, 'github-token': 'read-only-token' },
        env: {
          GITHUB_EVENT_NAME: 'pull_request',
          GITHUB_EVENT_PATH: forkEvent(),
          GITHUB_REPOSITORY: 'octo/repo',
          GITHUB_API_URL: github.url,
        },
      });
      expect(run.status).toBe(1);
      expect(
        github.requests.some((r) =>
          r.path.startsWith(`/repos/octo/repo/contents/.github%2Fses-credential-hygiene.yml?ref=${baseSha}`),
        ),
      ).toBe(true);
      const found = results(sarif).filter((r) => r.ruleId === 'hardcoded-access-key' && !r.suppressions);
      expect(found.map((r) => r.locations[0]?.physicalLocation.artifactLocation.uri).sort()).toEqual([
        '.github/workflows/ci.yml',
        'svc/.env',
        'svc/.env',
      ]);
      // The pair in svc/.env is a working key: errors, which the pull request's config cannot turn off.
      const pair = found.filter((r) => r.locations[0]?.physicalLocation.artifactLocation.uri === 'svc/.env');
      expect(pair.map((r) => (r as { level?: string }).level)).toEqual(['error', 'error']);
      expect(run.summary).toContain('turns rule `hardcoded-access-key` off');
      expect(run.summary).toContain('ignores `**` for every rule');
      expect(run.summary).toContain('lowers max-file-size to 1 bytes');
      expect(run.stdout).toMatch(/::notice[^\n]*::ses-credential-hygiene: this pull request changes[^\n]*not applied/);
      // Every line the step printed, read as the runner reads it: only the action's own commands.
      const commands = runnerCommands(run.stdout);
      expect(commands.filter((c) => c.command === 'add-mask').map((c) => c.data)).toEqual(['read-only-token']);
      // Each file's group stops commands with a token of its own, and resumes with it.
      const resumes = commands.filter((c) => c.command === 'stop-commands').map((c) => c.data);
      const own = ['error', 'warning', 'notice', 'debug', 'group', 'endgroup', 'stop-commands', 'add-mask', ...resumes];
      expect(commands.filter((c) => !own.includes(c.command))).toEqual([]);
    } finally {
      await github.close();
    }
  });

  it('a baseline in the pull request cannot suppress the finding it adds', async () => {
    const root = forkCheckout('fork-baseline');
    const first = join(scratch, 'fingerprints.sarif');
    writeFileSync(join(scratch, 'empty.yml'), '{}\n');
    await runBundle({
      workspace: root,
      inputs: {
        'sarif-file': first,
        'config-from': 'workspace',
        'fail-on': 'never',
        config: join(scratch, 'empty.yml'),
      },
    });
    const fingerprints = JSON.parse(readFileSync(first, 'utf8')).runs[0].results.map(
      (r: { partialFingerprints: Record<string, string> }) => Object.values(r.partialFingerprints)[0],
    );
    writeFileSync(
      join(root, 'baseline.json'),
      JSON.stringify({
        version: 1,
        fingerprints: fingerprints.map((fingerprint: string) => ({ fingerprint, ruleId: 'x', file: 'y' })),
      }),
    );
    const github = await startFakeGitHub({ 5: ['svc/.env', 'baseline.json'] }, undefined, { [baseSha]: {} });
    try {
      const run = await runBundle({
        workspace: root,
        inputs: { baseline: 'baseline.json', 'sarif-file': join(scratch, 'fork-baseline.sarif'), 'github-token': 't' },
        env: {
          GITHUB_EVENT_NAME: 'pull_request',
          GITHUB_EVENT_PATH: forkEvent(),
          GITHUB_REPOSITORY: 'octo/repo',
          GITHUB_API_URL: github.url,
        },
      });
      expect(run.status).toBe(1);
      expect(run.summary).toMatch(/adds \d+ fingerprint\(s\) to the baseline/);
    } finally {
      await github.close();
    }
  });
});

/** A GitHub API stand-in whose every answer quotes the token it was sent, as some error pages do. */
async function echoingGitHub(): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((request, response) => {
    response
      .writeHead(401, { 'content-type': 'application/json' })
      .end(JSON.stringify({ message: `Bad credentials: ${String(request.headers.authorization)}` }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** An STS stand-in whose error quotes the session token, URL-encoded, in its code. */
async function echoingSts(token: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((request, response) => {
    request.resume();
    request.on('end', () =>
      response
        .writeHead(403, { 'content-type': 'text/xml' })
        .end(
          `<ErrorResponse><Error><Type>Sender</Type><Code>InvalidClientTokenId ${encodeURIComponent(token)}</Code><Message>bad ${encodeURIComponent(token)}</Message></Error></ErrorResponse>`,
        ),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

describe('attack 7: echoed secrets', () => {
  it('a GitHub API error quoting the token reaches no output; the token is masked first', async () => {
    const root = join(scratch, 'echo-github');
    mkdirSync(root);
    writeFileSync(join(root, '.env'), 'SES_SMTP_PASSWORD=${{ secrets.SES_SMTP_PASSWORD }}\n');
    const token = `ghp_${'R4nd0mT0k3n'.repeat(3)}abc`;
    const github = await echoingGitHub();
    try {
      const sarif = join(scratch, 'echo-github.sarif');
      const run = await runBundle({
        workspace: root,
        inputs: { 'github-token': token, 'list-secrets': 'true', 'sarif-file': sarif, 'fail-on': 'never' },
        env: { GITHUB_REPOSITORY: 'octo/repo', GITHUB_API_URL: github.url },
      });
      const lines = run.stdout.split('\n');
      expect(lines[0]).toBe(`::add-mask::${token}`);
      const piece = token.slice(4, 16);
      for (const [channel, text] of [
        ['stdout', lines.slice(1).join('\n')],
        ['stderr', run.stderr],
        ['summary', run.summary],
        ['sarif', readFileSync(sarif, 'utf8')],
      ])
        expect([channel, String(text).includes(piece)]).toEqual([channel, false]);
      expect(run.stdout).toMatch(
        /::warning::ses-credential-hygiene: could not list the repository's secrets \(.*(?:\*\*\*|ghp_…)/,
      );
    } finally {
      await github.close();
    }
  });

  it('an STS error quoting the session token reaches no output', async () => {
    const root = join(scratch, 'echo-sts');
    mkdirSync(root);
    writeFileSync(join(root, '.env'), 'AWS_ACCESS_KEY_ID=${{ secrets.AWS_ACCESS_KEY_ID }}\n');
    const sessionToken = `IQoJb3JpZ2luX2VjEJr//////////wEaCXVzLWVhc3QtMSJHMEUCIQD${'Zk9+/x'.repeat(30)}`;
    const sts = await echoingSts(sessionToken);
    try {
      const sarif = join(scratch, 'echo-sts.sarif');
      const run = await runBundle({
        workspace: root,
        inputs: { 'verify-with-aws': 'true', 'sarif-file': sarif, 'fail-on': 'never' },
        env: {
          AWS_ENDPOINT_URL_STS: sts.url,
          AWS_ACCESS_KEY_ID: `AKIA${'ECHOECHO'}${'Q2R3S4T5'}`,
          AWS_SECRET_ACCESS_KEY: `Echo${'SecretValue'}0000000000000000000000000`,
          AWS_SESSION_TOKEN: sessionToken,
        },
      });
      const unmasked = run.stdout
        .split('\n')
        .filter((line) => !line.startsWith('::add-mask::'))
        .join('\n');
      for (const [channel, text] of [
        ['stdout', unmasked],
        ['summary', run.summary],
        ['sarif', readFileSync(sarif, 'utf8')],
      ])
        expect([channel, /X2VjEJr|wEaCXVz|Zk9/.test(String(text))]).toEqual([channel, false]);
    } finally {
      await sts.close();
    }
  });
});
