import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { startFakeGitHub, type FakeContents } from '../helpers/github-server.js';
import { liveInCells } from '../helpers/markdown-live.js';
import { runBundle } from './bundle.js';

/**
 * Issue 21's attacks on what the action trusts, run against the bundle as the runner runs it: a folder
 * that moves the config (3), a base commit that cannot be read (10), Markdown in the job summary (6),
 * folders skipped in silence (8).
 */
const key = `AKIA${'HOSTILE2'}${'Q2R3S4T5'}`;
const secret = `Hk3/uQ8zR1p+Wd5sLx0N${'bTy7EhGc2Vm9KaJo4Ri6'}`;
const pair = `AWS_ACCESS_KEY_ID=${key}\nAWS_SECRET_ACCESS_KEY=${secret}\n`;
const baseSha = '0123456789abcdef0123456789abcdef01234567';
const configFile = '.github/ses-credential-hygiene.yml';
/** The pull request's own config: everything off. */
const hostileConfig = 'rules:\n  hardcoded-access-key: off\nignore:\n  - "**"\n';

let scratch: string;
beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'sch-checkout-attacks-'));
});
afterAll(() => {
  execFileSync('rm', ['-rf', scratch]);
});

function checkout(name: string, files: Record<string, string>): string {
  const root = join(scratch, name);
  mkdirSync(join(root, '.git'), { recursive: true });
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

function pullRequestEnv(apiUrl: string): Record<string, string> {
  const event = join(scratch, `event-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(
    event,
    JSON.stringify({
      pull_request: {
        number: 9,
        base: { sha: baseSha, repo: { full_name: 'octo/repo' } },
        head: { sha: 'f'.repeat(40), repo: { full_name: 'mallory/repo' } },
      },
    }),
  );
  return {
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: event,
    GITHUB_REPOSITORY: 'octo/repo',
    GITHUB_API_URL: apiUrl,
  };
}

interface SarifResult {
  ruleId: string;
  level: string;
  suppressions?: unknown[];
  locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }>;
}

function sarifResults(path: string): SarifResult[] {
  return JSON.parse(readFileSync(path, 'utf8')).runs[0].results as SarifResult[];
}

async function pullRequestRun(
  root: string,
  inputs: Record<string, string>,
  contents: FakeContents,
  failures: { contentsStatus?: number } = {},
) {
  const github = await startFakeGitHub({ 9: ['infra/.env'] }, undefined, contents, failures);
  try {
    const sarif = join(root, '..', `${root.split('/').pop()}.sarif`);
    const run = await runBundle({
      workspace: root,
      inputs: { 'sarif-file': sarif, 'github-token': 't', scope: 'all', ...inputs },
      env: pullRequestEnv(github.url),
    });
    return { run, sarif, requests: github.requests.map((request) => request.path) };
  } finally {
    await github.close();
  }
}

describe('attack 3: a folder that moves the config', () => {
  it.each([
    ['an empty infra/.github/', { 'infra/.github/.keep': '' }],
    ['a .git file in infra/', { 'infra/.git': 'gitdir: /elsewhere\n' }],
    ['its own infra/.github config', { [`infra/${configFile}`]: hostileConfig }],
  ])('%s does not move the lookup off the base commit’s file', async (_, added) => {
    const root = checkout(`moved-${Object.keys(added)[0]?.replace(/\W/g, '-')}`, {
      'infra/.env': pair,
      [configFile]: hostileConfig,
      ...added,
    });
    const { run, sarif, requests } = await pullRequestRun(
      root,
      { path: 'infra' },
      {
        [baseSha]: { [configFile]: 'rules:\n  hardcoded-access-key: warning\n' },
      },
    );
    // The base commit's file applies: its rule setting, not the defaults' and not the pull request's.
    expect(requests).toContain(`/repos/octo/repo/contents/.github%2Fses-credential-hygiene.yml?ref=${baseSha}`);
    const found = sarifResults(sarif).filter((result) => result.ruleId === 'hardcoded-access-key');
    expect(found.map((result) => [result.level, result.suppressions])).toEqual([
      ['warning', undefined],
      ['warning', undefined],
    ]);
    expect(run.summary).toContain('### Settings');
    expect(run.summary).toContain(
      `Config: \`.github/ses-credential-hygiene.yml\` at the base commit \`${baseSha.slice(0, 12)}\`.`,
    );
  });

  it('a linked infra/.github reads nothing through the link: the base commit decides', async () => {
    const root = checkout('moved-link', { 'infra/.env': pair, 'elsewhere/ses-credential-hygiene.yml': hostileConfig });
    symlinkSync(join(root, 'elsewhere'), join(root, 'infra/.github'));
    const { run, sarif } = await pullRequestRun(root, { path: 'infra' }, { [baseSha]: {} });
    expect(run.status).toBe(1);
    expect(sarifResults(sarif).filter((result) => result.ruleId === 'hardcoded-access-key')).toHaveLength(2);
    expect(run.summary).toContain(
      `Config: the built-in defaults (no \`infra/.github/ses-credential-hygiene.yml\`, \`.github/ses-credential-hygiene.yml\` at the base commit \`${baseSha.slice(0, 12)}\`).`,
    );
  });
});

describe('attack 10: the base commit’s settings cannot be read', () => {
  it('still scans with the built-in defaults, writes SARIF, summary and outputs, and fails with that reason first', async () => {
    const root = checkout('base-down', { 'infra/.env': pair, [configFile]: hostileConfig });
    const { run, sarif } = await pullRequestRun(root, {}, {}, { contentsStatus: 500 });
    expect(run.status).toBe(1);
    const errors = run.stdout.split('\n').filter((line) => line.startsWith('::error'));
    expect(errors[0]).toMatch(
      new RegExp(
        `^::error::ses-credential-hygiene: could not read the config and baseline of the pull request's base commit ${baseSha} \\(.+\\); the scan used the built-in defaults, not the pull request's own settings`,
      ),
    );
    // The pull request's own config (everything off) is not applied: the pair is found, as errors.
    expect(existsSync(sarif)).toBe(true);
    const found = sarifResults(sarif).filter((result) => result.ruleId === 'hardcoded-access-key');
    expect(found.map((result) => [result.level, result.suppressions])).toEqual([
      ['error', undefined],
      ['error', undefined],
    ]);
    expect(run.outputs).toMatchObject({
      findings: expect.stringMatching(/^[1-9]/),
      errors: expect.stringMatching(/^[1-9]/),
    });
    expect(run.summary).toMatch(/❌ \*\*Failed:\*\* could not read the config and baseline/);
    expect(run.summary).toContain("Config: **the built-in defaults**: the base commit's settings could not be read");
    expect(run.summary).toContain('infra/.env');
  });
});

describe('attack 6: Markdown from the checkout in the job summary', () => {
  const link = '[All clear](https://evil.test/ok)';
  const image = '![x](https://evil.test/pixel.png)';
  const approve = '[Approve this PR](https:/evil.test)';

  it('names, secret names and file names render as text, never as links or images', async () => {
    const root = checkout('markdown', {
      '.github/workflows/mail.yml': [
        'on: push',
        'jobs:',
        '  mail:',
        '    runs-on: ubuntu-latest',
        '    env:',
        `      "AWS_SECRET_ACCESS_KEY\`${link}\`": ${secret}`,
        `      SMTP_PASSWORD: \${{ secrets['SMTP\`${image}'] }}`,
        '    steps:',
        '      - run: echo',
        '',
      ].join('\n'),
      [`svc/${approve}x.env`]: pair,
    });
    const sarif = join(scratch, 'markdown.sarif');
    const run = await runBundle({
      workspace: root,
      inputs: { 'sarif-file': sarif },
      env: { GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'octo/repo', GITHUB_SHA: 'a'.repeat(40) },
    });
    expect(run.status).toBe(1);
    // Each planted name reached the summary ...
    expect(run.summary).toContain('\\[All clear\\](https\\://evil.test/ok)');
    expect(run.summary).toContain('\\[Approve this PR\\](https:/evil.test)x.env');
    expect(run.summary).toMatch(/``?SMTP`!\[x\]\(https:\/\/evil\.test\/pixel\.png\)``?/);
    // ... and none of them as a link or image: each cell that holds one is inert text and code.
    const cells = liveInCells(run.summary, 'evil.test');
    expect(cells.length).toBeGreaterThanOrEqual(3);
    expect(cells.filter((cell) => cell.live.length > 0)).toEqual([]);
    expect(run.summary).toContain(
      '[<code>svc/\\[Approve this PR\\](https:/evil.test)x.env:1:19</code>](https://github.com/octo/repo/blob/',
    );
  });
});

describe('attack 8: folders skipped in silence', () => {
  it('a key pair in services/vendor/.env is found; a dependency folder holding readable files is named and fails strict', async () => {
    const root = checkout('skipped', {
      'services/vendor/.env': pair,
      'services/node_modules/pkg/.env': pair,
      'vendor/lib/readme.txt': 'nothing a scan reads\n',
    });
    const sarif = join(scratch, 'skipped.sarif');
    const run = await runBundle({ workspace: root, inputs: { 'sarif-file': sarif, 'fail-on': 'never' } });
    expect(run.status).toBe(0);
    const found = sarifResults(sarif).filter((result) => result.ruleId === 'hardcoded-access-key');
    expect(found.map((result) => result.locations[0]?.physicalLocation.artifactLocation.uri)).toEqual([
      'services/vendor/.env',
      'services/vendor/.env',
    ]);
    expect(run.stdout).toMatch(
      /::notice file=services\/node_modules,title=ses-credential-hygiene%3A file not fully scanned::skipped: folder of dependencies or build output \(node_modules\), not entered, though it holds files a scan would read, such as services\/node_modules\/pkg\/\.env/,
    );
    // The root's vendor/ holds nothing a scan reads: skipped in silence.
    expect(run.stdout).not.toMatch(/file=vendor/);
    const strict = await runBundle({
      workspace: root,
      inputs: { 'sarif-file': join(scratch, 'skipped-strict.sarif'), 'fail-on': 'never', strict: 'true' },
    });
    expect(strict.status).toBe(1);
    expect(strict.stdout).toMatch(/::error::ses-credential-hygiene: 1 file\(s\) could not be fully read/);
  });
});
