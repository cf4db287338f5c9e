# scanned-as: mod/main.tf
output "id" {
  value = aws_iam_access_key.smtp.id
}

output "password" {
  value     = aws_iam_access_key.smtp.ses_smtp_password_v4
  sensitive = true
}

resource "aws_ssm_parameter" "pw" {
  type  = "SecureString"
  value = aws_iam_access_key.smtp.ses_smtp_password_v4
}

resource "aws_secretsmanager_secret_version" "smtp" {
  secret_string = jsonencode({ password = aws_iam_access_key.smtp.ses_smtp_password_v4 })
}
