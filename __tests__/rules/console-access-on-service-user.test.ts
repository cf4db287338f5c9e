import { beforeAll, describe, expect, it } from '@jest/globals';
import { loadHcl } from '../../src/formats/terraform/hcl.js';
import { placesOf } from '../helpers/scan.js';

const rule = 'console-access-on-service-user';
beforeAll(loadHcl);

const user = `resource "aws_iam_user" "smtp" {
  name = "ses-smtp"
}

resource "aws_iam_access_key" "smtp" {
  user = aws_iam_user.smtp.name
}
`;

describe(rule, () => {
  it('fires on a login profile for the SMTP user', () => {
    const files = {
      'mod/main.tf': `${user}\nresource "aws_iam_user_login_profile" "smtp" {\n  user = aws_iam_user.smtp.name\n}\n`,
    };
    expect(placesOf(rule, files)).toEqual(['mod/main.tf:9:1']);
  });

  it('fires on a CloudFormation LoginProfile of a user with keys and SES permissions', () => {
    const template = `Resources:
  Sender:
    Type: AWS::IAM::User
    Properties:
      LoginProfile:
        Password: !Ref Pw
      Policies:
        - PolicyName: send
          PolicyDocument:
            Statement:
              - Effect: Allow
                Action: ses:SendRawEmail
                Resource: '*'
  SenderKey:
    Type: AWS::IAM::AccessKey
    Properties:
      UserName: !Ref Sender
`;
    expect(placesOf(rule, { 'cloudformation/sender.yaml': template })).toEqual(['cloudformation/sender.yaml:5:7']);
  });

  it('stays quiet on people: a login profile on a user without keys or SES use', () => {
    const files = {
      'mod/people.tf': `resource "aws_iam_user" "alice" {\n  name = "alice"\n}\n\nresource "aws_iam_user_login_profile" "alice" {\n  user = aws_iam_user.alice.name\n}\n`,
      'mod/main.tf': user,
    };
    expect(placesOf(rule, files)).toEqual([]);
  });
});
