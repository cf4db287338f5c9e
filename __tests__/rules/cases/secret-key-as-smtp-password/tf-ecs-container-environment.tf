# scanned-as: ecs/task.tf
resource "aws_iam_access_key" "mailer" {
  user = aws_iam_user.mailer.name
}

resource "aws_ecs_task_definition" "app" {
  family = "app"
  container_definitions = jsonencode([
    {
      name  = "app"
      image = "example/app:1.0"
      environment = [
        { name = "EMAIL_HOST", value = "email-smtp.${data.aws_region.current.name}.amazonaws.com" },
        { name = "EMAIL_PORT", value = "587" },
        { name = "EMAIL_PASSWORD", value = aws_iam_access_key.mailer.secret }, # expect: secret-key-as-smtp-password@44:error
      ]
    }
  ])
}
