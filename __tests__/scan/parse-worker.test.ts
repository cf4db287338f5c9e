import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { readAndParseAll, threadChoiceFrom } from '../../src/scan/parse-worker.js';
import { readAndParse, type ParsedFile } from '../../src/scan/parse-files.js';
import { walk } from '../../src/discovery/walk.js';
import { adapterFor } from '../../src/formats/index.js';
import { defaultConfig } from '../../src/config/config.js';
import { fake } from '../helpers/scan.js';
import { runBundle } from '../hostile/bundle.js';

/** The worker runs only from the bundle (it starts dist/cli.js), so it is tested through the bundle. */
const cli = resolve('dist/cli.js');
let scratch: string;
beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'sch-parse-worker-'));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function scanWith(threads: string, root: string, format = 'json') {
  const run = spawnSync(process.execPath, [cli, root, '--format', format, '--fail-on', 'never'], {
    encoding: 'utf8',
    env: { ...process.env, SES_CREDENTIAL_HYGIENE_THREADS: threads, SES_CREDENTIAL_HYGIENE_TIMINGS: '1' },
  });
  const timings = JSON.parse(run.stderr.split('\n').find((line) => line.startsWith('{')) ?? '{}') as Record<
    string,
    number
  >;
  return { status: run.status, stdout: run.stdout, stages: Object.keys(timings) };
}

describe('the parse worker', () => {
  it('takes its choice from SES_CREDENTIAL_HYGIENE_THREADS, auto unless always or never', () => {
    expect(['always', 'never', 'auto', undefined, '1', 'ALWAYS'].map(threadChoiceFrom)).toEqual([
      'always',
      'never',
      'auto',
      'auto',
      'auto',
      'auto',
    ]);
  });

  it('gives the same report of examples/ as one thread, and really ran (its stages are timed)', () => {
    const one = scanWith('never', 'examples');
    const two = scanWith('always', 'examples');
    expect(two.stdout).toBe(one.stdout);
    expect(JSON.parse(two.stdout).findings.length).toBeGreaterThan(10);
    expect(two.stages).toEqual(expect.arrayContaining(['parse wait', 'worker yaml parse']));
    expect(one.stages).not.toContain('parse wait');
  });

  it('gives the same report of every fixture and real-world case in __tests__/ as one thread', () => {
    // The config's name rows cross as copies: the built-in rows must still be known as built-in there
    // (`MYSQL_ROOT_PASSWORD` is not the AWS root user's password on either thread).
    const one = scanWith('never', '__tests__');
    const two = scanWith('always', '__tests__');
    expect(two.stages).toContain('worker yaml parse');
    expect(JSON.parse(two.stdout)).toEqual(JSON.parse(one.stdout));
    expect(two.stdout).toBe(one.stdout);
  });

  it('carries what crosses threads intact: names that are not UTF-8, binary and over-limit files, notes, ignores', () => {
    const root = join(scratch, 'mixed');
    cpSync('examples', root, { recursive: true });
    const odd = Buffer.concat([Buffer.from(join(root, 'deploy', 'k8s')), Buffer.from('/secret-\xff.yaml', 'latin1')]);
    mkdirSync(join(root, 'deploy', 'k8s'), { recursive: true });
    writeFileSync(
      odd,
      `apiVersion: v1\nkind: Secret\nmetadata:\n  name: s\nstringData:\n  AWS_ACCESS_KEY_ID: ${fake.accessKeyId()}\n`,
    );
    writeFileSync(join(root, 'deploy/k8s/bad.yaml'), 'apiVersion: v1\nkind: Secret\nstringData: [unclosed\n');
    writeFileSync(join(root, 'nul.json'), `{"apiVersion": "v1"}\u0000 AWS_SECRET_ACCESS_KEY=${fake.secretKey()}\n`);
    writeFileSync(
      join(root, 'ignored.yaml'),
      `env:\n  AWS_ACCESS_KEY_ID: ${fake.accessKeyId('b')} # ses-credential-hygiene-ignore\n`,
    );
    for (const format of ['json', 'sarif']) {
      const one = scanWith('never', root, format);
      const two = scanWith('always', root, format);
      expect(two.stdout).toBe(one.stdout);
      expect(two.stages).toContain('worker yaml parse');
    }
    const report = JSON.parse(scanWith('always', root).stdout) as {
      findings: Array<{ file: string }>;
      problems: Array<{ file: string }>;
    };
    expect(report.findings.map((finding) => finding.file)).toContain('deploy/k8s/secret-\\xff.yaml');
    expect(report.problems.map((problem) => problem.file)).toEqual(
      expect.arrayContaining(['deploy/k8s/bad.yaml', 'nul.json']),
    );
  });

  it('serves the action too: its bundle starts the worker from dist/cli.js, with the same outputs', async () => {
    const workspace = join(scratch, 'action');
    cpSync('examples', workspace, { recursive: true });
    const runs = [];
    for (const threads of ['never', 'always'])
      runs.push(
        await runBundle({
          workspace,
          env: { SES_CREDENTIAL_HYGIENE_THREADS: threads, SES_CREDENTIAL_HYGIENE_TIMINGS: '1' },
        }),
      );
    const [one, two] = runs;
    expect(two?.outputs).toEqual(one?.outputs);
    expect(Number(two?.outputs.findings)).toBeGreaterThan(10);
    expect(two?.summary).toBe(one?.summary);
    expect(two?.stderr).toContain('"worker yaml parse"');
    expect(one?.stderr).not.toContain('"worker yaml parse"');
  });

  it.each([
    ['throws', "throw new Error('boom');\n", 'boom'],
    ['ends without answering', 'export {};\n', 'it exited with code 0 before answering'],
  ])('a worker that %s: its files are parsed on the main thread, and a note says so', async (_, code, reason) => {
    const entry = join(scratch, `failing-${reason.length}.mjs`);
    writeFileSync(entry, code);
    const config = defaultConfig();
    const settings = { nameRules: config.nameRules, maxFileBytes: config.maxFileBytes, limits: config.limits };
    const { candidates } = walk('examples', {
      wanted: (path) => adapterFor(path) !== undefined,
      excluded: () => false,
    });
    // What a file gives the join, in path order (the HCL trees in Terraform's facts are left out of the comparison).
    const byPath = (files: ParsedFile[]) =>
      JSON.stringify(
        [...files]
          .sort((a, b) => a.path.localeCompare(b.path))
          .map(({ path, problems, model }) => ({ path, problems, references: model?.references, uses: model?.uses })),
      );
    const alone = await readAndParse(candidates, settings);
    const failed = await readAndParseAll(candidates, settings, 'always', entry);
    const note = failed.find((file) => file.path === '.');
    expect(note?.problems).toEqual([
      {
        file: '.',
        message: expect.stringMatching(
          new RegExp(`^the parse worker stopped \\(${reason}\\); its \\d+ files were read on the main thread$`),
        ),
      },
    ]);
    expect(byPath(failed.filter((file) => file !== note))).toBe(byPath(alone));
  });
});
