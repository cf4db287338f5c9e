# scanned-as: mod/main.tf
resource "aws_sqs_queue" "q" {
  account_email = "arn:aws:kms:eu-west-1:${data.aws_caller_identity.current.account_id}:recipient"
}
