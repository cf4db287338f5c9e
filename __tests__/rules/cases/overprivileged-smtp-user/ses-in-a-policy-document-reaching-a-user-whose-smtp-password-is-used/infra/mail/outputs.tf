output "smtp_password" {
  value     = aws_iam_access_key.mailer.ses_smtp_password_v4
  sensitive = true
}
