# scanned-as: modules/iam-account/main.tf
variable "create_account_password_policy" {
  type    = bool
  default = true
}

module "account" {
  source                         = "./modules/iam-account"
  create_account_password_policy = try(var.create_account_password_policy, true)
  root_password_max_age          = 90
}

resource "aws_iam_account_password_policy" "this" {
  count                   = var.create_account_password_policy ? 1 : 0
  minimum_password_length = 14
}
