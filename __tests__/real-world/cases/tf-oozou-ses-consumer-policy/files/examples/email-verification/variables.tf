/* -------------------------------------------------------------------------- */
/*                                   Generic                                  */
/* -------------------------------------------------------------------------- */

variable "prefix" {
  description = "The prefix name of customer to be displayed in AWS console and resource"
  type        = string
}

variable "environment" {
  description = "To manage a resources with tags"
  type        = string
}

variable "tags" {
  description = "Custom tags which can be passed on to the AWS resources. They should be key value pairs having distinct keys."
  type        = map(string)
  default     = {}
}

/* -------------------------------------------------------------------------- */
/*                                    SES                                     */
/* -------------------------------------------------------------------------- */

variable "ses_email" {
  description = "SES email configuration"
  type = object({
    email = string
  })
  default = {
    email = "test@example.com"
  }
}
