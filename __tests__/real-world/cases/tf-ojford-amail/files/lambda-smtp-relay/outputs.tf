output "function_arn" {
  value = aws_lambda_function.smtp_relay.arn
}
