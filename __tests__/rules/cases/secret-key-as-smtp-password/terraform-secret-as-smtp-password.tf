# scanned-as: mod/lambda.tf
resource "aws_lambda_function" "mailer" {
  environment {
    variables = {
      SMTP_HOST     = "email-smtp.eu-west-1.amazonaws.com"
      SMTP_PASSWORD = aws_iam_access_key.smtp.secret  # expect: secret-key-as-smtp-password@23:error
    }
  }
}
