# scanned-as: mail/iam.tf
resource "aws_iam_user" "smtp" {
  name = "ses-smtp"
}

resource "aws_iam_access_key" "smtp" {
  user = aws_iam_user.smtp.name
}

resource "aws_iam_user_policy_attachment" "smtp_send" {
  user       = aws_iam_user.smtp.name
  policy_arn = aws_iam_policy.send.arn
}

output "smtp_user_name" {
  value = aws_iam_user.smtp.name
}

output "smtp" {
  value = {
    host     = "email-smtp.${data.aws_region.current.name}.amazonaws.com"
    username = aws_iam_access_key.smtp.id
    password = aws_iam_access_key.smtp.ses_smtp_password_v4
    enabled  = true
    port     = 587
  }
  sensitive = true
}
