# The SMTP user of the mailer service: some of this is wrong on purpose (see examples/README.md).

resource "aws_iam_user" "smtp" {
  name = "mailer-ses-smtp"
  path = "/system/"
}

resource "aws_iam_access_key" "smtp" {
  user = aws_iam_user.smtp.name
}

# Wrong: an SMTP user needs ses:SendRawEmail only.
data "aws_iam_policy_document" "send" {
  statement {
    actions   = ["ses:*"]
    resources = ["*"]
  }
}

resource "aws_iam_user_policy" "send" {
  name   = "ses-send"
  user   = aws_iam_user.smtp.name
  policy = data.aws_iam_policy_document.send.json
}

# Wrong: a machine identity with a console password.
resource "aws_iam_user_login_profile" "smtp" {
  user = aws_iam_user.smtp.name
}

# Right: the SMTP credentials go to Secrets Manager.
resource "aws_secretsmanager_secret_version" "smtp" {
  secret_id = "mailer/ses-smtp"
  secret_string = jsonencode({
    username = aws_iam_access_key.smtp.id
    password = aws_iam_access_key.smtp.ses_smtp_password_v4
  })
}

# Wrong: stored unencrypted.
resource "aws_ssm_parameter" "smtp_password" {
  name  = "/mailer/smtp-password"
  type  = "String"
  value = aws_iam_access_key.smtp.ses_smtp_password_v4
}

# Wrong: the provider is in us-east-1, so this password only works on that region's endpoint.
resource "kubernetes_secret" "smtp" {
  metadata {
    name = "mailer-smtp"
  }
  data = {
    SMTP_HOST     = "email-smtp.eu-west-1.amazonaws.com"
    SMTP_USERNAME = aws_iam_access_key.smtp.id
    SMTP_PASSWORD = aws_iam_access_key.smtp.ses_smtp_password_v4
  }
}
