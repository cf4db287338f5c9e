# scanned-as: modules/iam-user/outputs.tf
resource "aws_iam_access_key" "this" {
  user = aws_iam_user.this.name
}

output "secret_access_key" {
  value     = aws_iam_access_key.this.secret
  sensitive = true
}

output "ses_smtp_password_v4" {
  value     = aws_iam_access_key.this.ses_smtp_password_v4
  sensitive = true
}

output "iam_access_key_secret_encrypted" {
  value = aws_iam_access_key.this.encrypted_secret
}
