import { beforeAll, describe, expect, it } from '@jest/globals';
import { readConfiguration } from '../../../src/formats/terraform/facts.js';
import { loadHcl, parseHcl } from '../../../src/formats/terraform/hcl.js';
import { TerraformSource } from '../../../src/formats/terraform/source.js';

beforeAll(loadHcl);

const resourcesOf = (text: string) =>
  readConfiguration([new TerraformSource('m/main.tf', text, parseHcl(text))]).iam.statements.map(
    (statement) => statement.resources,
  );

describe('policy targets render as Terraform renders them', () => {
  it('a for expression over literal ARN pieces gives one ARN per element, escapes decoded, no pieces', () => {
    const text = `data "aws_partition" "current" {}
locals {
  partition = try(data.aws_partition.current.partition, "")
  user_resources = [for pattern in ["user/$\${aws:username}", "user/*/$\${aws:username}"] :
    "arn:\${local.partition}:iam::\${var.account_id}:\${pattern}"
  ]
}
data "aws_iam_policy_document" "self" {
  statement {
    actions   = ["iam:CreateAccessKey"]
    resources = local.user_resources
  }
}
`;
    expect(resourcesOf(text)).toEqual([
      [
        'arn:${local.partition}:iam::${var.account_id}:user/${aws:username}',
        'arn:${local.partition}:iam::${var.account_id}:user/*/${aws:username}',
      ],
    ]);
  });
});
