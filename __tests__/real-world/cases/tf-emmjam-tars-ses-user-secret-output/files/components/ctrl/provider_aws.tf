provider "aws" {
  region  = var.aws_region
  version = "3.50.0"
}

