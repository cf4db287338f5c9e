import { beforeAll, describe, expect, it } from '@jest/globals';
import { loadHcl } from '../../src/formats/terraform/hcl.js';
import { placesOf, scanFiles } from '../helpers/scan.js';

const rule = 'credential-minting-permissions';
beforeAll(loadHcl);

describe(rule, () => {
  it('fires on the SMTP-credential permissions on * in a policy document', () => {
    const files = {
      'ci/iam.tf': `data "aws_iam_policy_document" "ci" {
  statement {
    actions   = ["iam:CreateUser", "iam:CreateAccessKey", "iam:PutUserPolicy", "iam:ListUsers"]
    resources = ["*"]
  }
}
`,
    };
    expect(placesOf(rule, files)).toEqual(['ci/iam.tf:3:5']);
  });

  it('fires on iam:* in a Serverless role and on IAMFullAccess attached in CloudFormation', () => {
    const serverless = `service: mailer
provider:
  name: aws
  iam:
    role:
      statements:
        - Effect: Allow
          Action: ['iam:*']
          Resource: '*'
`;
    const template = `Resources:
  Deployer:
    Type: AWS::IAM::Role
    Properties:
      ManagedPolicyArns:
        - arn:aws:iam::aws:policy/IAMFullAccess
`;
    expect(placesOf(rule, { 'svc/serverless.yml': serverless, 'cloudformation/ci.yaml': template })).toEqual([
      'cloudformation/ci.yaml:6:11',
      'svc/serverless.yml:8:20',
    ]);
  });

  it('stays quiet on self-service key rotation, on read-only IAM and on Deny', () => {
    const template = `Resources:
  Rotate:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument:
        Statement:
          - Effect: Allow
            Action: [iam:CreateAccessKey, iam:DeleteAccessKey]
            Resource: !Sub 'arn:aws:iam::\${AWS::AccountId}:user/\${aws:username}'
          - Effect: Allow
            Action: [iam:ListUsers, iam:GetUser]
            Resource: '*'
          - Effect: Deny
            Action: iam:CreateUser
            Resource: '*'
`;
    expect(placesOf(rule, { 'cloudformation/rotate.yaml': template })).toEqual([]);
  });

  it('says what a grant of login profiles mints: console passwords, not access keys', () => {
    const files = {
      'ci/iam.tf': `data "aws_iam_policy_document" "ci" {
  statement {
    actions   = ["iam:UpdateLoginProfile"]
    resources = ["*"]
  }
  statement {
    actions   = ["iam:CreateAccessKey", "iam:CreateLoginProfile"]
    resources = ["arn:aws:iam::123456789012:user/ops/*"]
  }
}
`,
    };
    const messages = scanFiles(files)
      .findings.filter((finding) => finding.ruleId === rule)
      .map((finding) => finding.message);
    expect(messages).toHaveLength(2);
    expect(messages[0]).toMatch(/set the console password of any user and sign in as them/);
    expect(messages[0]).not.toMatch(/access keys/);
    expect(messages[1]).toMatch(/mint access keys for any user and set the console password of any user/);
  });
});
