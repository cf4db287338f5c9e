# The role CI assumes to provision SES. Wrong: it may create keys for any user.
resource "aws_iam_role" "ci" {
  name               = "gha-ses-provisioner"
  assume_role_policy = file("${path.module}/trust.json")
}

resource "aws_iam_role_policy" "ci" {
  role = aws_iam_role.ci.name
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      { Effect = "Allow", Action = ["ses:*"], Resource = "*" },
      { Effect = "Allow", Action = ["iam:CreateUser", "iam:CreateAccessKey", "iam:PutUserPolicy"], Resource = "*" },
    ]
  })
}
