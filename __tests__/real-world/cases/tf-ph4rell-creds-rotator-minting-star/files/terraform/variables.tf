variable "email" {
    type = string
}