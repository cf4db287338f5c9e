import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  chmodSync,
  constants,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runBundle } from './bundle.js';
import { runnerCommands } from './runner-commands.js';

/** Issue 12, attacks 1, 2, 6 and 8, run against the bundle the way the runner runs it. */
const key = `AKIA${'HOSTILE2'}${'Q2R3S4T5'}`;
/** The key's secret beside it: a working key pair, an error (a key ID alone is a warning). */
const secret = `Hs7/uQ8zR1p+Wd5sLx0N${'bTy7EhGc2Vm9KaJo4Ri6'}`;
let scratch: string;
beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'sch-attacks-'));
});
afterAll(() => {
  execFileSync('rm', ['-rf', scratch]);
});

function workspace(name: string): string {
  const path = join(scratch, name);
  mkdirSync(path);
  return path;
}

/** Where the SARIF file places the hard-coded keys (an .env with a key ID alone also gets an incomplete-pair finding). */
function sarifPaths(path: string): string[] {
  const sarif = JSON.parse(readFileSync(path, 'utf8'));
  return sarif.runs[0].results
    .filter((r: { ruleId: string }) => r.ruleId === 'hardcoded-access-key')
    .map((r: { locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }) =>
      decodeURIComponent(r.locations[0]?.physicalLocation.artifactLocation.uri ?? ''),
    );
}

const dangerous = new Set([
  'set-output',
  'set-env',
  'add-path',
  'add-mask',
  'add-matcher',
  'remove-matcher',
  'save-state',
]);

describe('attack 1: runner commands from file names and YAML keys', () => {
  it('no name or key becomes a command; the final error still fails the step', async () => {
    const root = workspace('commands');
    const folders = [
      'a/##[set-output name=pwned;]x',
      '##[add-mask]masked',
      '##[notice title=forged]No findings',
      '##[stop-commands]stopped',
      '##[add-matcher]matcher.json',
      '::warning file=forged.yml::forged',
    ];
    for (const folder of folders) {
      mkdirSync(join(root, folder), { recursive: true });
      writeFileSync(join(root, folder, '.env'), `AWS_ACCESS_KEY_ID=${key}\nAWS_SECRET_ACCESS_KEY=${secret}\n`);
    }
    mkdirSync(join(root, '.github/workflows'), { recursive: true });
    writeFileSync(
      join(root, '.github/workflows/ci.yml'),
      `on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: echo\n        env:\n          "AWS_ACCESS_KEY_ID ##[add-mask]zzz": ${key}\n          "::set-output name=k::AWS_SECRET_ACCESS_KEY": \${{ secrets.X }}\n`,
    );
    const run = await runBundle({ workspace: root, inputs: { 'sarif-file': join(scratch, 'commands.sarif') } });
    const commands = runnerCommands(run.stdout);
    expect(commands.filter((c) => dangerous.has(c.command.toLowerCase()))).toEqual([]);
    const files = new Set(sarifPaths(join(scratch, 'commands.sarif')));
    for (const command of commands.filter((c) => ['error', 'warning', 'notice'].includes(c.command)))
      expect([command.line, command.properties.file === undefined || files.has(command.properties.file)]).toEqual([
        command.line,
        true,
      ]);
    // Only a file's group title may name it (the log groups findings by file), and there it starts no command.
    expect(commands.filter((c) => c.command !== 'group' && /No findings/.test(c.data))).toEqual([]);
    for (const group of commands.filter((c) => c.command === 'group')) expect(runnerCommands(group.data)).toEqual([]);
    // The failure reason is the step's first error, printed before any name from the checkout…
    const firstError = commands.find((c) => c.command === 'error');
    expect(firstError).toMatchObject({ data: expect.stringMatching(/^ses-credential-hygiene: /), properties: {} });
    expect(run.stdout.split('\n').findIndex((line) => line === firstError?.line)).toBeLessThan(
      run.stdout.split('\n').findIndex((line) => line.includes('##\\[')),
    );
    // …and after the text report the runner still reads the action's own commands: no name stopped them.
    expect(commands.at(-1)).toMatchObject({ command: 'endgroup' });
    expect(run.outputs.pwned).toBeUndefined();
    expect(run.status).toBe(1);
  });
});

describe('attack 2: writes and reads through links', () => {
  it('a SARIF file that is a link to a file outside is refused, its target untouched; the rest is written', async () => {
    const root = workspace('sarif-link');
    writeFileSync(join(root, '.env'), `AWS_ACCESS_KEY_ID=${key}\n`);
    const victim = join(scratch, 'victim.sh');
    writeFileSync(victim, '#!/bin/sh\necho untouched\n');
    chmodSync(victim, 0o755);
    symlinkSync(victim, join(root, 'ses-credential-hygiene.sarif'));
    mkdirSync(join(scratch, 'elsewhere'));
    symlinkSync(join(scratch, 'elsewhere'), join(root, 'reports'));
    const run = await runBundle({ workspace: root });
    expect(readFileSync(victim, 'utf8')).toBe('#!/bin/sh\necho untouched\n');
    expect(statSync(victim).mode & 0o777).toBe(0o755);
    expect(run.stdout).toMatch(/::error::ses-credential-hygiene: could not write the SARIF file: .*symbolic link/);
    expect(Number(run.outputs.findings)).toBeGreaterThan(0);
    expect(run.summary).toContain('SES credential hygiene');
    expect(run.status).toBe(1);

    const linkedFolder = await runBundle({ workspace: root, inputs: { 'sarif-file': 'reports/out.sarif' } });
    expect(existsSync(join(scratch, 'elsewhere/out.sarif'))).toBe(false);
    expect(linkedFolder.stdout).toMatch(/could not write the SARIF file: .*reports is a symbolic link/);
  });

  it('a config file that is a link to /dev/zero is refused at once', async () => {
    const root = workspace('config-link');
    mkdirSync(join(root, '.github'));
    symlinkSync('/dev/zero', join(root, '.github/ses-credential-hygiene.yml'));
    const run = await runBundle({ workspace: root });
    expect(run.stdout).toMatch(/::error::ses-credential-hygiene: .*symbolic link, not followed/);
    expect(run.status).toBe(1);
  });
});

describe('attack 6: paths the walker could not open', () => {
  it('reads a file below a path over 4 096 bytes and one whose name is not UTF-8', async () => {
    const root = workspace('paths');
    const long = Array.from({ length: 20 }, (_, i) => `${String(i).padStart(2, '0')}${'p'.repeat(248)}`);
    let parent = root;
    for (const name of long) {
      const fd = openSync(parent, constants.O_RDONLY | constants.O_DIRECTORY);
      parent = `/proc/self/fd/${fd}/${name}`;
      mkdirSync(parent);
    }
    writeFileSync(`${parent}/.env`, `AWS_ACCESS_KEY_ID=${key}\n`);
    writeFileSync(
      Buffer.concat([Buffer.from(`${root}/.env.`), Buffer.from([0xff, 0xfe])]),
      `AWS_ACCESS_KEY_ID=${key}\n`,
    );
    const sarif = join(scratch, 'paths.sarif');
    const run = await runBundle({ workspace: root, inputs: { 'sarif-file': sarif, strict: 'true' } });
    expect(sarifPaths(sarif).sort()).toEqual([`${long.join('/')}/.env`, '.env.\\xff\\xfe'].sort());
    expect(run.stdout).not.toMatch(/could not be fully read/);
  });
});

describe('attack 8: a failed summary write', () => {
  it('does not stop SARIF and the outputs; the step fails and says why', async () => {
    const root = workspace('summary');
    writeFileSync(join(root, '.env'), `AWS_ACCESS_KEY_ID=${key}\n`);
    const sarif = join(scratch, 'summary.sarif');
    const run = await runBundle({
      workspace: root,
      inputs: { 'sarif-file': sarif, 'fail-on': 'never' },
      summaryPath: join(scratch, 'summary-is-a-folder'),
      env: {},
    });
    expect(sarifPaths(sarif)).toEqual(['.env']);
    expect(run.outputs).toMatchObject({ findings: expect.stringMatching(/^[1-9]/), 'sarif-file': sarif });
    expect(run.stdout).toMatch(/::error::ses-credential-hygiene: could not write the job summary/);
    expect(run.status).toBe(1);
  });
});

beforeAll(() => {
  mkdirSync(join(scratch, 'summary-is-a-folder'), { recursive: true });
});
