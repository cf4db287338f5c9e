variable "ses_address_identity_arn" {
}

variable "iam_user_name" {
}

