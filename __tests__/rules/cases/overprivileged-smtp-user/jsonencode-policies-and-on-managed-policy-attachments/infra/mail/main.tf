resource "aws_iam_user" "mailer" {
  name = "mailer"
}

resource "aws_iam_access_key" "mailer" {
  user = aws_iam_user.mailer.name
}

resource "aws_iam_user_policy" "send" {
  user = aws_iam_user.mailer.name
  policy = jsonencode({
    Statement = [{ Effect = "Allow", Action = ["ses:SendRawEmail", "iam:PassRole"], Resource = "*" }]  # expect: overprivileged-smtp-user@38
  })
}

resource "aws_iam_user_policy_attachment" "full" {
  user       = aws_iam_user.mailer.name
  policy_arn = "arn:aws:iam::aws:policy/AmazonSESFullAccess"  # expect: overprivileged-smtp-user@16
}
