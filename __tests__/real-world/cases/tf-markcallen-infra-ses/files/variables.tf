variable "project" {
  type = string
}
variable "aws_region" {
  type    = string
  default = "us-east-1"
}
variable "domain" {
  type = string
}
variable "username" {
  type    = string
  default = ""
}
variable "email" {
  type = string
}
