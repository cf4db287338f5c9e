import { describe, expect, it } from '@jest/globals';
import { fake, locate, placesOf, scanFiles } from '../helpers/scan.js';

const keyRule = 'hardcoded-access-key';
const job = (body: string) => `name: t\non: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n${body}`;

describe('every corner of a workflow is read', () => {
  it('finds a key pair in the job container env and a key in its registry credentials', () => {
    const id = fake.accessKeyId();
    const secret = fake.secretKey();
    const text = job(`    container:
      image: ghcr.io/acme/mailer:1
      env:
        AWS_ACCESS_KEY_ID: ${id}
        AWS_SECRET_ACCESS_KEY: ${secret}
      credentials:
        username: AWS
        password: ${fake.secretKey('q')}
    steps:
      - run: aws ses send-email --from a@b.c
`);
    expect(placesOf(keyRule, text)).toEqual([
      locate(text, id),
      locate(text, secret),
      locate(text, fake.secretKey('q')),
    ]);
  });

  it('finds keys in services env and credentials', () => {
    const secret = fake.secretKey();
    const text = job(`    services:
      mail:
        image: localstack/localstack
        env:
          AWS_SECRET_ACCESS_KEY: ${secret}
        credentials:
          username: ${fake.accessKeyId('C')}
          password: \${{ secrets.REGISTRY_PASSWORD }}
    steps:
      - run: ./test.sh
`);
    expect(placesOf(keyRule, text)).toEqual([locate(text, secret), locate(text, fake.accessKeyId('C'))]);
  });

  it('follows strategy.matrix values, lists and include entries, to the steps that use matrix.*', () => {
    const secret = fake.secretKey();
    const text = job(`    strategy:
      matrix:
        region: [eu-west-1, us-east-1]
        include:
          - aws_secret_access_key: ${secret}
            aws_access_key_id: ${fake.accessKeyId()}
    steps:
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          aws-access-key-id: \${{ matrix.aws_access_key_id }}
          aws-secret-access-key: \${{ matrix.aws_secret_access_key }}
          aws-region: \${{ matrix.region }}
`);
    expect(placesOf(keyRule, text)).toEqual([locate(text, secret), locate(text, fake.accessKeyId())]);
    expect(
      scanFiles(text)
        .findings.filter((f) => f.ruleId === keyRule)
        .map((f) => f.severity),
    ).toEqual(['error', 'error']);
  });

  it('finds a key in a workflow_dispatch input default and in a composite action input default', () => {
    const id = fake.accessKeyId('D');
    const workflow = `name: t
on:
  workflow_dispatch:
    inputs:
      region:
        default: eu-west-1
      key_id:
        default: ${id}
jobs: {}
`;
    const action = `name: mail
inputs:
  secret:
    default: ${fake.secretKey()}
runs:
  using: composite
  steps:
    - run: ./mail.sh
      shell: bash
`;
    expect(placesOf(keyRule, workflow)).toEqual([locate(workflow, id)]);
    expect(placesOf(keyRule, { 'tools/mail/action.yml': action })).toEqual([
      locate(action, fake.secretKey(), 1, 'tools/mail/action.yml'),
    ]);
  });

  it('finds a key written to ~/.aws/credentials by echo, inside { } braces too', () => {
    const secret = fake.secretKey();
    const text = job(`    steps:
      - run: |
          echo "[default]" > ~/.aws/credentials
          echo "aws_access_key_id={ ${fake.accessKeyId()} }" >> ~/.aws/credentials
          echo "aws_secret_access_key={ ${secret} }" >> ~/.aws/credentials
          printf 'aws_session_token = %s\\n' x >> ~/.aws/credentials
`);
    expect(placesOf(keyRule, text)).toEqual([locate(text, fake.accessKeyId()), locate(text, secret)]);
  });

  it('finds a secret key passed as --password or in -u user:pass', () => {
    const text = job(`    steps:
      - run: |
          ./upload --user deploy --password ${fake.secretKey('a')}
          curl -u ${fake.accessKeyId('E')}:${fake.secretKey('b')} https://api.example.com/
`);
    expect(placesOf(keyRule, text)).toEqual([
      locate(text, fake.secretKey('a')),
      locate(text, fake.accessKeyId('E')),
      locate(text, fake.secretKey('b')),
    ]);
  });
});

describe('a local composite action', () => {
  it('lends its SES API calls to the step that runs it, so static keys passed in are long-lived keys for SES', () => {
    const caller = `name: deploy
on: push
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: ./.github/actions/send-mail
        with:
          aws-access-key-id: \${{ secrets.AWS_ACCESS_KEY_ID }}
          aws-secret-access-key: \${{ secrets.AWS_SECRET_ACCESS_KEY }}
`;
    const action = `name: send mail
inputs:
  aws-access-key-id:
    required: true
runs:
  using: composite
  steps:
    - run: aws ses send-email --from a@example.com --to b@example.com --subject x --text y
      shell: bash
`;
    const quiet = action.replace('aws ses send-email', 'aws s3 cp');
    const rule = 'long-lived-access-key';
    expect(
      placesOf(rule, { '.github/workflows/deploy.yml': caller, '.github/actions/send-mail/action.yml': action }),
    ).toEqual([locate(caller, 'secrets.AWS_ACCESS_KEY_ID', 1, '.github/workflows/deploy.yml')]);
    expect(
      placesOf(rule, { '.github/workflows/deploy.yml': caller, '.github/actions/send-mail/action.yml': quiet }),
    ).toEqual([]);
  });
});
