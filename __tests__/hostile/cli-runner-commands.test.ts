import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/cli.js';
import { runnerCommands } from './runner-commands.js';

/**
 * The CLI runs in CI too (pre-commit in a workflow, a `run:` step): the runner reads its standard output and
 * standard error for commands as it reads the action's. No name or line from the checkout may become one, in
 * any format but `github` (whose commands are the point, built with escaped properties).
 */
const key = `AKIA${'RUNNERCM'}${'Q2R3S4T5'}`;
const secret = `Rc7/uQ8zR1p+Wd5sLx0N${'bTy7EhGc2Vm9KaJo4Ri6'}`;

const run = runCli;

let root: string;
beforeAll(() => {
  root = join(mkdtempSync(join(tmpdir(), 'sch-cli-commands-')), 'repo');
  cpSync('examples', root, { recursive: true });
  for (const folder of ['::warning file=forged.yml::forged', '##[add-mask]masked', 'a/##[set-output name=pwned;]x']) {
    mkdirSync(join(root, folder), { recursive: true });
    writeFileSync(join(root, folder, '.env'), `AWS_ACCESS_KEY_ID=${key}\nAWS_SECRET_ACCESS_KEY=${secret}\n`);
  }
  // A line beside a fix, which --dry-run quotes as context.
  const digest = join(root, '.github/workflows/digest.yml');
  writeFileSync(
    digest,
    readFileSync(digest, 'utf8').replace(
      '  archive:\n',
      '      - run: |\n          ::set-output name=verdict::pass ##[add-mask]x\n  archive:\n',
    ),
  );
});
afterAll(() => rmSync(join(root, '..'), { recursive: true, force: true }));

describe('the CLI in a runner', () => {
  it.each(['text', 'compact', 'json', 'sarif'])(
    '--format %s: no command on standard output or error',
    async (format) => {
      const { stdout, stderr } = await run([root, '--format', format, '--exclude', '##[add-mask]nothing/**']);
      // The hostile folders were scanned (so the check means something).
      expect(stdout).toContain('forged.yml');
      expect(stderr).toContain('add-mask');
      expect(runnerCommands(stdout)).toEqual([]);
      expect(runnerCommands(stderr)).toEqual([]);
      // JSON keeps the names as they are once parsed.
      if (format === 'json') expect(JSON.stringify(JSON.parse(stdout))).toContain('##[add-mask]masked');
      if (format === 'sarif') expect(JSON.parse(stdout)).toHaveProperty('runs');
    },
  );

  it('--fix --dry-run: no command in the diff or the lines about it', async () => {
    const { stdout, stderr } = await run([root, '--fix', '--dry-run']);
    expect(stdout).toContain('add-mask');
    expect(runnerCommands(stdout)).toEqual([]);
    expect(runnerCommands(stderr)).toEqual([]);
  });
});
