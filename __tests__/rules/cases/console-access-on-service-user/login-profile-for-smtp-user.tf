# scanned-as: mod/main.tf
resource "aws_iam_user" "smtp" {
  name = "ses-smtp"
}

resource "aws_iam_access_key" "smtp" {
  user = aws_iam_user.smtp.name
}

resource "aws_iam_user_login_profile" "smtp" {  # expect: console-access-on-service-user@1:warning
  user = aws_iam_user.smtp.name
}
