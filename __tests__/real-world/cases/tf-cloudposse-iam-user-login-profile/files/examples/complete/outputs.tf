output "user_name" {
  value = module.user.user_name
}
