# scanned-as: modules/iam-group/main.tf
# The same shape over any user: the targets are the ARNs Terraform renders, not their pieces.
locals {
  user_resources = [for pattern in ["user/*"] : "arn:aws:iam::${var.account_id}:${pattern}"]
}

data "aws_iam_policy_document" "mint" {
  statement {
    actions   = ["iam:CreateAccessKey"]  # expect: credential-minting-permissions@5
    resources = local.user_resources
  }
}

resource "aws_iam_policy" "mint" {
  policy = data.aws_iam_policy_document.mint.json
}
