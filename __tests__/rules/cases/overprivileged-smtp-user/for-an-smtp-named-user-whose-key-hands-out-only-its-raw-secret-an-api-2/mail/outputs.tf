output "password" {
  value     = aws_iam_access_key.smtp.secret
  sensitive = true
}
