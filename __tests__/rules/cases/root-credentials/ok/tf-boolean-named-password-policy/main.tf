# As terraform-aws-modules/terraform-aws-iam writes it: booleans named after the account password policy.
module "iam_account" {
  source = "terraform-aws-modules/iam/aws//modules/iam-account"

  create_account_password_policy = try(var.create_account_password_policy, true)
  account_password_required      = var.account_password_required
  account_root_password_enabled  = var.create_account_password_policy ? 1 : 0
  max_account_password_age       = var.max_account_password_age >= 90 ? 90 : var.max_account_password_age
}
