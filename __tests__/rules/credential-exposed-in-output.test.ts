import { beforeAll, describe, expect, it } from '@jest/globals';
import { loadHcl } from '../../src/formats/terraform/hcl.js';
import { scanFiles, placesOf } from '../helpers/scan.js';

const rule = 'credential-exposed-in-output';
beforeAll(loadHcl);

describe(rule, () => {
  it('fires on Terraform outputs without sensitive, or with nonsensitive()', () => {
    const files = {
      'mod/outputs.tf': `output "secret" {
  value = aws_iam_access_key.smtp.secret
}

output "password" {
  value     = nonsensitive(aws_iam_access_key.smtp.ses_smtp_password_v4)
  sensitive = true
}
`,
    };
    expect(placesOf(rule, files)).toEqual(['mod/outputs.tf:2:3', 'mod/outputs.tf:6:3']);
    expect(scanFiles(files).findings.map((f) => f.severity)).toEqual(['warning', 'warning']);
  });

  it('fires on an SSM String parameter', () => {
    const files = {
      'mod/ssm.tf': `resource "aws_ssm_parameter" "pw" {\n  name  = "/mail/pw"\n  type  = "String"\n  value = aws_iam_access_key.smtp.ses_smtp_password_v4\n}\n`,
    };
    expect(placesOf(rule, files)).toEqual(['mod/ssm.tf:4:3']);
  });

  it('fires as an error on CloudFormation outputs, JSON and YAML, plain and in !Sub', () => {
    const json = `{
  "Resources": { "Key": { "Type": "AWS::IAM::AccessKey", "Properties": { "UserName": "u" } } },
  "Outputs": {
    "Secret": {
      "Value": { "Fn::GetAtt": ["Key", "SecretAccessKey"] }
    }
  }
}
`;
    const yaml = `Resources:\n  Key:\n    Type: AWS::IAM::AccessKey\nOutputs:\n  Pair:\n    Value: !Sub '\${Key}:\${Key.SecretAccessKey}'\n`;
    const result = scanFiles({ 'cloudformation/key.json': json, 'cloudformation/key.yaml': yaml });
    expect(
      result.findings
        .filter((f) => f.ruleId === rule)
        .map((f) => `${f.file}:${f.span.startLine}:${f.span.startColumn} ${f.severity}`),
    ).toEqual(['cloudformation/key.json:5:18 error', 'cloudformation/key.yaml:6:25 error']);
  });

  it('stays quiet on sensitive outputs, key IDs, SecureString and Secrets Manager', () => {
    const files = {
      'mod/main.tf': `output "id" {
  value = aws_iam_access_key.smtp.id
}

output "password" {
  value     = aws_iam_access_key.smtp.ses_smtp_password_v4
  sensitive = true
}

resource "aws_ssm_parameter" "pw" {
  type  = "SecureString"
  value = aws_iam_access_key.smtp.ses_smtp_password_v4
}

resource "aws_secretsmanager_secret_version" "smtp" {
  secret_string = jsonencode({ password = aws_iam_access_key.smtp.ses_smtp_password_v4 })
}
`,
      'cloudformation/key.yaml':
        'Resources:\n  Key:\n    Type: AWS::IAM::AccessKey\nOutputs:\n  Id:\n    Value: !Ref Key\n',
    };
    expect(placesOf(rule, files)).toEqual([]);
  });
});
