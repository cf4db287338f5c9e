terraform {
  required_version = ">=0.12.3"
}

data "aws_region" "current" {}
