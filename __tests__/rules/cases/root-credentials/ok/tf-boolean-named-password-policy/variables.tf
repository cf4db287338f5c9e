variable "create_account_password_policy" {
  type    = bool
  default = true
}

variable "account_password_required" {
  default = false
}

variable "max_account_password_age" {
  type = number
}
