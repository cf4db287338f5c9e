provider "aws" {
  region = "us-east-1"
}
module "m" {
  source = "../../modules/mail"
}
