# scanned-as: infra/main.tf
module "deployer" {
  source = "./modules/iam-user"

  create_access_key      = true
  create_iam_access_key  = var.create_iam_access_key
  access_key_status      = "Inactive"
  iam_access_key_max_age = 90
  sns_kms_master_key_id  = "alias/aws/sns"
}

variable "create_iam_access_key" {
  type    = bool
  default = true
}
