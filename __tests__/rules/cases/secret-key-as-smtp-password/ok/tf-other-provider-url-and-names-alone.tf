# scanned-as: mail/outputs.tf
resource "aws_iam_access_key" "relay" {
  user = aws_iam_user.relay.name
}

output "mailgun_url" {
  sensitive = true
  value     = "smtp://${var.mailgun_user}:${aws_iam_access_key.relay.secret}@smtp.mailgun.org:587"
}

resource "aws_ssm_parameter" "flags" {
  name  = "/app/smtp/password_rotation_days"
  type  = "String"
  value = 90
}

resource "aws_ssm_parameter" "aws_secret" {
  name  = "/app/aws/secret_access_key"
  type  = "SecureString"
  value = aws_iam_access_key.relay.secret
}

output "smtp" {
  value = {
    create_password = true
    password_length = 32
    password        = "changeme"
  }
}
