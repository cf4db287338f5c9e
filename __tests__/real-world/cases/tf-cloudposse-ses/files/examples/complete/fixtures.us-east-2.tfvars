enabled = true

region = "us-east-2"

namespace = "eg"

name = "ses"

stage = "test"

domain = "example.com"

verify_domain = true

verify_dkim = true
