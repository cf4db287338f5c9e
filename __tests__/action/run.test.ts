import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import * as core from '../helpers/core.js';

jest.unstable_mockModule('@actions/core', () => core);
const { run } = await import('../../src/action/run.js');
const { main } = await import('../../src/cli/run.js');

const workspace = resolve('.');
let dir: string;
let stdout: string[];
const savedEnv = { ...process.env };

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sch-action-'));
  mkdirSync(join(dir, 'broken/.github/workflows'), { recursive: true });
  writeFileSync(
    join(dir, 'broken/.github/workflows/bad.yml'),
    'on: push\njobs:\n  a:\n    env:\n      AWS_SECRET_ACCESS_KEY: ${{ secrets.AWS_SECRET_ACCESS_KEY }}\n    steps: [\n',
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

beforeEach(() => {
  stdout = core.captureStdout();
  process.env = { PATH: savedEnv.PATH, GITHUB_WORKSPACE: workspace, GITHUB_STEP_SUMMARY: join(dir, 'summary.md') };
  writeFileSync(join(dir, 'summary.md'), '');
});
afterEach(() => {
  jest.restoreAllMocks();
  process.env = { ...savedEnv };
});

async function runWith(inputs: Record<string, string>) {
  const sarifFile = join(
    dir,
    `${Object.values(inputs)
      .join('-')
      .replace(/[^a-z0-9-]/gi, '_')}.sarif`,
  );
  core.useInputs({ 'sarif-file': sarifFile, ...inputs });
  await run();
  const outputs = Object.fromEntries(core.setOutput.mock.calls.map(([name, value]) => [name, value]));
  const annotations = stdout
    .join('')
    .split('\n')
    .filter((line) => /^::(error|warning|notice) /.test(line));
  return { sarifFile, outputs, annotations, failed: core.setFailed.mock.calls.map(([message]) => message) };
}

describe('run()', () => {
  it('annotates, summarises, writes SARIF and outputs, and fails once with the counts', async () => {
    const { sarifFile, outputs, annotations, failed } = await runWith({ path: 'examples' });
    expect(failed).toEqual([
      'ses-credential-hygiene: 34 finding(s), 21 error(s) and 12 warning(s); failing on error or worse.',
    ]);
    expect(outputs).toEqual({
      findings: 34,
      errors: 21,
      warnings: 12,
      notices: 1,
      suppressed: 1,
      verdict: 'fail',
      'sarif-file': sarifFile,
      'json-file': sarifFile.replace(/\.sarif$/, '.json'),
    });
    expect(JSON.parse(readFileSync(sarifFile.replace(/\.sarif$/, '.json'), 'utf8')).findings).toHaveLength(34);
    expect(annotations[0]).toMatch(
      /^::error file=examples\/\.github\/workflows\/bootstrap\.yml,line=13,endLine=13,col=34,endColumn=64,title=root-credentials /,
    );
    expect(annotations.at(-1)).toMatch(/^::notice .*more finding\(s\) are not annotated/);
    // The reason comes before every annotation and keeps one of GitHub's 10 error slots.
    const firstWrite = (process.stdout.write as unknown as jest.Mock).mock.invocationCallOrder[0] ?? 0;
    expect(core.setFailed.mock.invocationCallOrder[0]).toBeLessThan(firstWrite);
    expect(annotations.filter((line) => line.startsWith('::error'))).toHaveLength(9);
    const summary = readFileSync(join(dir, 'summary.md'), 'utf8');
    expect(summary).toContain('<code>examples/.github/workflows/release-notes.yml:19:25</code>');
    expect(summary).toContain('❌ **Failed:** 21 errors.');
    const results = JSON.parse(readFileSync(sarifFile, 'utf8')).runs[0].results;
    expect(results).toHaveLength(35);
    expect(results[0].locations[0].physicalLocation.artifactLocation.uri).toBe(
      'examples/.github/workflows/bootstrap.yml',
    );
  });

  it('passes with fail-on never, and writes no annotation with annotations off', async () => {
    const { outputs, annotations, failed } = await runWith({
      path: 'examples',
      'fail-on': 'never',
      annotations: 'false',
    });
    expect(failed).toEqual([]);
    expect(annotations).toEqual([]);
    expect(outputs.findings).toBe(34);
    expect(readFileSync(join(dir, 'summary.md'), 'utf8')).toContain('34 findings have no annotation');
  });

  it.each([
    [{ 'fail-on': 'loudly' }, 'input fail-on must be error, warning, notice or never, not "loudly"'],
    [{ scope: 'diff' }, 'input scope must be auto, changed or all, not "diff"'],
    [{ strict: 'very' }, 'input strict must be true or false, not "very"'],
    [{ config: 'no/such/config.yml' }, 'cannot read the file (ENOENT)'],
    [{ baseline: 'no/such/baseline.json' }, 'cannot read the baseline'],
  ])('fails before scanning on a bad input: %o', async (bad, message) => {
    const { sarifFile, outputs, failed } = await runWith({ path: 'examples', ...bad });
    expect(failed).toHaveLength(1);
    expect(failed[0]).toContain(`ses-credential-hygiene: `);
    expect(failed[0]).toContain(message);
    expect(outputs).toEqual({});
    expect(existsSync(sarifFile)).toBe(false);
  });

  it('reports baseline findings as suppressed, never failing; findings not in it still fail', async () => {
    const baseline = join(dir, 'baseline.json');
    expect(
      await main(['examples', '--write-baseline', baseline], { stdout: () => {}, stderr: () => {}, isTty: false }),
    ).toBe(0);
    const accepted = await runWith({ path: 'examples', baseline });
    expect(accepted.failed).toEqual([]);
    expect(accepted.outputs).toMatchObject({ findings: 0, errors: 0, warnings: 0 });
    expect(accepted.annotations).toEqual([]);
    const results = JSON.parse(readFileSync(accepted.sarifFile, 'utf8')).runs[0].results;
    expect(
      results.filter((r: { suppressions?: Array<{ justification?: string }> }) =>
        r.suppressions?.some((s) => s.justification === 'in the baseline'),
      ),
    ).toHaveLength(34);

    const file = JSON.parse(readFileSync(baseline, 'utf8'));
    const partial = join(dir, 'partial.json');
    writeFileSync(
      partial,
      JSON.stringify({
        ...file,
        fingerprints: file.fingerprints.filter((f: { ruleId: string }) => f.ruleId !== 'smtp-region-mismatch'),
      }),
    );
    const left = await runWith({ path: 'examples', baseline: partial });
    expect(left.outputs).toMatchObject({ findings: 1, errors: 1 });
    expect(left.failed).toEqual([
      'ses-credential-hygiene: 1 finding(s), 1 error(s) and 0 warning(s); failing on error or worse.',
    ]);
  });

  it('fails on unreadable files only when strict', async () => {
    const broken = join(dir, 'broken');
    expect((await runWith({ path: broken, 'fail-on': 'never' })).failed).toEqual([]);
    expect((await runWith({ path: broken, 'fail-on': 'never', strict: 'true' })).failed).toEqual([
      'ses-credential-hygiene: 1 file(s) could not be fully read (--strict)',
    ]);
  });

  it('with check-values, masks every credential value before the scan and reports what the values are', async () => {
    process.env.AWS_SECRET_ACCESS_KEY = 'some+secret+key';
    process.env.SES_SMTP_PASSWORD = 'BH+jbMzper5WwlwUar9E1ySBqHa9whi0GPo+sJ0mVYJj'; // us-west-1's
    const { annotations } = await runWith({ path: 'examples', 'check-values': 'true', 'fail-on': 'never' });
    expect(core.setSecret.mock.calls.map(([value]) => value).sort()).toEqual(
      ['some+secret+key', 'BH+jbMzper5WwlwUar9E1ySBqHa9whi0GPo+sJ0mVYJj'].sort(),
    );
    expect(
      core.setSecret.mock.invocationCallOrder.every((order) => order < core.info.mock.invocationCallOrder[0]!),
    ).toBe(true);
    // One annotation per rule first: the value finding is the rule's first, and carries no value.
    const regions = annotations.filter((line) => line.includes('title=smtp-region-mismatch'));
    expect(regions).toHaveLength(1);
    expect(regions[0]).not.toContain('BH+jbMzper5WwlwUar9E1ySBqHa9whi0GPo+sJ0mVYJj');
    // The text report goes to the log through the writer that stops runner commands around it.
    const text = stdout.join('');
    expect(text).toContain(
      'examples/.github/workflows/good-practice.yml:23:72 error smtp-region-mismatch The value of `SES_SMTP_PASSWORD` is the SMTP password of `AWS_SECRET_ACCESS_KEY` for us-west-1',
    );
    expect(text).not.toContain('some+secret+key');
  });

  it('in pull-request mode, annotates only findings in changed files and marks the rest in SARIF', async () => {
    const { startFakeGitHub } = await import('../helpers/github-server.js');
    const github = await startFakeGitHub({ 12: ['examples/.github/workflows/bootstrap.yml', 'README.md'] });
    try {
      const event = join(dir, 'event.json');
      writeFileSync(event, JSON.stringify({ pull_request: { number: 12 } }));
      Object.assign(process.env, {
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_EVENT_PATH: event,
        GITHUB_REPOSITORY: 'octo/repo',
        GITHUB_API_URL: github.url,
      });
      const { sarifFile, annotations, outputs, failed } = await runWith({ path: 'examples', 'github-token': 't' });
      const files = new Set(
        annotations.filter((line) => line.includes(' file=')).map((line) => /file=([^,]+)/.exec(line)?.[1]),
      );
      expect([...files]).toEqual(['examples/.github/workflows/bootstrap.yml']);
      // Still counted: outside the diff is not suppressed.
      expect(outputs.findings).toBe(34);
      expect(failed).toHaveLength(1);
      const results = JSON.parse(readFileSync(sarifFile, 'utf8')).runs[0].results;
      const outside = results.filter((r: { properties?: { outsideDiff?: boolean } }) => r.properties?.outsideDiff);
      expect(outside.length).toBeGreaterThan(0);
      expect(
        outside.every(
          (r: { locations?: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }) =>
            r.locations?.[0]?.physicalLocation.artifactLocation.uri !== 'examples/.github/workflows/bootstrap.yml',
        ),
      ).toBe(true);
    } finally {
      await github.close();
    }
  });

  it('with fail-on-scope changed, passes a pull request that changes no file with findings, and says why', async () => {
    const { startFakeGitHub } = await import('../helpers/github-server.js');
    const github = await startFakeGitHub({ 14: ['README.md'] });
    try {
      const event = join(dir, 'event-14.json');
      writeFileSync(event, JSON.stringify({ pull_request: { number: 14 } }));
      Object.assign(process.env, {
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_EVENT_PATH: event,
        GITHUB_REPOSITORY: 'octo/repo',
        GITHUB_API_URL: github.url,
        GITHUB_SERVER_URL: 'https://github.com',
        GITHUB_SHA: 'feedface',
      });
      const scoped = await runWith({ path: 'examples', 'github-token': 't', 'fail-on-scope': 'changed' });
      expect(scoped.failed).toEqual([]);
      expect(scoped.outputs.findings).toBe(34);
      const summary = readFileSync(join(dir, 'summary.md'), 'utf8');
      expect(summary).toContain(
        '✅ **Passed:** nothing at error or worse in files this pull request changes; 21 errors in other files are listed below and do not fail the step.',
      );
      expect(summary).toContain(
        '(https://github.com/octo/repo/blob/feedface/examples/.github/workflows/release-notes.yml#L19)',
      );
      const all = await runWith({ path: 'examples', 'github-token': 't' });
      expect(all.failed).toEqual([
        'ses-credential-hygiene: 34 finding(s), 21 error(s) and 12 warning(s); failing on error or worse.',
      ]);
    } finally {
      await github.close();
    }
  });

  it('creates GITHUB_OUTPUT when it names a file that does not exist yet (run outside a runner)', async () => {
    const outputFile = join(dir, 'outputs/new.txt');
    process.env.GITHUB_OUTPUT = outputFile;
    const { failed } = await runWith({ path: 'examples', 'fail-on': 'never' });
    expect(failed).toEqual([]);
    expect(readFileSync(outputFile, 'utf8')).toBe('');
  });

  it('refuses a GITHUB_OUTPUT that is a link, and still writes every other output', async () => {
    const target = join(dir, 'elsewhere.txt');
    writeFileSync(target, 'untouched');
    process.env.GITHUB_OUTPUT = join(dir, 'linked-output.txt');
    symlinkSync(target, process.env.GITHUB_OUTPUT);
    const { sarifFile, failed } = await runWith({ path: 'examples', 'fail-on': 'never' });
    expect(failed).toEqual([
      expect.stringMatching(/^ses-credential-hygiene: could not write the step outputs: .*symbolic link/),
    ]);
    expect(readFileSync(target, 'utf8')).toBe('untouched');
    expect(existsSync(sarifFile)).toBe(true);
  });

  it('writes the SARIF file into a folder that does not exist yet', async () => {
    const sarifFile = join(dir, 'out/nested/x.sarif');
    const { failed } = await runWith({ path: 'examples', 'fail-on': 'never', 'sarif-file': sarifFile });
    expect(failed).toEqual([]);
    expect(JSON.parse(readFileSync(sarifFile, 'utf8')).version).toBe('2.1.0');
  });

  it('warns of an include that matches nothing and of a scan of no file, and fails on them when strict', async () => {
    const loose = await runWith({ path: 'examples', include: 'nothing/**' });
    expect(loose.failed).toEqual([]);
    expect(core.warning.mock.calls.map(([message]) => message)).toEqual([
      'ses-credential-hygiene: input include nothing/** matches no file that could be scanned',
      'ses-credential-hygiene: no file was scanned: path holds no workflow, action or IaC file',
    ]);
    const strict = await runWith({ path: 'examples', include: 'nothing/**', strict: 'true' });
    expect(strict.failed).toEqual(['ses-credential-hygiene: 2 warning(s), and strict is on']);
  });
});
