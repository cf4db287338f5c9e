resource "kubernetes_secret" "smtp" {
  data = {
    host     = "email-smtp.ap-southeast-2.amazonaws.com"
    password = aws_iam_access_key.smtp.ses_smtp_password_v4
  }
}
