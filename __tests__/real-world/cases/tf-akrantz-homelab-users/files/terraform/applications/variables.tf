variable "email_groups" {
  type        = map(string)
  description = "The IAM groups for SES email addresses"
}

