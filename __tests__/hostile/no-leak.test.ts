import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { main } from '../../src/cli/run.js';
import { planAnnotations } from '../../src/report/annotations.js';
import { renderJson } from '../../src/report/json.js';
import { renderSarif } from '../../src/report/sarif.js';
import { summarize } from '../helpers/summary.js';
import { renderText } from '../../src/report/text.js';
import { expectNoPlantedSecret, plantedSecrets } from '../helpers/secrets.js';
import { scanFiles } from '../helpers/scan.js';

const { keyId, tempKeyId, secretKey, smtpV4, smtpV2 } = plantedSecrets();

const files = {
  '.github/workflows/leak.yml': `name: leak
on: push
env:
  AWS_ACCESS_KEY_ID: ${keyId}
  AWS_SECRET_ACCESS_KEY: "${secretKey}"
  ${keyId}: key-as-a-name
jobs:
  send:
    runs-on: ubuntu-latest
    steps:
      - uses: dawidd6/action-send-mail@v3
        with:
          server_address: email-smtp.eu-west-1.amazonaws.com
          username: ${keyId}
          password: ${smtpV4}
      - uses: dawidd6/action-send-mail@v3
        with:
          connection_url: smtps://${keyId}:${smtpV2}@email-smtp.eu-west-1.amazonaws.com:465
      - run: |
          export AWS_SECRET_ACCESS_KEY=${secretKey}
          aws configure set aws_access_key_id ${tempKeyId}
          curl --url smtps://email-smtp.eu-west-1.amazonaws.com --user '${keyId}:${secretKey}'
          aws ses send-email
        env:
          ROOT_PASSWORD: ${smtpV4}
`,
  // A broken file whose parser message would quote the line if it could.
  '.github/workflows/broken.yml': `on: push\njobs:\n  a: [${secretKey}, ${smtpV4}\n  b: {${keyId}\n`,
  '.github/actions/x/action.yml': `runs:\n  using: composite\n  steps:\n    - run: echo ${keyId} ${secretKey}\n      shell: bash\n      env:\n        SMTP_PASSWORD: ${smtpV2}\n`,
};

describe('no output channel leaks a credential', () => {
  const result = scanFiles(files);

  it('finds the planted values (so the check below means something)', () => {
    expect(result.findings.length).toBeGreaterThan(8);
    expect([...new Set(result.findings.map((f) => f.ruleId))]).toEqual(
      expect.arrayContaining([
        'hardcoded-access-key',
        'hardcoded-smtp-password',
        'sigv2-smtp-password',
        'secret-key-as-smtp-password',
        'root-credentials',
        // long-lived-access-key leaves literal keys to hardcoded-access-key, so it quotes none of these.
      ]),
    );
  });

  it.each([
    ['text', () => renderText(result, { colour: true })],
    ['JSON', () => renderJson(result)],
    ['SARIF', () => renderSarif(result)],
    ['annotations', () => planAnnotations(result.findings, result.problems).commands.join('\n')],
    ['summary', () => summarize(result, { failOn: 'error', notAnnotated: 0 })],
    ['problems', () => JSON.stringify(result.problems)],
  ])('%s holds no planted value, only prefixes', (channel, render) => {
    const output = render();
    expectNoPlantedSecret(channel, output);
    if (channel !== 'problems') expect(output).toContain(`${keyId.slice(0, 4)}…`);
  });

  describe('through the entry points', () => {
    let root: string;
    beforeAll(() => {
      root = mkdtempSync(join(tmpdir(), 'sch-leak-'));
      for (const [path, text] of Object.entries(files)) {
        mkdirSync(dirname(join(root, path)), { recursive: true });
        writeFileSync(join(root, path), text);
      }
      // A config whose mistakes echo what the user wrote, secret-shaped values included.
      writeFileSync(
        join(root, 'bad.yml'),
        `rules:\n  ${keyId}: off\nnames:\n  - pattern: '${secretKey}('\n    kind: ${smtpV4}\n`,
      );
    });
    afterAll(() => rmSync(root, { recursive: true, force: true }));

    it.each(['text', 'json', 'sarif', 'github'])('CLI --format %s: stdout and stderr', async (format) => {
      let out = '';
      await main([root, '--format', format], { stdout: (t) => (out += t), stderr: (t) => (out += t), isTty: true });
      // The report is there, quoting the key by its prefix only: an empty output would leak nothing too.
      expect(out).toContain('.github/workflows/leak.yml');
      expect(out).toContain(`${keyId.slice(0, 4)}…`);
      expectNoPlantedSecret(`cli ${format}`, out);
    });

    it('CLI error messages (a config that quotes secret-shaped values)', async () => {
      let err = '';
      expect(
        await main([root, '--config', join(root, 'bad.yml')], {
          stdout: () => undefined,
          stderr: (t) => (err += t),
          isTty: false,
        }),
      ).toBe(2);
      expect(err).toContain('unknown rule id');
      expectNoPlantedSecret('cli error', err);
    });

    it('the bundled action: log, annotations, summary, outputs and SARIF file', () => {
      const summary = join(root, 'summary.md');
      const output = join(root, 'output.txt');
      const sarif = join(root, 'out.sarif');
      writeFileSync(summary, '');
      writeFileSync(output, '');
      const child = spawnSync(process.execPath, [resolve('dist/index.js')], {
        env: {
          PATH: process.env.PATH ?? '',
          GITHUB_WORKSPACE: root,
          GITHUB_STEP_SUMMARY: summary,
          GITHUB_OUTPUT: output,
          'INPUT_SARIF-FILE': sarif,
          RUNNER_DEBUG: '1',
        },
        encoding: 'utf8',
      });
      expect(child.stdout).toContain('::error file=');
      expect(readFileSync(summary, 'utf8')).toContain(`${keyId.slice(0, 4)}…`);
      expect(readFileSync(output, 'utf8')).toContain('sarif-file');
      expect(readFileSync(sarif, 'utf8')).toContain('hardcoded-access-key');
      for (const [channel, text] of [
        ['stdout', child.stdout],
        ['stderr', child.stderr],
        ['summary', readFileSync(summary, 'utf8')],
        ['outputs', readFileSync(output, 'utf8')],
        ['sarif', readFileSync(sarif, 'utf8')],
      ] as const) {
        expectNoPlantedSecret(`action ${channel}`, text);
      }
    });
  });
});
