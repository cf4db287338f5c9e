# scanned-as: modules/iam-group/main.tf
# As terraform-aws-iam's iam-group module writes it: each user manages its own keys, `$${` being `${`.
data "aws_partition" "current" {}

locals {
  partition = try(data.aws_partition.current.partition, "")
  user_resources = [for pattern in ["user/$${aws:username}", "user/*/$${aws:username}"] :
    "arn:${local.partition}:iam::${var.account_id}:${pattern}"
  ]
}

data "aws_iam_policy_document" "self_management" {
  statement {
    sid       = "ManageOwnAccessKeys"
    actions   = ["iam:CreateAccessKey", "iam:DeleteAccessKey", "iam:UpdateAccessKey"]
    resources = local.user_resources
  }
}

resource "aws_iam_policy" "self_management" {
  policy = data.aws_iam_policy_document.self_management.json
}
