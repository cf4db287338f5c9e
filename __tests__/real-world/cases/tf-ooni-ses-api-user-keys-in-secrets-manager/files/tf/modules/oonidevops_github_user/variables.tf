variable "tags" {
  description = "tags to apply to the resources"
  default     = {}
  type        = map(string)
}
