import { describe, expect, it } from '@jest/globals';
import { fake, locate, place, placesOf, scanFiles, workflow } from '../helpers/scan.js';

const rule = 'hardcoded-access-key';

const severities = (files: Parameters<typeof scanFiles>[0]) =>
  scanFiles(files)
    .findings.filter((finding) => finding.ruleId === rule)
    .map((finding) => `${place(finding)} ${finding.severity}`);

describe(rule, () => {
  it('fires on a literal key pair in workflow env', () => {
    const text = `name: sync\non: push\nenv:\n  AWS_ACCESS_KEY_ID: ${fake.accessKeyId()}\n  AWS_SECRET_ACCESS_KEY: ${fake.secretKey()}\njobs:\n  sync:\n    runs-on: ubuntu-latest\n    steps:\n      - run: aws s3 sync dist s3://bucket\n`;
    expect(placesOf(rule, text)).toEqual(['.github/workflows/ci.yml:4:22', '.github/workflows/ci.yml:5:26']);
  });

  it('fires on a key ID anywhere in a script', () => {
    const key = fake.accessKeyId('B');
    const text = workflow(`      - run: |
          aws configure set aws_access_key_id ${key}
          echo done
`);
    expect(placesOf(rule, text)).toEqual([locate(text, key)]);
    expect(placesOf(rule, text)).toEqual(['.github/workflows/ci.yml:8:47']);
  });

  it('fires with an error on a pair or a secret key, and with a warning on a key ID whose secret is not in the file', () => {
    const pair = `name: sync\non: push\nenv:\n  AWS_ACCESS_KEY_ID: ${fake.accessKeyId()}\n  AWS_SECRET_ACCESS_KEY: ${fake.secretKey()}\njobs: {}\n`;
    expect(severities(pair)).toEqual(['.github/workflows/ci.yml:4:22 error', '.github/workflows/ci.yml:5:26 error']);
    const lone = workflow(`      - uses: dawidd6/action-send-mail@v3
        with:
          server_address: email-smtp.us-east-1.amazonaws.com
          username: ${fake.accessKeyId()}
          password: \${{ secrets.SMTP_PASSWORD }}
`);
    expect(severities(lone)).toEqual(['.github/workflows/ci.yml:10:21 warning']);
    const secretOnly = workflow(
      `      - run: ./x.sh\n        env:\n          AWS_SECRET_ACCESS_KEY: ${fake.secretKey()}\n`,
    );
    expect(severities(secretOnly)).toEqual(['.github/workflows/ci.yml:9:34 error']);
    // The secret in another file does not make this file's key ID a pair.
    expect(severities({ '.github/workflows/a.yml': lone, '.github/workflows/b.yml': secretOnly })).toEqual([
      '.github/workflows/b.yml:9:34 error',
      '.github/workflows/a.yml:10:21 warning',
    ]);
  });

  it('fires on a temporary (ASIA) key ID', () => {
    const key = `ASIA${fake.accessKeyId().slice(4)}`;
    const text = workflow(`      - run: ./x.sh\n        env:\n          KEY: ${key}\n`);
    expect(placesOf(rule, text)).toEqual(['.github/workflows/ci.yml:9:16']);
  });

  it('stays quiet on AWS documentation examples, placeholders and secrets', () => {
    const text = workflow(`      - run: ./x.sh
        env:
          AWS_ACCESS_KEY_ID: AKIAIOSFODNN7EXAMPLE
          AWS_SECRET_ACCESS_KEY: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
          OTHER_KEY_ID: AKIAXXXXXXXXXXXXXXXX
          SECRET: \${{ secrets.AWS_SECRET_ACCESS_KEY }}
          COMMIT: 3f786850e387550fdab836ed7e6dc881de23001b
          ROLE: arn:aws:iam::123456789012:role/deploy
`);
    expect(placesOf(rule, text)).toEqual([]);
  });

  it('stays quiet on unique IDs that are not credentials', () => {
    const text = workflow(`      - run: echo AIDA${fake.accessKeyId().slice(4)} AROA${fake.accessKeyId().slice(4)}\n`);
    expect(placesOf(rule, text)).toEqual([]);
  });
});
