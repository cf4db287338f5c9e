# scanned-as: envs/prod/main.tf
provider "aws" {
  access_key = var.root_access_key  # expect: root-credentials@16:error
  secret_key = var.root_secret_key  # expect: root-credentials@16:error
}
