locals {
  rule_set_name = "${var.prefix}-rules"
}
