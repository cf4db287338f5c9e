variable "ami" {
  type    = string
  default = "amistring1"
}

variable "private_key" {
  type    = string
  default = "private_keystring1"
}

variable "whitelist_cidr" {
  type    = string
  default = "whitelist_cidrstring1"
}
variable "zone_id" {
    default = "zone_idstring1"
}

variable "domain" {
    default = "domainstring1"
}

variable "mx_subdomain" {
    default = "mx_substring1"
}
variable "vpc_id" {
    default = "vpc_idstring1"
}

