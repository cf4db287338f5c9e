# scanned-as: mod/ssm.tf
resource "aws_ssm_parameter" "pw" {
  name  = "/mail/pw"
  type  = "String"
  value = aws_iam_access_key.smtp.ses_smtp_password_v4  # expect: credential-exposed-in-output@3:warning
}
