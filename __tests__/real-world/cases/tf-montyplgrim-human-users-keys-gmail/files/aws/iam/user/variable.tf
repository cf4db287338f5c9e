variable "name" {
  type = string
}
variable "path" {
  type = string
}
variable "email" {}
variable "groups" {}
variable "user_policies_inline" {}
variable "user_policies_aws" {}
variable "policies_inline" {}
variable "policies_aws" {}