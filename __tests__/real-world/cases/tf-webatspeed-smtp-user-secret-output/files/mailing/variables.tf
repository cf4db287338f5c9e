variable "email" {}

variable "email_templates" {}

variable "attachment_dir" {}
