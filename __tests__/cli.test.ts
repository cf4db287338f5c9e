import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main, type CliIo } from '../src/cli.js';

async function run(args: string[], isTty = false) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), isTty };
  const status = await main(args, io);
  return { status, stdout, stderr };
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sch-cli-'));
  mkdirSync(join(dir, 'clean/.github/workflows'), { recursive: true });
  writeFileSync(
    join(dir, 'clean/.github/workflows/ok.yml'),
    'on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: echo ok\n',
  );
  writeFileSync(join(dir, 'bad-config.yml'), 'rules:\n  no-such-rule: off\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('CLI', () => {
  it('prints file:line:col severity rule-id message and exits 1 on errors', async () => {
    const { status, stdout } = await run(['examples']);
    expect(status).toBe(1);
    expect(stdout).toContain('.github/workflows/release-notes.yml:19:25 error secret-key-as-smtp-password ');
    expect(stdout).toMatch(
      /34 finding\(s\): 21 error\(s\), 12 warning\(s\), 1 notice\(s\), 1 suppressed; 16 file\(s\) scanned\.\n$/,
    );
    expect(stdout).not.toContain('\u001b[');
  });

  it('colours a terminal unless told not to', async () => {
    expect((await run(['examples'], true)).stdout).toContain('\u001b[31merror\u001b[0m');
    expect((await run(['examples', '--no-color'], true)).stdout).not.toContain('\u001b[');
  });

  it('exits 0 when nothing reaches --fail-on, and on a clean tree', async () => {
    expect((await run(['examples', '--fail-on', 'never'])).status).toBe(0);
    const clean = await run([join(dir, 'clean'), '--fail-on', 'notice']);
    expect(clean.status).toBe(0);
    expect(clean.stdout).toContain('0 finding(s)');
  });

  it('writes JSON, SARIF and workflow commands', async () => {
    const json = JSON.parse((await run(['examples', '--format', 'json'])).stdout);
    expect(json.version).toBe(1);
    expect(json.findings).toHaveLength(34);
    const sarif = JSON.parse((await run(['examples', '--format', 'sarif'])).stdout);
    expect(sarif.version).toBe('2.1.0');
    const github = (await run(['examples', '--format', 'github'])).stdout.split('\n').filter(Boolean);
    expect(github[0]).toMatch(/^::error file=\.github\/workflows\/bootstrap\.yml,line=13,.*title=root-credentials /);
    const out = join(dir, 'out.json');
    expect((await run(['examples', '--format', 'json', '--output', out])).stdout).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8')).version).toBe(1);
  });

  it('reads --include, --exclude and --config', async () => {
    const only = JSON.parse(
      (await run(['examples', '--format', 'json', '--include', '.github/workflows/bootstrap.yml'])).stdout,
    );
    expect(new Set(only.findings.map((f: { file: string }) => f.file))).toEqual(
      new Set(['.github/workflows/bootstrap.yml']),
    );
    const without = JSON.parse((await run(['examples', '--format', 'json', '--exclude', '.github/workflows/'])).stdout);
    const files = without.findings.map((f: { file: string }) => f.file);
    expect(files.length).toBeGreaterThan(0);
    expect(files.filter((file: string) => file.startsWith('.github/workflows/'))).toEqual([]);
  });

  it('exits 2 with a clear message on bad usage and bad config', async () => {
    const format = await run(['examples', '--format', 'xml']);
    expect(format.status).toBe(2);
    expect(format.stderr).toContain('--format must be one of text, json, sarif, github, not "xml"');
    expect((await run(['--fail-on', 'sometimes'])).stderr).toContain(
      '--fail-on must be error, warning, notice or never',
    );
    expect((await run(['--bogus'])).status).toBe(2);
    expect((await run(['a', 'b'])).stderr).toContain('expected at most one PATH');
    const config = await run(['examples', '--config', join(dir, 'bad-config.yml')]);
    expect(config.status).toBe(2);
    expect(config.stderr).toContain('unknown rule id `no-such-rule`');
    const missing = await run(['examples', '--config', join(dir, 'missing.yml')]);
    expect(missing.stderr).toMatch(/cannot read the file \(ENOENT\)/);
    const nowhere = await run([join(dir, 'nowhere')]);
    expect(nowhere.status).toBe(2);
    expect(nowhere.stderr).toContain('no such folder');
  });

  it('prints help and version', async () => {
    expect((await run(['--help'])).stdout).toContain('Usage: ses-credential-hygiene [PATH]');
    expect((await run(['--version'])).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});

describe('CLI baseline', () => {
  it('writes a baseline, then reports those findings as suppressed and exits 0; new findings still fail', async () => {
    const baseline = join(dir, 'baseline.json');
    const written = await run(['examples', '--write-baseline', baseline]);
    expect(written.status).toBe(0);
    expect(written.stderr).toContain('wrote 34 finding(s) to the baseline');
    const file = JSON.parse(readFileSync(baseline, 'utf8'));
    expect(file.version).toBe(1);
    expect(file.fingerprints).toHaveLength(34);
    const adopted = await run(['examples', '--baseline', baseline, '--format', 'json']);
    expect(adopted.status).toBe(0);
    const report = JSON.parse(adopted.stdout);
    expect(report.findings).toEqual([]);
    expect(report.suppressed.filter((s: { reason: string }) => s.reason === 'baseline')).toHaveLength(34);
    // Drop one entry: that finding is new again and fails the run.
    writeFileSync(
      baseline,
      JSON.stringify({
        version: 1,
        fingerprints: file.fingerprints.filter((f: { ruleId: string }) => f.ruleId !== 'smtp-region-mismatch'),
      }),
    );
    const partial = await run(['examples', '--baseline', baseline, '--format', 'json']);
    expect(partial.status).toBe(1);
    expect(JSON.parse(partial.stdout).findings.map((f: { ruleId: string }) => f.ruleId)).toEqual([
      'smtp-region-mismatch',
    ]);
  });

  it('refuses a file that is not a baseline, with exit 2', async () => {
    const bogus = join(dir, 'bogus.json');
    writeFileSync(bogus, '{"findings": []}');
    const result = await run(['examples', '--baseline', bogus]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('is not a version-1 baseline');
  });
});
