
region = "us-east-2"

namespace = "eg"

stage = "test"

name = "system-user"
