# scanned-as: infra/mail.tf
resource "aws_iam_user" "smtp" {
  name = "ses-smtp"
}

resource "aws_iam_access_key" "smtp" {
  user = aws_iam_user.smtp.name
}

module "app" {
  source        = "./app"
  smtp_server   = "email-smtp.eu-west-1.amazonaws.com"
  smtp_login    = "postmaster@mg.acme-mail.net"  # expect: smtp-username-not-access-key-id@20:warning
  smtp_password = aws_iam_access_key.smtp.ses_smtp_password_v4
}

resource "kubernetes_secret" "mail" {
  metadata {
    name = "mail"
  }
  data = {
    # An SES host beside another provider's: the slots are SES's.
    SMTP_HOST     = "email-smtp.eu-west-1.amazonaws.com"
    FALLBACK_HOST = "smtp.mailgun.org"
    SMTP_USERNAME = aws_iam_user.smtp.name  # expect: smtp-username-not-access-key-id@21:warning
    SMTP_PASSWORD = aws_iam_access_key.smtp.ses_smtp_password_v4
  }
}
