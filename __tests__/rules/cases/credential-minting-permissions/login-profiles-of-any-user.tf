# scanned-as: ci/iam.tf
data "aws_iam_policy_document" "ci" {
  statement {
    actions   = ["iam:UpdateLoginProfile", "iam:GetUser"]  # expect: credential-minting-permissions@5:warning
    resources = ["*"]
  }
  statement {
    actions   = ["iam:CreateLoginProfile"]  # expect: credential-minting-permissions@5:warning
    resources = ["arn:aws:iam::123456789012:user/admins/*"]
  }
}
