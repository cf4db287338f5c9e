terraform {
  required_version = ">= 0.13.0, < 0.14.0"
}
