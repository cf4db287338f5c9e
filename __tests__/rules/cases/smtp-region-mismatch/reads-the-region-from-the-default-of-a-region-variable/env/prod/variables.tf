variable "aws_region" {
  default = "ap-southeast-2"
}
