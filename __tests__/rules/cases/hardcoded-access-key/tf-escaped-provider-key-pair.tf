# scanned-as: infra/main.tf
# Terraform decodes `\uNNNN` in a quoted string: these are the pair AKIA…AAAA and wJ8r…/…, written escaped.
provider "aws" {
  region     = "eu-west-1"
  access_key = "\u0041KIAQ2R3S4T5U6V7AAAA"  # expect: hardcoded-access-key@17:error
  secret_key = "wJ8rkTz9Qp\u002fLmN4vB6xC1yD3eF5gH7iJ0kL2mN4o"  # expect: hardcoded-access-key@17:error
}
