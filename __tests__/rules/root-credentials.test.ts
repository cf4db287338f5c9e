import { describe, expect, it } from '@jest/globals';
import { fake, placesOf, workflow } from '../helpers/scan.js';

const rule = 'root-credentials';

describe(rule, () => {
  it('fires on root-named secrets given to configure-aws-credentials', () => {
    const text = workflow(`      - uses: aws-actions/configure-aws-credentials@v4
        with:
          aws-access-key-id: \${{ secrets.ROOT_AWS_ACCESS_KEY_ID }}
          aws-secret-access-key: \${{ secrets.ROOT_AWS_SECRET_ACCESS_KEY }}
          aws-region: eu-west-1
`);
    expect(placesOf(rule, text)).toEqual(['.github/workflows/ci.yml:9:34', '.github/workflows/ci.yml:10:38']);
  });

  it('fires on the account e-mail and password in env', () => {
    const text = workflow(`      - run: node request-production-access.mjs
        env:
          ROOT_EMAIL: \${{ secrets.ROOT_EMAIL }}
          AWS_ACCOUNT_PASSWORD: \${{ secrets['ACCOUNT_PW'] }}
`);
    expect(placesOf(rule, text)).toEqual(['.github/workflows/ci.yml:9:27', '.github/workflows/ci.yml:10:37']);
  });

  it('fires on a literal key in a root-named variable', () => {
    const key = fake.accessKeyId();
    const text = workflow(`      - run: ./deploy.sh
        env:
          AWS_ROOT_ACCESS_KEY_ID: ${key}
`);
    expect(placesOf(rule, text)).toEqual(['.github/workflows/ci.yml:9:35']);
  });

  it('stays quiet on root-named identifiers that are no credentials', () => {
    const text = workflow(`      - run: ./deploy.sh
        env:
          AWS_ROOT_ACCOUNT_ID: \${{ secrets.AWS_ROOT_ACCOUNT_ID }}
          ROOT_DOMAIN: example.com
          AWS_ACCESS_KEY_ID: \${{ secrets.AWS_ACCESS_KEY_ID }}
          AWS_SECRET_ACCESS_KEY: \${{ secrets.AWS_SECRET_ACCESS_KEY }}
`);
    expect(placesOf(rule, text)).toEqual([]);
  });

  it('stays quiet on an OIDC role whose ARN holds an account ID', () => {
    const text = workflow(`      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::123456789012:role/root-deployer
          aws-region: eu-west-1
`);
    expect(placesOf(rule, text)).toEqual([]);
  });
});

describe(`${rule} in IaC`, () => {
  it('fires on provider credentials taken from root-named variables', async () => {
    const { loadHcl } = await import('../../src/formats/terraform/hcl.js');
    await loadHcl();
    const files = {
      'envs/prod/main.tf':
        'provider "aws" {\n  access_key = var.root_access_key\n  secret_key = var.root_secret_key\n}\n',
    };
    expect(placesOf(rule, files)).toEqual(['envs/prod/main.tf:2:16', 'envs/prod/main.tf:3:16']);
  });

  it('fires on root credentials in a committed .env, and stays quiet on the account ID', () => {
    const files = {
      'svc/.env': 'ROOT_EMAIL=owner@example.com\nROOT_PASSWORD=Xk9-not-a-real-one\nAWS_ROOT_ACCOUNT_ID=123456789012\n',
    };
    expect(placesOf(rule, files)).toEqual(['svc/.env:1:12', 'svc/.env:2:15']);
  });
});

describe(`${rule} look-alikes in IaC`, () => {
  it('stays quiet on a root-named attribute that holds an ARN template, not an e-mail', async () => {
    const { loadHcl } = await import('../../src/formats/terraform/hcl.js');
    await loadHcl();
    const files = {
      'mod/main.tf':
        'resource "aws_sqs_queue" "q" {\n  account_email = "arn:aws:kms:eu-west-1:${data.aws_caller_identity.current.account_id}:recipient"\n}\n',
    };
    expect(placesOf(rule, files)).toEqual([]);
  });
});
