# scanned-as: deploy/mail.tf
resource "aws_iam_access_key" "smtp" {
  user = aws_iam_user.smtp.name
}

resource "kubernetes_secret" "smtp" {
  metadata {
    name = "smtp"
  }
  data = {
    SMTP_HOST     = "email-smtp.${var.aws_region}.amazonaws.com"
    SMTP_USERNAME = aws_iam_access_key.smtp.id
    SMTP_PASSWORD = aws_iam_access_key.smtp.secret # expect: secret-key-as-smtp-password@21:error
  }
}
