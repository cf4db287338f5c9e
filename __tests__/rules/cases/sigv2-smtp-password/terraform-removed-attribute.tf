# scanned-as: mod/main.tf
resource "aws_secretsmanager_secret_version" "s" {
  secret_string = aws_iam_access_key.smtp.ses_smtp_password  # expect: sigv2-smtp-password@19:error
}
