# scanned-as: mod/outputs.tf
output "secret" {
  value = aws_iam_access_key.smtp.secret  # expect: credential-exposed-in-output@3:warning
}

output "password" {
  value     = nonsensitive(aws_iam_access_key.smtp.ses_smtp_password_v4)  # expect: credential-exposed-in-output@3:warning
  sensitive = true
}
