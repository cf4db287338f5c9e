# scanned-as: modules/email/outputs.tf
resource "aws_iam_access_key" "smtp" {
  user = aws_iam_user.smtp.name
}

output "smtp_url" {
  sensitive = true
  value     = "smtp://${aws_iam_access_key.smtp.id}:${aws_iam_access_key.smtp.secret}@email-smtp.${var.region}.amazonaws.com:587" # expect: secret-key-as-smtp-password@55:error
}

output "smtp" {
  sensitive = true
  value = {
    endpoint = "email-smtp.${data.aws_region.current.name}.amazonaws.com"
    username = aws_iam_access_key.smtp.id
    password = var.enabled ? aws_iam_access_key.smtp.secret : null # expect: secret-key-as-smtp-password@30:error
  }
}
