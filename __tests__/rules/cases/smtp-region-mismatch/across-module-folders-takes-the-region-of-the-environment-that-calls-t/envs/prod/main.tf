provider "aws" {
  region = var.region
}

module "mail" {
  source = "../../modules/mail"
}
