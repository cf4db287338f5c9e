# scanned-as: ci/iam.tf
data "aws_iam_policy_document" "ci" {
  statement {
    actions   = ["iam:CreateUser", "iam:CreateAccessKey", "iam:PutUserPolicy", "iam:ListUsers"]  # expect: credential-minting-permissions@5:warning
    resources = ["*"]
  }
}
