resource "kubernetes_secret" "smtp" {
  data = {
    host     = "email-smtp.us-west-2.amazonaws.com"
    password = aws_iam_access_key.smtp.ses_smtp_password_v4  # expect: smtp-region-mismatch@16
  }
}
