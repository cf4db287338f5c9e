variable "system" {
  default = "amazon-ses-test"
}
variable "domain" {}

variable "iam_user" {}