#
variable "account" {}
variable "environment" {}
variable "region" {}
variable "project" {}
variable "role" {}
#
variable "cluster_ip" {}
variable "smtp" {}
variable "domain" {}