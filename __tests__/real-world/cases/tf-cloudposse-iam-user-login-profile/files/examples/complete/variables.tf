variable "region" {
  type = string
}

variable "user_name" {
  type = string
}
