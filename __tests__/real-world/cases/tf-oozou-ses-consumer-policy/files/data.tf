data "aws_caller_identity" "main" {}

data "aws_region" "active" {}
