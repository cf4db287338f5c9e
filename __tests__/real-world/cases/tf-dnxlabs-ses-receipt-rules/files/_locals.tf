locals {
  valid_matching_types = ["send", "reject", "bounce", "complaint", "delivery", "open", "click", "renderingFailure"]
}

