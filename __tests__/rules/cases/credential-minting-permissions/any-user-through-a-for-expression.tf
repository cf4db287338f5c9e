# scanned-as: modules/ci/main.tf
data "aws_partition" "current" {}

locals {
  partition = try(data.aws_partition.current.partition, "")

  users = [for pattern in ["user/*", "user/$${aws:username}"] :
    "arn:${local.partition}:iam::123456789012:${pattern}"
  ]
}

data "aws_iam_policy_document" "ci" {
  statement {
    actions   = ["iam:CreateAccessKey"]  # expect: credential-minting-permissions@5:warning
    resources = local.users
  }
}
