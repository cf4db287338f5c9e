# scanned-as: mod/lambda.tf
resource "aws_lambda_function" "m" {
  environment {
    variables = {
      SMTP_PASSWORD = aws_iam_access_key.smtp.ses_smtp_password_v4
    }
  }
}
