/**
 * Uncomment this if you want to extract the secret again.
 * For details see: https://www.terraform.io/docs/providers/aws/r/iam_access_key.html
 **/

//output "smtp_username" {
//  value = "${aws_iam_access_key.smtp.id}"
//}
//output "smtp_password" {
//  value = "${aws_iam_access_key.smtp.ses_smtp_password}"
//}
