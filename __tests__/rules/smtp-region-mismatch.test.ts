import { beforeAll, describe, expect, it } from '@jest/globals';
import { loadHcl } from '../../src/formats/terraform/hcl.js';
import { placesOf } from '../helpers/scan.js';

const rule = 'smtp-region-mismatch';
beforeAll(loadHcl);

const secret = (host: string) => `resource "kubernetes_secret" "smtp" {
  data = {
    host     = "${host}"
    password = aws_iam_access_key.smtp.ses_smtp_password_v4
  }
}
`;

describe(rule, () => {
  it('fires when the endpoint region differs from the provider region', () => {
    const files = {
      'env/prod/provider.tf': 'provider "aws" {\n  region = "us-east-1"\n}\n',
      'env/prod/mail.tf': secret('email-smtp.eu-west-1.amazonaws.com'),
    };
    expect(placesOf(rule, files)).toEqual(['env/prod/mail.tf:4:16']);
  });

  it('reads the region from the default of a region variable', () => {
    const files = {
      'env/prod/variables.tf': 'variable "aws_region" {\n  default = "ap-southeast-2"\n}\n',
      'env/prod/mail.tf': secret('email-smtp.us-west-2.amazonaws.com'),
    };
    expect(placesOf(rule, files)).toEqual(['env/prod/mail.tf:4:16']);
  });

  it('reads the region from Terraform JSON syntax: a .tf.json provider, and a .tfvars.json value', () => {
    expect(
      placesOf(rule, {
        'env/prod/provider.tf.json': '{"provider": {"aws": {"region": "us-east-1"}}}\n',
        'env/prod/mail.tf': secret('email-smtp.eu-west-1.amazonaws.com'),
      }),
    ).toEqual(['env/prod/mail.tf:4:16']);
    expect(
      placesOf(rule, {
        'env/stage/provider.tf': 'provider "aws" {\n  region = var.region\n}\n',
        'env/stage/terraform.tfvars.json': '{\n  "region": "ap-southeast-2"\n}\n',
        'env/stage/mail.tf': secret('email-smtp.us-west-2.amazonaws.com'),
      }),
    ).toEqual(['env/stage/mail.tf:4:16']);
    expect(
      placesOf(rule, {
        'env/ok/provider.tf.json': '{"provider": {"aws": [{"region": "eu-west-1"}]}}\n',
        'env/ok/mail.tf': secret('email-smtp.eu-west-1.amazonaws.com'),
      }),
    ).toEqual([]);
  });

  it('stays quiet on matching regions, unknown regions and other folders', () => {
    expect(
      placesOf(rule, {
        'a/provider.tf': 'provider "aws" {\n  region = "eu-west-1"\n}\n',
        'a/mail.tf': secret('email-smtp.eu-west-1.amazonaws.com'),
      }),
    ).toEqual([]);
    expect(placesOf(rule, { 'b/mail.tf': secret('email-smtp.eu-west-1.amazonaws.com') })).toEqual([]);
    expect(
      placesOf(rule, {
        'c/provider.tf': 'provider "aws" {\n  region = "us-east-1"\n}\n',
        'd/mail.tf': secret('email-smtp.eu-west-1.amazonaws.com'),
      }),
    ).toEqual([]);
  });
});

describe(`${rule} across module folders`, () => {
  it('takes the region of the environment that calls the module, from its .tfvars', () => {
    const files = {
      'envs/prod/main.tf':
        'provider "aws" {\n  region = var.region\n}\n\nmodule "mail" {\n  source = "../../modules/mail"\n}\n',
      'envs/prod/variables.tf': 'variable "region" {\n  default = "us-east-1"\n}\n',
      'envs/prod/terraform.tfvars': 'region = "ap-southeast-2"\n',
      'modules/mail/main.tf': secret('email-smtp.eu-west-1.amazonaws.com'),
    };
    const result = placesOf(rule, files);
    expect(result).toEqual(['modules/mail/main.tf:4:16']);
    expect(
      placesOf(rule, { ...files, 'modules/mail/main.tf': secret('email-smtp.ap-southeast-2.amazonaws.com') }),
    ).toEqual([]);
  });

  it('stays quiet when two callers disagree on the region', () => {
    const files = {
      'envs/a/main.tf':
        'provider "aws" {\n  region = "us-east-1"\n}\nmodule "m" {\n  source = "../../modules/mail"\n}\n',
      'envs/b/main.tf':
        'provider "aws" {\n  region = "eu-west-1"\n}\nmodule "m" {\n  source = "../../modules/mail/"\n}\n',
      'modules/mail/main.tf': secret('email-smtp.eu-west-1.amazonaws.com'),
    };
    expect(placesOf(rule, files)).toEqual([]);
  });
});
