import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { scratchWorkspaces } from '../helpers/workspaces.js';
import { runBundle } from './bundle.js';

/**
 * Issue 21's YAML attacks against the bundle, run as the runner runs it: what each hostile input yields.
 * How long each takes is measured outside the tests, never asserted here.
 */
const keyId = `AKIA${'ALIASALI'}${'Q2R3S4T5'}`;
const secret = `Hq3vN8xTz2LmPw9RfB7k${'YcJ4sD1gUe6AoWi5Xn0Q'}`;
const { workspace, scratch } = scratchWorkspaces('sch-yaml-attacks-');

interface SarifResult {
  ruleId: string;
  level: string;
  message: { text: string };
  locations: Array<{ physicalLocation: { region: { startLine: number; startColumn: number } } }>;
}

async function sarifResults(
  name: string,
  files: Record<string, string>,
): Promise<{ status: number | null; results: SarifResult[] }> {
  const sarif = join(scratch(), `${name}.sarif`);
  const run = await runBundle({ workspace: workspace(name, files), inputs: { 'sarif-file': sarif } });
  return { status: run.status, results: JSON.parse(readFileSync(sarif, 'utf8')).runs[0].results as SarifResult[] };
}

const where = (result: SarifResult) =>
  `${result.ruleId} ${result.level} ${result.locations[0]?.physicalLocation.region.startLine}:${result.locations[0]?.physicalLocation.region.startColumn}`;

describe('attack 1: a secret key hidden behind a YAML alias', () => {
  it('draws the hard-coded pair at the alias, saying where the value is written, and fails the step', async () => {
    const workflow = [
      'name: ci',
      'on: pull_request',
      'x-shared:',
      `  k: &k ${secret}`,
      'jobs:',
      '  send:',
      '    runs-on: ubuntu-latest',
      '    env:',
      `      AWS_ACCESS_KEY_ID: ${keyId}`,
      '      AWS_SECRET_ACCESS_KEY: *k',
      '    steps:',
      '      - run: aws ses send-email --from a@example.com',
      '',
    ].join('\n');
    const { status, results } = await sarifResults('alias', { '.github/workflows/ci.yml': workflow });
    expect(status).toBe(1);
    expect(results.filter((result) => result.ruleId === 'hardcoded-access-key').map(where)).toEqual([
      'hardcoded-access-key error 9:26',
      'hardcoded-access-key error 10:30',
    ]);
    const aliased = results.find((result) => where(result) === 'hardcoded-access-key error 10:30');
    expect(aliased?.message.text).toContain('through YAML alias `*k` written at line 4');
    expect(JSON.stringify(results)).not.toContain(secret);
  });

  it('a billion laughs is refused and read as text, the key beside it still found', async () => {
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 10; i++) {
      const name = String.fromCharCode(97 + i);
      levels.push(
        `${name}: &${name} [${Array(9)
          .fill(`*${String.fromCharCode(96 + i)}`)
          .join(', ')}]`,
      );
    }
    const text = `${levels.join('\n')}\nservices:\n  app:\n    environment:\n      AWS_ACCESS_KEY_ID: ${keyId}\n      AWS_SECRET_ACCESS_KEY: ${secret}\n      SMTP_PASSWORD: *j\n`;
    const { status, results } = await sarifResults('bomb', { 'docker-compose.yml': text });
    expect(status).toBe(1);
    expect(results.filter((result) => result.ruleId === 'hardcoded-access-key').map(where)).toEqual([
      'hardcoded-access-key error 14:26',
      'hardcoded-access-key error 15:30',
    ]);
  });
});

describe('attack 5: a scalar of thousands of slots before an SES URL', () => {
  it('finds the key pair after 20 000 `--user a:b` slots, at its place, and fails the step', async () => {
    const run = ['      - run: |', `          ${'curl --user a:b '.repeat(20_000)}`];
    const url = `          curl --url smtps://email-smtp.us-east-1.amazonaws.com:465 --user ${keyId}:${secret}`;
    const workflow = ['on: push', 'jobs:', '  mail:', '    runs-on: ubuntu-latest', '    steps:', ...run, url, ''];
    const { status, results } = await sarifResults('slots', { '.github/workflows/mail.yml': workflow.join('\n') });
    expect(status).toBe(1);
    const column = url.indexOf(keyId) + 1;
    expect(results.filter((result) => result.level === 'error').map(where)).toEqual(
      expect.arrayContaining([`hardcoded-access-key error 8:${column}`]),
    );
  });
});

describe('attack 7: a real secret key that starts with a placeholder word', () => {
  it('is a secret key, so the pair fails the step', async () => {
    const lookalike = `test${secret.slice(4)}`;
    const env = `AWS_ACCESS_KEY_ID=${keyId}\nAWS_SECRET_ACCESS_KEY=${lookalike}\n`;
    const { status, results } = await sarifResults('placeholder-word', { 'svc/.env': env });
    expect(status).toBe(1);
    expect(results.map(where)).toEqual(expect.arrayContaining(['hardcoded-access-key error 2:23']));
  });
});
