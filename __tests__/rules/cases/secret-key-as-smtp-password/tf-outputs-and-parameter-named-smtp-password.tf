# scanned-as: modules/mail/outputs.tf
resource "aws_iam_user" "smtp" {
  name = "ses-smtp"
}

resource "aws_iam_access_key" "smtp" {
  user = aws_iam_user.smtp.name
}

output "smtp_password" {
  value     = aws_iam_access_key.smtp.secret # expect: secret-key-as-smtp-password@15:error
  sensitive = true
}

resource "aws_ssm_parameter" "mail" {
  name  = "/app/smtp/password"
  type  = "SecureString"
  value = aws_iam_access_key.smtp.secret # expect: secret-key-as-smtp-password@11:error
}
