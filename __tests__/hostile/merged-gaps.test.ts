import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { globMatcher } from '../../src/discovery/glob.js';
import { dotenvAdapter } from '../../src/formats/dotenv.js';
import { findLiterals } from '../../src/formats/text/literals.js';
import { terraformAdapter } from '../../src/formats/terraform.js';
import { measureHcl } from '../../src/formats/terraform/prefilter.js';
import { classifyName, defaultNameRules } from '../../src/credentials/names.js';
import { runBundle } from './bundle.js';
import { runnerCommands } from './runner-commands.js';

/** What fell between the merges of issue 12's hardening, manifests by content and the speed work. */
const key = `AKIA${'MERGEGAP'}${'Q2R3S4T5'}`;
const secret = `Hs7/uQ8zR1p+Wd5sLx0N${'bTy7EhGc2Vm9KaJo4Ri6'}`;
const pair = `AWS_ACCESS_KEY_ID=${key}\nAWS_SECRET_ACCESS_KEY=${secret}\n`;

let scratch: string;
beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'sch-merged-gaps-'));
});
afterAll(() => {
  execFileSync('rm', ['-rf', scratch]);
});

describe('a folder name with a line break does not slip past include globs', () => {
  it('picomatch globs cross CR and LF in names', () => {
    expect(globMatcher('**/.env')('a\nb/.env')).toBe(true);
    expect(globMatcher('**')('x\r::add-mask::y/.env')).toBe(true);
    expect(globMatcher('svc/**')('svc/a\nb/k8s/secret.yaml')).toBe(true);
    expect(globMatcher('!svc/**')('svc/a\nb/.env')).toBe(false);
  });

  it('the bundle fails the step on a key pair in `a\\nb/.env` under `include: **/.env`', async () => {
    const workspace = join(scratch, 'newline');
    mkdirSync(join(workspace, 'a\nb'), { recursive: true });
    mkdirSync(join(workspace, 'ok'));
    writeFileSync(join(workspace, 'ok', '.env'), 'GREETING=hello\n');
    writeFileSync(join(workspace, 'a\nb', '.env'), pair);
    const run = await runBundle({ workspace, inputs: { include: '**/.env' } });
    expect(run.status).toBe(1);
    const errors = runnerCommands(run.stdout).filter((c) => c.command === 'error' && c.properties.file !== undefined);
    expect(errors.map((c) => `${c.properties.file}:${c.properties.line}:${c.properties.col}`)).toEqual([
      'a\nb/.env:1:19',
      'a\nb/.env:2:23',
    ]);
  }, 30_000);
});

describe('hundreds of thousands of values in one file: no call with as many arguments', () => {
  it('the text layer finds every key ID of a 6 MB base64 run of them (it threw "Maximum call stack size exceeded")', () => {
    const count = 300_000;
    const text = `${key}/`.repeat(count);
    const hits = findLiterals(text, () => false);
    expect(hits).toHaveLength(count);
    expect(hits[count - 1]).toMatchObject({
      kind: 'access-key-id',
      start: (count - 1) * 21,
      end: (count - 1) * 21 + 20,
    });
  });

  it('a .env of 300 000 assignments is read as .env, not given up as too deep for its parser', () => {
    const count = 300_000;
    const text = `${'GREETING=hello\n'.repeat(count - 1)}AWS_ACCESS_KEY_ID=${key}\n`;
    const model = dotenvAdapter.parse('.env', text, { classifyName: (name) => classifyName(name, defaultNameRules) });
    expect(model.problems).toEqual([]);
    const literal = model.references.find((reference) => reference.source.type === 'literal');
    expect(literal?.span).toEqual({ startLine: count, startColumn: 19, endLine: count, endColumn: 39 });
  });
});

describe('Terraform: the node budget counts HCL tokens', () => {
  it('the adapter node estimate counts words and operators three times, other non-blank characters once, and stops past the limit', () => {
    const estimate = terraformAdapter.estimateNodes;
    if (!estimate) throw new Error('the Terraform adapter estimates its nodes');
    expect(estimate('a = "b"\n# c d\n', 1000)).toBe(16);
    expect(estimate('1+'.repeat(1000), 10)).toBe(12);
  });

  it('3 MB of `1+1+…` before a key pair: read as text only (timed by `npm run bench:hostile`), the pair still fails the step', async () => {
    const workspace = join(scratch, 'terraform-terms');
    mkdirSync(workspace);
    const resource = `resource "aws_iam_access_key" "x" {\n  access_key = "${key}"\n  secret_key = "${secret}"\n}\n`;
    writeFileSync(join(workspace, 'main.tf'), `a = ${'1+'.repeat(1_500_000)}1\n${resource}`);
    const run = await runBundle({ workspace, inputs: { annotations: 'false' } });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(
      'main.tf note skipped: more than 250000 items (raise max-nodes to read it); read as text only',
    );
    expect(run.stdout).toMatch(/^main\.tf:3:17 error hardcoded-access-key /m);
    expect(run.stdout).toMatch(/^main\.tf:4:17 error hardcoded-access-key /m);
  }, 60_000);
});

describe('Terraform: a long traversal chain is not given to the parser', () => {
  it('the prefilter counts `.` and `[` across blanks and line breaks, and other punctuation ends a run', () => {
    const traversal = (text: string, limit: number) =>
      measureHcl(text, { tokens: Number.POSITIVE_INFINITY, traversal: limit, expressionDepth: 4096 }).traversal;
    expect(traversal('a = b.c[0].d\nx = y.z', 100)).toBe(3);
    expect(traversal('a . b\n.c', 100)).toBe(2);
    expect(traversal('a = b.c + d.e', 100)).toBe(1);
    expect(traversal('a.'.repeat(1000), 10)).toBe(11);
  });

  it('200 KB of `a.a.a.…` before a key pair: read as text only (the parser is quadratic in it; timed by `npm run bench:hostile`), the pair still fails the step', async () => {
    const workspace = join(scratch, 'terraform-chain');
    mkdirSync(workspace);
    const resource = `resource "aws_iam_access_key" "x" {\n  access_key = "${key}"\n  secret_key = "${secret}"\n}\n`;
    writeFileSync(join(workspace, 'main.tf'), `a = ${'a.'.repeat(100_000)}a\n${resource}`);
    const run = await runBundle({ workspace, inputs: { annotations: 'false' } });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(
      'main.tf note skipped: a chain of more than 1000 attribute or index steps; read as text only',
    );
    expect(run.stdout).toMatch(/^main\.tf:3:17 error hardcoded-access-key /m);
    expect(run.stdout).toMatch(/^main\.tf:4:17 error hardcoded-access-key /m);
  }, 90_000);
});

describe('a NUL byte does not hide a key pair', () => {
  it('a .env starting with a NUL byte is read as text only: the pair fails the step, the notice says why', async () => {
    const workspace = join(scratch, 'nul');
    mkdirSync(workspace);
    writeFileSync(join(workspace, '.env'), `\u0000\n${pair}`);
    const run = await runBundle({ workspace });
    expect(run.status).toBe(1);
    const commands = runnerCommands(run.stdout).filter((c) => c.properties.file === '.env');
    expect(
      commands.map((c) => `${c.command} ${c.properties.line ?? '-'}:${c.properties.col ?? '-'} ${c.data}`),
    ).toEqual([
      expect.stringMatching(/^error 2:19 An access key ID /),
      expect.stringMatching(/^error 3:23 A secret access key /),
      'notice -:- skipped: binary file (NUL byte); read as text only: credential-shaped values were still looked for',
    ]);
  }, 30_000);
});
