# scanned-as: modules/user/main.tf
# Settings named after an access key hold a boolean, a status and a number: none of them is a key.
module "ses_user" {
  source = "cloudposse/iam-system-user/aws"

  create_access_key      = true
  access_key_status      = "Inactive"
  iam_access_key_max_age = 90
  access_key_enabled     = var.access_key_enabled
}

variable "access_key_enabled" {
  type = bool
}
