# scanned-as: main.tf
module "mail" {
  source                     = "./ses"
  smtp_secret_password_key   = "smtp-password"
  smtp_password_secret_name  = "gitlab-ses-secrets"
  ses_smtp_password_ssm_path = "/mail/ses/smtp-password"
}
variable "smtp_password" {
  default = "smtp-password"
}
