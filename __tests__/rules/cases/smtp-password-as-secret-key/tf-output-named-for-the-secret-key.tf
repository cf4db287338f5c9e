# scanned-as: modules/iam-user/outputs.tf
resource "aws_iam_access_key" "this" {
  user = aws_iam_user.this.name
}

output "access_key_id" {
  value = aws_iam_access_key.this.id
}

output "secret_access_key" {
  value     = try(aws_iam_access_key.this.ses_smtp_password_v4, "") # expect: smtp-password-as-secret-key@19:error
  sensitive = true
}
