resource "aws_iam_user" "mailer" {
  name = "mailer"
}

resource "aws_iam_access_key" "mailer" {
  user = aws_iam_user.mailer.name
}

data "aws_iam_policy_document" "send" {
  statement {
    actions   = ["ses:*"]  # expect: overprivileged-smtp-user@5
    resources = ["*"]
  }
}

resource "aws_iam_user_policy" "send" {
  user   = aws_iam_user.mailer.name
  policy = data.aws_iam_policy_document.send.json
}
