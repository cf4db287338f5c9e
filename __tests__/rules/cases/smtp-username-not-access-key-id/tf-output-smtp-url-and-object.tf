# scanned-as: modules/email/outputs.tf
resource "aws_iam_user" "smtp" {
  name = "ses-smtp"
}

resource "aws_iam_access_key" "smtp" {
  user = aws_iam_user.smtp.name
}

output "smtp_url" {
  sensitive = true
  value     = "smtp://${aws_iam_user.smtp.name}:${aws_iam_access_key.smtp.ses_smtp_password_v4}@email-smtp.${var.region}.amazonaws.com:587" # expect: smtp-username-not-access-key-id@25:warning
}

output "smtp" {
  sensitive = true
  value = {
    host     = "email-smtp.${data.aws_region.current.name}.amazonaws.com"
    username = aws_iam_access_key.smtp.user # expect: smtp-username-not-access-key-id@16:warning
    password = aws_iam_access_key.smtp.ses_smtp_password_v4
  }
}
