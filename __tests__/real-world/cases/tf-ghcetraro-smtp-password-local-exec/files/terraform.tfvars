#
account     = "pepe-argento"
account_id  = "1234567890"
environment = "production"
region      = "us-east-1"
role        = "default"
project     = "smtp"
#
cluster_ip = [
  "11.12.12.12/32", # Bloack access by ip
]
#
smtp = "email-smtp.us-east-1.amazonaws.com"
#
domain = "pepe.com"