# scanned-as: modules/mail/outputs.tf
resource "aws_iam_user" "smtp" {
  name = "ses-smtp"
}

resource "aws_iam_access_key" "smtp" {
  user = aws_iam_user.smtp.name
}

output "smtp_username" {
  value = aws_iam_user.smtp.name # expect: smtp-username-not-access-key-id@11:warning
}

output "smtp_login" {
  value = aws_iam_access_key.smtp.user # expect: smtp-username-not-access-key-id@11:warning
}
