import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { scratchWorkspaces } from '../helpers/workspaces.js';
import { runBundle } from './bundle.js';

/**
 * Issue 12, attacks 4 and 5, against the bundle: what each hostile input yields, and outputs within GitHub's
 * limits. How long each takes is measured by `npm run bench:hostile`, never asserted here.
 */
const key = `AKIA${'FLOODFLO'}${'Q2R3S4T5'}`;
/** With its secret in the same file the key ID is a working key (an error); alone it would be a warning. */
const secretLine = `AWS_SECRET_ACCESS_KEY=Fl0/uQ8zR1p+Wd5sLx0N${'bTy7EhGc2Vm9KaJo4Ri6'}`;
const { workspace, scratch } = scratchWorkspaces('sch-resource-attacks-');

describe('attack 4: catastrophic regexes', () => {
  it('a .env line of 200 000 spaces is read, and the key pair after it found', async () => {
    const root = workspace('dotenv', {
      '.env': `A=x${' '.repeat(200_000)}y\nAWS_ACCESS_KEY_ID=${key}\n${secretLine}\n`,
    });
    const run = await runBundle({ workspace: root, inputs: { 'sarif-file': join(scratch(), 'dotenv.sarif') } });
    expect(run.status).toBe(1);
  });

  it('a manifest of 200 000 blank lines is read, and the key ID after it found', async () => {
    const root = workspace('blank', {
      'deploy/k8s/secret.yaml': `${'\n'.repeat(200_000)}apiVersion: v1\nkind: Secret\nmetadata:\n  name: s\nstringData:\n  AWS_ACCESS_KEY_ID: ${key}\n`,
    });
    await runBundle({ workspace: root, inputs: { 'sarif-file': join(scratch(), 'blank.sarif') } });
    const sarif = JSON.parse(readFileSync(join(scratch(), 'blank.sarif'), 'utf8'));
    const lines = sarif.runs[0].results.map(
      (result: { locations: Array<{ physicalLocation: { region: { startLine: number } } }> }) =>
        result.locations[0]?.physicalLocation.region.startLine,
    );
    expect(lines).toContain(200_006);
  });

  it('a names: pattern with nested quantifiers is refused with a clear error, not run', async () => {
    const root = workspace('names', {
      '.github/ses-credential-hygiene.yml': "names:\n  - pattern: '^(A+)+$'\n    kind: access-key-id\n",
      '.github/workflows/ci.yml': `on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: echo\n        env:\n          ${'A'.repeat(40)}B: \${{ secrets.X }}\n`,
    });
    const run = await runBundle({ workspace: root });
    expect(run.stdout).toMatch(
      /::error::ses-credential-hygiene: invalid configuration[^\n]*is refused: a repeated group[^\n]*exponential time/,
    );
    expect(run.status).toBe(1);
  });
});

describe('attack 4: memory', () => {
  it('9.8 MB of 4.9 million flow items is skipped with a note before any parser runs, within 512 MB', async () => {
    const root = workspace('flow', {
      'deploy/k8s/secret.yaml': `apiVersion: v1\nkind: Secret\nmetadata:\n  name: s\nstringData:\n  x: [${'a,'.repeat(4_900_000)}a]\n`,
      '.env': `AWS_ACCESS_KEY_ID=${key}\n${secretLine}\n`,
    });
    const sarifPath = join(scratch(), 'flow.sarif');
    const run = await runBundle({
      workspace: root,
      inputs: { 'sarif-file': sarifPath },
      env: { NODE_OPTIONS: '--max-old-space-size=512' },
    });
    const notes = JSON.parse(readFileSync(sarifPath, 'utf8')).runs[0].invocations[0].toolExecutionNotifications;
    expect(notes.map((note: { message: { text: string } }) => note.message.text)).toContainEqual(
      expect.stringMatching(/^skipped: more than 250000 items \(raise max-nodes to read it\)/),
    );
    expect(run.status).toBe(1);
  });
});

describe('attack 5: floods', () => {
  it('50 000 credential lines: SARIF within 25 000 results, summary under 1 MiB, log capped, counts complete', async () => {
    // Spread over files of 2 000 lines each: a single file keeps only its first 2 000 values (tested below).
    const files = Object.fromEntries(
      Array.from({ length: 25 }, (_, file) => {
        const lines = Array.from({ length: 2_000 }, (_, i) => `AWS_ACCESS_KEY_ID_${i}=${key}`);
        return [`svc${file}/.env`, `${file === 0 ? `${secretLine}\n` : ''}${lines.join('\n')}\n`];
      }),
    );
    const root = workspace('flood', files);
    const sarifPath = join(scratch(), 'flood.sarif');
    const run = await runBundle({ workspace: root, inputs: { 'sarif-file': sarifPath } });
    const sarif = JSON.parse(readFileSync(sarifPath, 'utf8'));
    const findings = Number(run.outputs.findings);
    expect(findings).toBeGreaterThan(25_000);
    expect(sarif.runs[0].results.length).toBe(25_000);
    expect(sarif.runs[0].properties.results).toBe(findings);
    expect(sarif.runs[0].invocations[0].toolExecutionNotifications[0].message.text).toMatch(/are not in this file/);
    expect(Buffer.byteLength(run.summary)).toBeLessThan(1024 * 1024);
    expect(Buffer.byteLength(run.stdout)).toBeLessThan(2 * 1024 * 1024);
    expect(run.status).toBe(1);
  }, 180_000);

  it('one file of 60 000 credential lines: its first 2 000 values are reported and a note counts them all', async () => {
    const lines = Array.from({ length: 60_000 }, (_, i) => `AWS_ACCESS_KEY_ID_${i}=${key}`);
    const root = workspace('flood-one', { '.env': `${lines.join('\n')}\n` });
    const run = await runBundle({ workspace: root, inputs: { 'fail-on': 'warning' } });
    // Each key ID is a hard-coded-key warning and an incomplete-pair notice.
    expect(Number(run.outputs.findings)).toBe(4_000);
    expect(run.summary).toContain(
      '60000 credential values in one file; only 2000 are reported, credential-shaped ones first',
    );
    expect(run.status).toBe(1);
  }, 180_000);
});
