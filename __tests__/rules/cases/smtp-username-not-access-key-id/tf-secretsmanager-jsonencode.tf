# scanned-as: infra/mail.tf
resource "aws_iam_user" "smtp" {
  name = "ses-smtp"
}

resource "aws_iam_access_key" "smtp" {
  user = aws_iam_user.smtp.name
}

resource "aws_secretsmanager_secret_version" "smtp" {
  secret_id = aws_secretsmanager_secret.smtp.id
  secret_string = jsonencode({
    username = aws_iam_user.smtp.name # expect: smtp-username-not-access-key-id@16:warning
    password = aws_iam_access_key.smtp.ses_smtp_password_v4
    host     = "email-smtp.${var.region}.amazonaws.com"
  })
}
