variable "domain" {
  description = "The domain name to assign to SES"
  default     = ""
}

variable "zone_id" {
  description = "The ID of the hosted zone"
  default     = ""
}
