import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import jestSarif from '@microsoft/jest-sarif';

expect.extend(jestSarif as unknown as Parameters<typeof expect.extend>[0]);

/** Reads a GITHUB_OUTPUT file (name<<delimiter … delimiter blocks) as the runner does. */
function readOutputs(path: string): Record<string, string> {
  const lines = readFileSync(path, 'utf8').split('\n');
  const outputs: Record<string, string> = {};
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<=]+)<<(.+)$/.exec(lines[i] ?? '');
    if (match?.[1] && match[2]) {
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== match[2]; i++) value.push(lines[i] ?? '');
      outputs[match[1]] = value.join('\n');
    } else if (lines[i]?.includes('=')) {
      const [name, ...rest] = (lines[i] ?? '').split('=');
      if (name) outputs[name] = rest.join('=');
    }
  }
  return outputs;
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sch-e2e-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function runAction(inputs: Record<string, string>) {
  const summary = join(dir, `summary-${Object.keys(inputs).length}.md`);
  const output = join(dir, `output-${Object.keys(inputs).length}.txt`);
  writeFileSync(summary, '');
  writeFileSync(output, '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    GITHUB_WORKSPACE: resolve('.'),
    GITHUB_STEP_SUMMARY: summary,
    GITHUB_OUTPUT: output,
    RUNNER_TEMP: dir,
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  const child = spawnSync(process.execPath, ['dist/index.js'], { env, encoding: 'utf8' });
  return {
    status: child.status,
    stdout: child.stdout,
    stderr: child.stderr,
    summary: readFileSync(summary, 'utf8'),
    outputs: readOutputs(output),
  };
}

describe('dist/index.js run as the runner runs it', () => {
  it('annotates, summarises, writes SARIF and outputs, and fails on errors', () => {
    const sarifFile = join(dir, 'out.sarif');
    const run = runAction({ path: 'examples', 'fail-on': 'error', 'sarif-file': sarifFile });
    expect(run.status).toBe(1);
    const commands = run.stdout.split('\n').filter((line) => /^::(error|warning|notice) /.test(line));
    expect(commands).toContain(
      "::error file=examples/.github/workflows/bootstrap.yml,line=13,endLine=13,col=34,endColumn=64,title=root-credentials (ses-credential-hygiene)::Secret `ROOT_AWS_ACCESS_KEY_ID` in input `aws-access-key-id` of `aws-actions/configure-aws-credentials@v4` is the account root user's access key ID. Root credentials give unrestricted access to the whole AWS account; use an IAM user limited to SES instead.",
    );
    // Every rule with an error gets an annotation before any rule gets a second.
    for (const rule of ['smtp-region-mismatch', 'sigv2-smtp-password', 'secret-key-as-smtp-password'])
      expect(commands.filter((c) => c.startsWith('::error') && c.includes(`title=${rule} `))).toHaveLength(1);
    // GitHub keeps 10 errors per step: the failure reason, printed first, and 9 findings.
    expect(commands.filter((c) => c.startsWith('::error'))).toHaveLength(9);
    const lines = run.stdout.split('\n');
    expect(lines.findIndex((line) => line.startsWith('::error::ses-credential-hygiene: 34 finding(s)'))).toBeLessThan(
      lines.findIndex((line) => line.startsWith('::error file=')),
    );
    expect(commands[0]?.startsWith('::error')).toBe(true);
    expect(commands.at(-1)).toMatch(/^::notice .*more finding\(s\) are not annotated/);
    expect(run.stdout).toContain(
      '::error::ses-credential-hygiene: 34 finding(s), 21 error(s) and 12 warning(s); failing on error or worse.',
    );
    expect(run.summary).toContain('## SES credential hygiene');
    expect(run.summary).toContain('<code>examples/.github/workflows/release-notes.yml:19:25</code>');
    expect(run.summary).toContain('14 findings have no annotation');
    expect(run.outputs).toEqual({
      findings: '34',
      errors: '21',
      warnings: '12',
      notices: '1',
      suppressed: '1',
      verdict: 'fail',
      'sarif-file': sarifFile,
      'json-file': sarifFile.replace(/\.sarif$/, '.json'),
    });
    const sarif = JSON.parse(readFileSync(sarifFile, 'utf8'));
    (expect(sarif) as unknown as { toBeValidSarifLog: () => void }).toBeValidSarifLog();
    expect(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toMatch(
      /^examples\/\.github\//,
    );
  });

  it('passes with fail-on never and stays silent with annotations off', () => {
    const run = runAction({
      path: 'examples',
      'fail-on': 'never',
      annotations: 'false',
      'sarif-file': join(dir, 'quiet.sarif'),
    });
    expect(run.status).toBe(0);
    expect(run.stdout).not.toMatch(/^::(error|warning|notice) file=/m);
    expect(run.summary).toContain('34 findings have no annotation');
  });

  it('fails with a clear message on a bad input', () => {
    const run = runAction({ path: 'examples', 'fail-on': 'loudly' });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(
      '::error::ses-credential-hygiene: input fail-on must be error, warning, notice or never, not "loudly"',
    );
  });
});

describe('dist/cli.js', () => {
  it('writes a report larger than a pipe holds whole before it exits', () => {
    // A pipe takes 64 KiB at once and the rest later: a CLI that exited as soon as it had written cut the rest.
    const folder = mkdtempSync(join(tmpdir(), 'ses-large-report-'));
    try {
      const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
      const keyId = (n: number) =>
        `AKIA${Array.from({ length: 16 }, (_, i) => alphabet[(n * 7 + i * 13 + Math.floor(n / 32 ** (i % 3))) % 32]).join('')}`;
      writeFileSync(join(folder, '.env'), Array.from({ length: 1500 }, (_, n) => `KEY_${n}=${keyId(n)}\n`).join(''));
      const child = spawnSync(process.execPath, [resolve('dist/cli.js'), folder, '--format', 'json'], {
        encoding: 'utf8',
        maxBuffer: 1 << 28,
      });
      expect(child.stdout.length).toBeGreaterThan(4 * 65536);
      const report = JSON.parse(child.stdout);
      expect(report.findings.length).toBeGreaterThanOrEqual(1500);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('explains a rule from the pages shipped beside the bundle, from any folder', () => {
    const child = spawnSync(process.execPath, [resolve('dist/cli.js'), '--explain', 'root-credentials'], {
      encoding: 'utf8',
      cwd: tmpdir(),
    });
    expect(child.status).toBe(0);
    expect(child.stdout).toBe(readFileSync('docs/rules/root-credentials.md', 'utf8'));
  });

  it('is the same CLI', () => {
    const child = spawnSync(process.execPath, ['dist/cli.js', 'examples', '--format', 'json'], { encoding: 'utf8' });
    expect(child.status).toBe(1);
    const report = JSON.parse(child.stdout);
    expect(report.findings).toHaveLength(34);
    expect(report.findings[0]).toMatchObject({
      ruleId: 'root-credentials',
      file: '.github/workflows/bootstrap.yml',
      line: 13,
      column: 34,
    });
  });
});

describe('dist/index.js in pull-request mode', () => {
  it('annotates only findings in the files the pull request changes; the summary and SARIF keep the rest', async () => {
    const { startFakeGitHub } = await import('../helpers/github-server.js');
    const github = await startFakeGitHub({
      12: ['examples/.github/workflows/bootstrap.yml', 'README.md'],
      13: 'error',
    });
    try {
      const event = join(dir, 'event.json');
      writeFileSync(event, JSON.stringify({ pull_request: { number: 12 } }));
      const sarifFile = join(dir, 'pr.sarif');
      const run = await runPullRequest(
        { path: 'examples', 'sarif-file': sarifFile, 'github-token': 'pr-token' },
        {
          GITHUB_EVENT_NAME: 'pull_request',
          GITHUB_EVENT_PATH: event,
          GITHUB_REPOSITORY: 'octo/repo',
          GITHUB_API_URL: github.url,
        },
      );
      const annotated = run.stdout.split('\n').filter((line) => /^::(error|warning|notice) file=examples\//.test(line));
      expect(annotated.length).toBeGreaterThan(0);
      expect(annotated.every((line) => line.includes('file=examples/.github/workflows/bootstrap.yml,'))).toBe(true);
      expect(run.summary).toMatch(/\d+ findings are in files this pull request does not change/);
      const results = JSON.parse(readFileSync(sarifFile, 'utf8')).runs[0].results;
      expect(results.some((r: { properties?: { outsideDiff?: boolean } }) => r.properties?.outsideDiff === true)).toBe(
        true,
      );
      expect(run.status).toBe(1);

      writeFileSync(event, JSON.stringify({ pull_request: { number: 13 } }));
      const failing = await runPullRequest(
        { path: 'examples', 'sarif-file': join(dir, 'pr2.sarif'), 'github-token': 'pr-token' },
        {
          GITHUB_EVENT_NAME: 'pull_request',
          GITHUB_EVENT_PATH: event,
          GITHUB_REPOSITORY: 'octo/repo',
          GITHUB_API_URL: github.url,
        },
      );
      expect(failing.stdout).toMatch(
        /::warning::ses-credential-hygiene: could not list the files of pull request #13 \(.*\); annotating every finding\./,
      );
      const files = new Set(
        failing.stdout
          .split('\n')
          .filter((line) => /^::(error|warning) file=/.test(line))
          .map((line) => /file=([^,]+)/.exec(line)?.[1]),
      );
      expect(files.size).toBeGreaterThan(3);
    } finally {
      await github.close();
    }
  });
});

/**
 * Runs the action with extra runner variables, asynchronously: the fake API lives in this process
 * and must keep answering while the action runs.
 */
async function runPullRequest(inputs: Record<string, string>, extra: Record<string, string>) {
  const summary = join(dir, 'pr-summary.md');
  const output = join(dir, 'pr-output.txt');
  writeFileSync(summary, '');
  writeFileSync(output, '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    GITHUB_WORKSPACE: resolve('.'),
    GITHUB_STEP_SUMMARY: summary,
    GITHUB_OUTPUT: output,
    ...extra,
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  const child = spawn(process.execPath, ['dist/index.js'], { env });
  let stdout = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  const status = await new Promise<number | null>((done) => child.on('close', done));
  return { status, stdout, summary: readFileSync(summary, 'utf8') };
}

describe('dist/index.js with check-values', () => {
  it('masks every value first, reports what the values are, and prints no value anywhere else', () => {
    const secret = 'some+secret+key';
    const wrongRegion = 'BH+jbMzper5WwlwUar9E1ySBqHa9whi0GPo+sJ0mVYJj'; // us-west-1; the workflows use eu-west-1
    const summary = join(dir, 'cv-summary.md');
    const output = join(dir, 'cv-output.txt');
    const sarif = join(dir, 'cv.sarif');
    writeFileSync(summary, '');
    writeFileSync(output, '');
    const child = spawnSync(process.execPath, ['dist/index.js'], {
      env: {
        PATH: process.env.PATH ?? '',
        GITHUB_WORKSPACE: resolve('.'),
        GITHUB_STEP_SUMMARY: summary,
        GITHUB_OUTPUT: output,
        INPUT_PATH: 'examples',
        'INPUT_CHECK-VALUES': 'true',
        'INPUT_SARIF-FILE': sarif,
        'INPUT_FAIL-ON': 'never',
        AWS_SECRET_ACCESS_KEY: secret,
        SES_SMTP_PASSWORD: wrongRegion,
      },
      encoding: 'utf8',
    });
    const lines = child.stdout.split('\n');
    // setSecret's ::add-mask:: lines are the only place a value may appear, and they come first.
    expect(lines.slice(0, 2).sort()).toEqual([`::add-mask::${secret}`, `::add-mask::${wrongRegion}`].sort());
    for (const [channel, text] of [
      ['stdout', lines.slice(2).join('\n')],
      ['stderr', child.stderr],
      ['summary', readFileSync(summary, 'utf8')],
      ['sarif', readFileSync(sarif, 'utf8')],
      ['outputs', readFileSync(output, 'utf8')],
    ] as Array<[string, string]>) {
      expect([
        channel,
        text.includes(secret) || text.includes(wrongRegion) || text.includes(wrongRegion.slice(0, 12)),
      ]).toEqual([channel, false]);
    }
    // Placed where the workflows first use a secret of that name.
    expect(child.stdout).toContain(
      'examples/.github/workflows/good-practice.yml:23:72 error smtp-region-mismatch The value of `SES_SMTP_PASSWORD` is the SMTP password of `AWS_SECRET_ACCESS_KEY` for us-west-1, but the workflows send through the SES SMTP endpoint of eu-west-1, us-east-2',
    );
  });
});

describe('dist/index.js with list-secrets', () => {
  it('reports a secret defined nowhere and a defined root secret, from the API on 127.0.0.1', async () => {
    const { startFakeGitHub } = await import('../helpers/github-server.js');
    const github = await startFakeGitHub(
      {},
      {
        repository: ['SES_SMTP_USERNAME', 'SES_SMTP_PASSWORD', 'AWS_ACCESS_KEY_ID'],
        organization: ['ROOT_EMAIL'],
        environments: {},
      },
    );
    try {
      const run = await runPullRequest(
        {
          path: 'examples',
          'list-secrets': 'true',
          'github-token': 'secrets-token',
          'fail-on': 'never',
          'sarif-file': join(dir, 'ls.sarif'),
        },
        { GITHUB_REPOSITORY: 'octo/repo', GITHUB_API_URL: github.url, GITHUB_EVENT_NAME: 'push' },
      );
      expect(run.status).toBe(0);
      expect(run.stdout).toContain(
        'examples/.github/workflows/release-notes.yml:19:25 warning undefined-secret Secret `AWS_SECRET_ACCESS_KEY` is defined in neither',
      );
      expect(run.summary).toMatch(/\| `ROOT_EMAIL` \| account e-mail \*\*\(root user\)\*\* \|.*\| organization \|/);
      expect(github.requests.some((r) => r.path.startsWith('/repos/octo/repo/actions/organization-secrets'))).toBe(
        true,
      );
    } finally {
      await github.close();
    }
  });
});

describe('dist/index.js with verify-with-aws', () => {
  it('asks the local STS with SigV4-signed requests and reports root and rejected keys, printing no value', async () => {
    const { startFakeSts } = await import('../helpers/sts-server.js');
    const rootKey = { id: `AKIA${'ROOTROOT'}${'Q2R3S4T5'}`, secret: `Root${'SecretValue'}0000000000000000000000000` };
    const staleKey = { id: `AKIA${'STALESTA'}${'Q2R3S4T5'}`, secret: `Stale${'SecretValue'}000000000000000000000000` };
    const sts = await startFakeSts({ [rootKey.id]: { secret: rootKey.secret, arn: 'arn:aws:iam::123456789012:root' } });
    try {
      const run = await runPullRequest(
        { path: 'examples', 'verify-with-aws': 'true', 'fail-on': 'never', 'sarif-file': join(dir, 'sts.sarif') },
        {
          GITHUB_EVENT_NAME: 'push',
          AWS_ENDPOINT_URL_STS: sts.url,
          ROOT_AWS_ACCESS_KEY_ID: rootKey.id,
          ROOT_AWS_SECRET_ACCESS_KEY: rootKey.secret,
          QUOTA_AWS_ACCESS_KEY_ID: staleKey.id,
          QUOTA_AWS_SECRET_ACCESS_KEY: staleKey.secret,
        },
      );
      expect(sts.calls).toEqual([
        { accessKeyId: staleKey.id, signatureValid: false },
        { accessKeyId: rootKey.id, signatureValid: true },
      ]);
      expect(run.stdout).toContain(
        'error root-credentials AWS STS GetCallerIdentity says the access key in `ROOT_AWS_ACCESS_KEY_ID` belongs to the account root user.',
      );
      expect(run.stdout).toContain(
        'warning invalid-access-key AWS rejects the access key pair of `QUOTA_AWS_ACCESS_KEY_ID` (InvalidClientTokenId)',
      );
      const unmasked = run.stdout.split('\n').filter((line) => !line.startsWith('::add-mask::'));
      for (const value of [rootKey.id, rootKey.secret, staleKey.id, staleKey.secret, '123456789012'])
        expect([value, unmasked.some((line) => line.includes(value))]).toEqual([value, false]);
      expect(run.summary).not.toContain(rootKey.secret);
    } finally {
      await sts.close();
    }
  });
});
