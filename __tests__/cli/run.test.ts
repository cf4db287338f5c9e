import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { rules } from '../../src/rules/index.js';
import { main } from '../../src/cli/run.js';
import { runCli } from '../helpers/cli.js';
import { withAbsoluteLinks } from '../../src/cli/rule-docs.js';
import { ruleDocsBaseUrl } from '../../src/rules/doc-links.js';
import { expectNoPlantedSecret, plantedSecrets } from '../helpers/secrets.js';

const run = runCli;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sch-cli-'));
  mkdirSync(join(dir, 'clean/.github/workflows'), { recursive: true });
  writeFileSync(
    join(dir, 'clean/.github/workflows/ok.yml'),
    'on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: echo ok\n',
  );
  writeFileSync(join(dir, 'bad-config.yml'), 'rules:\n  no-such-rule: off\n');
  // A repository of its own: .git, a config at its root, a workflow and an IaC folder.
  mkdirSync(join(dir, 'repo/.git'), { recursive: true });
  mkdirSync(join(dir, 'repo/.github/workflows'), { recursive: true });
  mkdirSync(join(dir, 'repo/infra'), { recursive: true });
  writeFileSync(join(dir, 'repo/.github/ses-credential-hygiene.yml'), 'rules:\n  long-lived-access-key: off\n');
  writeFileSync(
    join(dir, 'repo/.github/workflows/mail.yml'),
    'on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - uses: aws-actions/configure-aws-credentials@v4\n        with:\n          aws-access-key-id: ${{ secrets.ROOT_AWS_ACCESS_KEY_ID }}\n          aws-secret-access-key: ${{ secrets.ROOT_AWS_SECRET_ACCESS_KEY }}\n      - run: aws sesv2 send-email\n',
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('CLI', () => {
  it('prints findings grouped by file, with what to do, and exits 1 on errors', async () => {
    const { status, stdout } = await run(['examples']);
    expect(status).toBe(1);
    const lines = stdout.split('\n');
    const header = lines.indexOf('.github/workflows/release-notes.yml');
    expect(header).toBeGreaterThan(0);
    const finding = lines.findIndex((line) => line.startsWith('  19:25 error secret-key-as-smtp-password '));
    expect(finding).toBeGreaterThan(header);
    expect(lines.slice(finding + 1).find((line) => line.startsWith('    fix: '))).toBe(
      '    fix: Store the derived SMTP password as its own secret and use that.',
    );
    expect(lines.every((line) => line.length <= 120)).toBe(true);
    expect(stdout).toMatch(
      /34 finding\(s\): 21 error\(s\), 12 warning\(s\), 1 notice\(s\), 1 suppressed; 16 file\(s\) scanned\.\n$/,
    );
    expect(stdout).not.toContain('\u001b[');
  });

  it("shows on the README's first screen lines the CLI really prints for examples/", async () => {
    const readme = readFileSync('README.md', 'utf8');
    const block = /```console\n\$ node dist\/cli\.js examples\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    expect(block.split('\n').filter((line) => line !== '').length).toBeGreaterThanOrEqual(3);
    expect((await run(['examples'])).stdout).toContain(block);
  });

  it('keeps the one-line form for editors and grep as --format compact, and prints fingerprints on request', async () => {
    const { stdout } = await run(['examples', '--format', 'compact', '--show-fingerprints']);
    const line = stdout.split('\n').find((text) => text.includes('release-notes.yml:19:25'));
    expect(line).toMatch(
      /^\.github\/workflows\/release-notes\.yml:19:25 error secret-key-as-smtp-password .* \[[0-9a-f]{32}\]$/,
    );
    const json = JSON.parse((await run(['examples', '--format', 'json'])).stdout) as {
      findings: Array<{ fingerprint: string }>;
    };
    const grouped = (await run(['examples', '--show-fingerprints'])).stdout;
    for (const { fingerprint } of json.findings) expect(grouped).toContain(`    fingerprint: ${fingerprint}\n`);
    expect((await run(['examples'])).stdout).not.toContain('fingerprint');
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
    expect(format.stderr).toContain('--format must be one of text, compact, json, sarif, github, not "xml"');
    expect((await run(['--fail-on', 'sometimes'])).stderr).toContain(
      '--fail-on must be error, warning, notice or never',
    );
    expect((await run(['--bogus'])).status).toBe(2);
    expect((await run(['examples', 'no/such/thing'])).stderr).toBe(
      'ses-credential-hygiene: no/such/thing: no such folder or file\n',
    );
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
    const help = (await run(['--help'])).stdout;
    expect(help).toContain('Usage: ses-credential-hygiene [PATH ...]');
    for (const flag of ['-f, --format', '-c, --config', '-o, --output', '--list-rules', '--explain RULE'])
      expect(help).toContain(flag);
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

describe('CLI paths', () => {
  it("scans a single file as if in its repository, with that repository's config", async () => {
    const file = join(dir, 'repo/.github/workflows/mail.yml');
    const { status, stdout } = await run([file]);
    expect(status).toBe(1);
    const place = relative(process.cwd(), file).split('\\').join('/');
    expect(stdout).toContain(`${place}\n  8:34 error root-credentials `);
    // The repository's config turned long-lived-access-key off.
    expect(stdout).not.toContain('long-lived-access-key');
    expect(stdout).toMatch(/1 file\(s\) scanned\.\n$/);
  });

  it('scans several files and folders at once, each path from the working folder', async () => {
    const { stdout } = await run([
      'examples/.github/workflows/bootstrap.yml',
      'examples/deploy/k8s/mailer.yaml',
      join(dir, 'clean'),
    ]);
    expect(stdout).toContain('examples/.github/workflows/bootstrap.yml\n  13:34 error root-credentials ');
    expect(stdout).toContain('examples/deploy/k8s/mailer.yaml\n');
    expect(stdout).toContain('\n  36:24 error secret-key-as-smtp-password ');
    expect(stdout).toMatch(/3 file\(s\) scanned\.\n$/);
  });

  it('takes brace, class and negated globs', async () => {
    expect((await run(['examples', '--include', '{infra,deploy}/**'])).stdout).toMatch(/6 file\(s\) scanned/);
    expect((await run(['examples', '--include', '[d]eploy/**'])).stdout).toMatch(/1 file\(s\) scanned/);
    expect((await run(['examples', '--include', '!.github/**'])).stdout).toMatch(/10 file\(s\) scanned/);
  });

  it('warns of a glob that matches nothing and of a scan of no file, and fails on them under --strict', async () => {
    const plain = await run(['examples', '--include', 'nothing/**']);
    expect(plain.status).toBe(0);
    expect(plain.stderr).toContain('warning: --include nothing/** matches no file that could be scanned');
    expect(plain.stderr).toContain('warning: no file was scanned');
    expect((await run(['examples', '--include', 'nothing/**', '--strict'])).status).toBe(1);
    expect((await run(['examples', '--exclude', 'nothing/**'])).stderr).toContain(
      '--exclude nothing/** matches no file',
    );
  });

  it('writes --output into a folder that does not exist yet', async () => {
    const output = join(dir, 'reports/deep/out.json');
    expect((await run(['examples', '--format', 'json', '--output', output, '--fail-on', 'never'])).status).toBe(0);
    expect(JSON.parse(readFileSync(output, 'utf8')).findings).toHaveLength(34);
  });
});

describe('CLI messages and credentials typed by mistake', () => {
  const { keyId, secretKey } = plantedSecrets();

  it.each([
    [
      'a key as --format',
      ['--format', keyId],
      '--format must be one of text, compact, json, sarif, github, not "AKIA…"',
    ],
    [
      'a secret key as --fail-on',
      ['--fail-on', secretKey],
      '--fail-on must be error, warning, notice or never, not "Leak…"',
    ],
    ['a key as a flag', [`--${keyId}`], 'unknown flag --AKIA… (see --help)'],
    ['a secret key given to a switch', [`--strict=${secretKey}`], '--strict takes no value (got "Leak…")'],
    ['a key as --explain', ['--explain', keyId], 'unknown rule AKIA… (see --list-rules)'],
    ['a key as a path', ['examples', keyId], 'AKIA…: no such folder or file'],
  ])('%s: says what was wrong, with the credential redacted', async (_, args, message) => {
    const { status, stderr } = await run(args);
    expect(status).toBe(2);
    expect(stderr).toBe(`ses-credential-hygiene: ${message}\n`);
  });

  it('redacts a key given as a glob in the warning that it matches nothing', async () => {
    const { stderr } = await run(['examples', '--include', `${keyId}/**`, '--exclude', secretKey]);
    expect(stderr).toContain('warning: --include AKIA…/** matches no file that could be scanned');
    expect(stderr).toContain('warning: --exclude Leak… matches no file that could be scanned');
    expectNoPlantedSecret('standard error', stderr);
  });

  it('redacts a key in the path of a baseline or a config file', async () => {
    for (const flag of ['--baseline', '--config', '--write-baseline'])
      expectNoPlantedSecret(flag, (await run([join(dir, 'clean'), flag, join(dir, `${keyId}-${secretKey}`)])).stderr);
  });
});

describe('CLI messages that quote the checkout', () => {
  it("prints a checkout config's problems without control characters or a line of their own", async () => {
    const root = join(dir, 'hostile-config');
    mkdirSync(join(root, '.github/workflows'), { recursive: true });
    writeFileSync(join(root, '.github/workflows/ok.yml'), 'on: push\njobs: {}\n');
    // A rule id that sets the terminal's title, then starts a line the runner would read as a command.
    writeFileSync(
      join(root, '.github/ses-credential-hygiene.yml'),
      'rules:\n  "bad\\e]0;pwned\\a\\n::error::forged\\rrule": off\n',
    );
    const { status, stderr } = await run([root]);
    expect(status).toBe(2);
    expect(stderr).toContain('unknown rule id `bad?]0;pwned? ::error::forged?rule`');
    expect(stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(stderr).not.toMatch(/^\s*::/m);
  });
});

describe('CLI flags', () => {
  it.each([
    [['--formt', 'json'], 'unknown flag --formt; did you mean --format? (see --help)'],
    [['--fail-of', 'never'], 'unknown flag --fail-of; did you mean --fail-on? (see --help)'],
    [['--zzzzzz'], 'unknown flag --zzzzzz (see --help)'],
    [['--format'], '--format needs a value'],
    [['--output', '--strict'], '--output needs a value'],
    [['--strict=yes'], '--strict takes no value (got "yes")'],
    [
      ['--explain', 'root-credential'],
      'unknown rule root-credential; did you mean root-credentials? (see --list-rules)',
    ],
  ])('%j is one line of our own words, exit 2', async (args, message) => {
    const { status, stdout, stderr } = await run(args);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(`ses-credential-hygiene: ${message}\n`);
  });

  it('lists the rules: id, default severity and title, one a line', async () => {
    const { status, stdout } = await run(['--list-rules']);
    expect(status).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(rules.length);
    expect(lines[0]).toMatch(/^root-credentials +error +Root user credentials in automation$/);
  });

  it('explains a rule with its documentation page', async () => {
    const { status, stdout } = await run(['--explain', 'secret-key-as-smtp-password']);
    expect(status).toBe(0);
    const base = ruleDocsBaseUrl(process.env);
    expect(stdout).toBe(withAbsoluteLinks(readFileSync('docs/rules/secret-key-as-smtp-password.md', 'utf8'), base));
    // The page's relative links lead somewhere from a terminal: to the published documentation.
    expect(stdout).toContain(`(${base.replace(/rules\/$/, '')}judgement.md)`);
    expect(stdout).not.toContain('](../');
  });

  it('honours NO_COLOR and FORCE_COLOR', async () => {
    const withEnv = async (env: Record<string, string>, isTty: boolean) => {
      let stdout = '';
      await main(['examples'], { stdout: (t) => (stdout += t), stderr: () => {}, isTty, env });
      return stdout;
    };
    expect(await withEnv({ NO_COLOR: '1' }, true)).not.toContain('\u001b[');
    expect(await withEnv({ FORCE_COLOR: '1' }, false)).toContain('\u001b[31merror\u001b[0m');
    expect(await withEnv({ FORCE_COLOR: '0' }, false)).not.toContain('\u001b[');
  });
});
