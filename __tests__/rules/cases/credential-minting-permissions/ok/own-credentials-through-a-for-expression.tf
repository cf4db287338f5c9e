# scanned-as: modules/iam-group/main.tf
data "aws_partition" "current" {}
data "aws_caller_identity" "current" {}

locals {
  partition  = try(data.aws_partition.current.partition, "")
  account_id = try(data.aws_caller_identity.current.account_id, "")

  own_user = [for pattern in ["user/$${aws:username}", "user/*/$${aws:username}"] :
    "arn:${local.partition}:iam::${local.account_id}:${pattern}"
  ]
}

data "aws_iam_policy_document" "self_management" {
  statement {
    sid       = "ManageOwnPasswords"
    actions   = ["iam:ChangePassword", "iam:GetLoginProfile", "iam:UpdateLoginProfile"]
    resources = local.own_user
  }
  statement {
    sid       = "ManageOwnAccessKeys"
    actions   = ["iam:CreateAccessKey", "iam:DeleteAccessKey", "iam:ListAccessKeys"]
    resources = local.own_user
  }
}
