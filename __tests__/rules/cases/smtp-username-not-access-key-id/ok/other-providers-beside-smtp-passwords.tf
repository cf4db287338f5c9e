# scanned-as: infra/mail.tf
module "app" {
  source        = "./app"
  smtp_server   = "smtp.mailgun.org"
  smtp_login    = "postmaster@mg.acme-mail.net"
  smtp_password = var.mailgun_smtp_password
}

resource "kubernetes_secret" "mail" {
  metadata {
    name = "mail"
  }
  data = {
    SMTP_HOST     = "[smtp.sendgrid.net]:587"
    SMTP_USERNAME = "apikey"
    SMTP_PASSWORD = var.sendgrid_api_key
  }
}

locals {
  office = {
    smtp_host     = "smtp.office365.com"
    smtp_username = "alerts@acme.com"
    smtp_password = var.office_password
  }
  gmail = {
    host          = "smtps://smtp.gmail.com:465"
    smtp_user     = "alerts@acme.com"
    smtp_password = var.gmail_app_password
  }
}
