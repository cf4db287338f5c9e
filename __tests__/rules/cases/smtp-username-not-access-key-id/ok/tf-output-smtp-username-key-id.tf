# scanned-as: modules/mail/outputs.tf
resource "aws_iam_user" "smtp" {
  name = "ses-smtp"
}

resource "aws_iam_access_key" "smtp" {
  user = aws_iam_user.smtp.name
}

output "smtp_username" {
  value = aws_iam_access_key.smtp.id
}

# The SMTP user's IAM name, published as such: not an SMTP user name slot.
output "smtp_user_name" {
  value = aws_iam_user.smtp.name
}
