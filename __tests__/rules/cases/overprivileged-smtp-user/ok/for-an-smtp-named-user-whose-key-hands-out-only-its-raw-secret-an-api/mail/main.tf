resource "aws_iam_user" "smtp_user" {
  name = "smtp_user"
}

resource "aws_iam_access_key" "smtp" {
  user = aws_iam_user.smtp_user.name
}

resource "aws_iam_user_policy" "send" {
  user   = aws_iam_user.smtp_user.name
  policy = jsonencode({ Statement = [{ Effect = "Allow", Action = ["ses:SendTemplatedEmail", "s3:Get*"], Resource = "*" }] })
}
