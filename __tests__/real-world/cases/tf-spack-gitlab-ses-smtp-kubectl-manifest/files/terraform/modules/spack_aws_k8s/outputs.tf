output "nat_public_ips" {
  value = module.vpc.nat_public_ips
}
