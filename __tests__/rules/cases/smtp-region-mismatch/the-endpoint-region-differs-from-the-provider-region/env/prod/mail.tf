resource "kubernetes_secret" "smtp" {
  data = {
    host     = "email-smtp.eu-west-1.amazonaws.com"
    password = aws_iam_access_key.smtp.ses_smtp_password_v4  # expect: smtp-region-mismatch@16
  }
}
