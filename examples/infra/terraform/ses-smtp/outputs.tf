output "smtp_username" {
  value = aws_iam_access_key.smtp.id
}

# Wrong: nonsensitive() prints the password after every apply.
output "smtp_password" {
  value = nonsensitive(aws_iam_access_key.smtp.ses_smtp_password_v4)
}

# Right.
output "smtp_password_protected" {
  value     = aws_iam_access_key.smtp.ses_smtp_password_v4
  sensitive = true
}
