import { beforeAll, describe, expect, it } from '@jest/globals';
import { findNode, firstChild, loadHcl, parseHcl, type Node } from '../../../src/formats/terraform/hcl.js';
import { readBlock } from '../../../src/formats/terraform/blocks.js';
import {
  statementsFromDocument,
  statementsFromObject,
  statementsFromTemplate,
  type PolicyStatement,
} from '../../../src/formats/terraform/policy.js';
import { locate } from '../../helpers/scan.js';

beforeAll(loadHcl);

function first(root: Node, type: string): Node {
  const found = findNode(root, (node) => node.type === type);
  if (!found) throw new Error(`no ${type}`);
  return found;
}

function summary(text: string, statements: PolicyStatement[]) {
  return statements.map((statement) => ({
    at: locate(text, text.slice(statement.start, statement.end), 1, 'main.tf'),
    effect: statement.effect,
    actions: statement.actions.map((value) => value.text),
    resources: statement.resources.map((value) =>
      `${value.text}${value.whole ? ' (whole)' : ''} ${value.expressions.map((e) => e.text).join(',')}`.trim(),
    ),
  }));
}

describe('Terraform policy documents', () => {
  it('reads a heredoc JSON policy with interpolations as opaque values, inside strings and outside', () => {
    const text = `resource "aws_iam_user_policy" "p" {\n  user   = aws_iam_user.u.name\n  policy = <<-EOF\n  {\n    "Version": "2012-10-17",\n    "Statement": [\n      {\n        "Effect": "Allow",\n        "Action": ["iam:CreateAccessKey", "dynamodb:GetItem"],\n        "Resource": ["\${aws_iam_user.u.arn}", "arn:aws:iam::\${var.account}:user/\${var.smtp_user}", \${jsonencode(var.more)}]\n      }\n    ]\n  }\n  EOF\n}\n`;
    const root = parseHcl(text);
    expect(summary(text, statementsFromTemplate(first(root, 'heredoc_template'), text, 'main.tf'))).toEqual([
      {
        at: 'main.tf:9:9',
        effect: 'Allow',
        actions: ['iam:CreateAccessKey', 'dynamodb:GetItem'],
        resources: [
          '${aws_iam_user.u.arn} (whole) aws_iam_user.u.arn',
          'arn:aws:iam::${var.account}:user/${var.smtp_user} var.account,var.smtp_user',
          '${jsonencode(var.more)} (whole) jsonencode(var.more)',
        ],
      },
    ]);
  });

  it('reads a quoted JSON string policy and a single statement object', () => {
    const text = `resource "aws_iam_policy" "p" {\n  policy = "{\\"Statement\\": {\\"Effect\\": \\"Deny\\", \\"Action\\": \\"s3:*\\"}}"\n}\n`;
    const root = parseHcl(text);
    const string = findNode(root, (node) => node.type === 'string_lit' && node.text.startsWith('"{'));
    if (!string) throw new Error('no policy string');
    const statements = statementsFromTemplate(string, text, 'main.tf');
    expect(statements.map((s) => [s.effect, s.actions.map((a) => a.text), s.resources.map((r) => r.text)])).toEqual([
      ['Deny', ['s3:*'], ['*']],
    ]);
  });

  it('reads jsonencode objects, keys quoted or not, with references as resources', () => {
    const text = `resource "aws_iam_user_policy" "p" {\n  policy = jsonencode({\n    "Version" : "2012-10-17",\n    Statement = [{\n      Effect   = "Allow"\n      Action   = ["iam:CreateAccessKey"]\n      Resource = [aws_iam_user.mail.arn, "arn:aws:iam::\${local.account}:user/system/*"]\n    }]\n  })\n}\n`;
    const root = parseHcl(text);
    const call = first(root, 'function_call');
    const argument = firstChild(firstChild(call, 'function_arguments'), 'expression');
    if (!argument) throw new Error('no argument');
    expect(summary(text, statementsFromObject(argument))).toEqual([
      {
        at: 'main.tf:6:7',
        effect: 'Allow',
        actions: ['iam:CreateAccessKey'],
        resources: [
          'aws_iam_user.mail.arn (whole) aws_iam_user.mail.arn',
          'arn:aws:iam::${local.account}:user/system/* "arn:aws:iam::${local.account}:user/system/*"',
        ],
      },
    ]);
  });

  it('reads aws_iam_policy_document statements, dynamic ones included, with the default resource *', () => {
    const text = `data "aws_iam_policy_document" "d" {\n  statement {\n    actions   = ["iam:CreateAccessKey", "iam:DeleteAccessKey"]\n    resources = [aws_iam_user.mail.arn]\n  }\n  dynamic "statement" {\n    for_each = var.extra\n    content {\n      effect  = "Deny"\n      actions = ["s3:*"]\n    }\n  }\n}\n`;
    const root = parseHcl(text);
    const block = readBlock(first(root, 'block'));
    expect(summary(text, statementsFromDocument(block))).toEqual([
      {
        at: 'main.tf:3:5',
        effect: 'Allow',
        actions: ['iam:CreateAccessKey', 'iam:DeleteAccessKey'],
        resources: ['aws_iam_user.mail.arn (whole) aws_iam_user.mail.arn'],
      },
      { at: 'main.tf:10:7', effect: 'Deny', actions: ['s3:*'], resources: ['*'] },
    ]);
  });
});
