import { describe, expect, it } from '@jest/globals';
import { cloudFormationAdapter, looksLikeCloudFormation } from '../../src/formats/cloudformation.js';
import { YamlSource } from '../../src/formats/shared/yaml.js';
import { parseAsScanned as parse } from '../helpers/parse.js';
import { fake } from '../helpers/scan.js';

describe('cloudformation adapter', () => {
  it('matches template paths and detects templates by content', () => {
    expect(cloudFormationAdapter.matches('infra/cloudformation/mail.yaml')).toBe(true);
    expect(cloudFormationAdapter.matches('services/api/template.yaml')).toBe(true);
    expect(cloudFormationAdapter.matches('services/api/config.yaml')).toBe(true);
    expect(cloudFormationAdapter.matches('package-lock.json')).toBe(false);
    expect(cloudFormationAdapter.matches('src/index.ts')).toBe(false);
    const detect = (text: string) => looksLikeCloudFormation(new YamlSource('t', text).documents[0]?.contents);
    expect(detect("AWSTemplateFormatVersion: '2010-09-09'\n")).toBe(true);
    expect(detect('Resources:\n  Q:\n    Type: AWS::SQS::Queue\n')).toBe(true);
    expect(detect('Resources:\n  - name: not a template\n')).toBe(false);
  });

  it('ignores YAML and JSON that is not a template, even when broken', () => {
    const model = parse('cloudformation/params.yaml', `SmtpUser: ${fake.accessKeyId()}\n`);
    expect(model.references).toEqual([]);
    expect(model.iam).toBeUndefined();
    expect(parse('docs/openapi.yaml', 'paths: [unclosed\n').problems).toEqual([]);
  });

  it('finds a template by content outside any template folder', () => {
    const model = parse(
      'infra/mail.yml',
      `Resources:\n  Key:\n    Type: AWS::IAM::AccessKey\nOutputs:\n  S:\n    Value: !GetAtt Key.SecretAccessKey\n`,
    );
    expect(model.iam?.exposures.map((e) => e.span.startLine)).toEqual([6]);
  });

  it('reads short-form tags, parameters, functions and IAM with exact positions', () => {
    const text = `AWSTemplateFormatVersion: '2010-09-09'
Parameters:
  KeyId:
    Type: String
    Default: ${fake.accessKeyId()}
Resources:
  Mailer:
    Type: AWS::IAM::User
  MailerKey:
    Type: AWS::IAM::AccessKey
    Properties:
      UserName: !Ref Mailer
  Fn:
    Type: AWS::Lambda::Function
    Properties:
      Environment:
        Variables:
          SMTP_HOST: email-smtp.eu-west-1.amazonaws.com
          SMTP_USERNAME: !Ref MailerKey
          SMTP_PASSWORD: !GetAtt MailerKey.SecretAccessKey
`;
    const model = parse('cloudformation/mail.yaml', text);
    expect(
      model.references.map((r) => [r.source.type, r.sink.name, `${r.span.startLine}:${r.span.startColumn}`]),
    ).toEqual([
      ['literal', 'KeyId', '5:14'],
      ['attribute', 'SMTP_USERNAME', '19:31'],
      ['attribute', 'SMTP_PASSWORD', '20:34'],
    ]);
    expect(model.uses.map((u) => [u.label, u.destination.smtp?.target])).toEqual([['function Fn', 'ses']]);
    expect(model.iam?.accessKeys.map((k) => k.userKey)).toEqual(['cloudformation/mail.yaml::Mailer']);
  });

  it('reports a broken template and goes on', () => {
    const model = parse('cloudformation/bad.json', '{"AWSTemplateFormatVersion": "2010-09-09", "Resources": {"A": ');
    expect(model.problems[0]?.message).toMatch(/^YAML syntax error/);
  });
});
