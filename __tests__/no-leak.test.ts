import { describe, expect, it } from '@jest/globals';
import { deriveSmtpPasswordV2, deriveSmtpPasswordV4 } from '../src/credentials/smtp-password.js';
import { planAnnotations } from '../src/report/annotations.js';
import { renderJson } from '../src/report/json.js';
import { renderSarif } from '../src/report/sarif.js';
import { renderSummary } from '../src/report/summary.js';
import { renderText } from '../src/report/text.js';
import { scanFiles } from './helpers/scan.js';

/** Distinctive fake values, built at run time, planted in every slot a credential can take. */
const keyId = `AKIA${'LEAKTEST'}${'Q2R3S4T5'}`;
const tempKeyId = `ASIA${'LEAKTEST'}${'W6X7Y2Z3'}`;
const secretKey = `Leak${'T3stS3cr3tK3y'}${'x'.repeat(0)}Zq8Wv4Nb2Mc6Ld0Kf1Jg3Hh5`.slice(0, 40);
const smtpV4 = deriveSmtpPasswordV4(secretKey, 'eu-west-1');
const smtpV2 = deriveSmtpPasswordV2(secretKey);
const planted = [keyId, tempKeyId, secretKey, smtpV4, smtpV2];

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
      expect.arrayContaining(['hardcoded-access-key', 'hardcoded-smtp-password', 'sigv2-smtp-password', 'secret-key-as-smtp-password', 'root-credentials', 'long-lived-access-key']),
    );
  });

  it.each([
    ['text', () => renderText(result, { colour: true })],
    ['JSON', () => renderJson(result)],
    ['SARIF', () => renderSarif(result)],
    ['annotations', () => planAnnotations(result.findings, result.problems).commands.join('\n')],
    ['summary', () => renderSummary(result, { failOn: 'error', notAnnotated: 0 })],
    ['problems', () => JSON.stringify(result.problems)],
  ])('%s holds no planted value, only prefixes', (channel, render) => {
    const output = render();
    for (const value of planted) {
      expect(output).not.toContain(value);
      // Nor a long piece of one.
      expect(output).not.toContain(value.slice(0, 12));
    }
    if (channel !== 'problems') expect(output).toContain(`${keyId.slice(0, 4)}…`);
  });
});
