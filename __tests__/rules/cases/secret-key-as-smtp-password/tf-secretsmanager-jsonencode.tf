# scanned-as: infra/mail.tf
resource "aws_iam_access_key" "smtp" {
  user = aws_iam_user.smtp.name
}

resource "aws_secretsmanager_secret_version" "smtp" {
  secret_id = aws_secretsmanager_secret.smtp.id
  secret_string = jsonencode({
    host     = "email-smtp.${var.region}.amazonaws.com"
    username = aws_iam_access_key.smtp.id
    password = aws_iam_access_key.smtp.secret # expect: secret-key-as-smtp-password@16:error
  })
}
