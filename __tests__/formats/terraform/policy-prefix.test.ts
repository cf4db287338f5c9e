import { beforeAll, describe, expect, it } from '@jest/globals';
import { loadHcl, parseHcl, type Node } from '../../../src/formats/terraform/hcl.js';
import { statementsFromTemplate, type PolicyStatement } from '../../../src/formats/terraform/policy.js';
import { YamlSource } from '../../../src/formats/shared/yaml.js';
import { joinedPieces, seeded } from '../../helpers/seeded.js';

beforeAll(loadHcl);

// A policy template is read as YAML with only its own line blanked before it, not the whole file above:
// that cost each template the file's length. These prove the lines above never changed what is read.

const pieces = [
  '{',
  '}',
  '[',
  ']',
  ',',
  ':',
  ' ',
  ' ',
  '\n',
  '\n  ',
  '\t',
  '"Statement"',
  '"Action"',
  '"Effect"',
  '"Allow"',
  '"Deny"',
  '"Resource"',
  '"s3:*"',
  '"ses:SendRawEmail"',
  '"*"',
  '#c',
  '&a',
  '*a',
  '---',
  '%YAML 1.2',
  '- ',
  '? ',
  '|',
  '>',
  "'q'",
  '"\\u0041"',
  '"a\\"b"',
  '1',
  'null',
  '\r\n',
  '…',
  '__',
  '"__"',
];

function policyText(random: () => number): string {
  if (random() < 0.5) {
    const statement = () =>
      `{"Effect": ${random() < 0.5 ? '"Allow"' : '"Deny"'},${random() < 0.3 ? '\n' : ' '}"Action": ["ses:SendRawEmail", "s3:*"], "Resource": ${random() < 0.5 ? '"*"' : '["arn:aws:s3:::b", "__"]'}}`;
    const count = 1 + Math.floor(random() * 3);
    return `{"Version": "2012-10-17",\n  "Statement": [${Array.from({ length: count }, statement).join(',\n    ')}]\n}`;
  }
  return joinedPieces(random, pieces, 1 + Math.floor(random() * 30));
}

function blankLines(random: () => number): string {
  return (
    Array.from({ length: Math.floor(random() * 6) }, () => ' '.repeat(Math.floor(random() * 40))).join('\n') + '\n'
  );
}

function reading(text: string) {
  const source = new YamlSource('p.json', text);
  return {
    documents: source.documents.length,
    problems: source.problems().length > 0,
    value: JSON.stringify(source.documents[0]?.contents?.toJSON() ?? null),
  };
}

describe('a policy template read as YAML, blank lines above it or none', () => {
  it('reads the same documents, problems and values on 3 000 generated texts at a generated column', () => {
    const random = seeded(32);
    let valid = 0;
    for (let i = 0; i < 3_000; i++) {
      const text = ' '.repeat(Math.floor(random() * 12)) + policyText(random);
      const alone = reading(text);
      if (!alone.problems) valid++;
      expect({ i, ...reading(blankLines(random) + text) }).toEqual({ i, ...alone });
    }
    // Both outcomes were generated: texts read cleanly and texts with problems.
    expect(valid).toBeGreaterThan(500);
    expect(valid).toBeLessThan(2_900);
  });
});

function templates(root: Node): Node[] {
  const found: Node[] = [];
  const walk = (node: Node) => {
    if (node.type === 'heredoc_template' || (node.type === 'string_lit' && node.text.startsWith('"{')))
      found.push(node);
    else for (const child of node.namedChildren) walk(child);
  };
  walk(root);
  return found;
}

function shifted(statements: PolicyStatement[], by: number) {
  return statements.map((statement) => ({
    start: statement.start - by,
    end: statement.end - by,
    effect: statement.effect,
    notAction: statement.notAction,
    actions: statement.actions.map((value) => [value.text, value.whole, value.expressions.map((e) => e.text)]),
    resources: statement.resources.map((value) => [value.text, value.whole, value.expressions.map((e) => e.text)]),
  }));
}

describe('statementsFromTemplate after many other blocks', () => {
  it('reads each generated policy as it reads it alone, at offsets moved by what precedes it', () => {
    const random = seeded(3232);
    const policies = Array.from({ length: 200 }, (_, i) => {
      const json = policyText(random).replaceAll('__', '${aws_iam_user.u.arn}');
      return random() < 0.5
        ? `resource "aws_iam_user_policy" "p${i}" {\n  policy = <<EOF\n${json}\nEOF\n}\n`
        : `resource "aws_iam_policy" "p${i}" {\n  policy = "${json.replace(/[\\"]/g, '\\$&').replace(/\r?\n/g, '\\n')}"\n}\n`;
    });
    const whole = policies.join('# other lines\n\n');
    const read = templates(parseHcl(whole));
    let at = 0;
    let compared = 0;
    for (const policy of policies) {
      const alone = templates(parseHcl(policy));
      const here = read.filter((node) => node.startIndex >= at && node.endIndex <= at + policy.length);
      expect(here.map((node) => node.text)).toEqual(alone.map((node) => node.text));
      for (const [index, node] of alone.entries()) {
        const inFile = here[index];
        if (!inFile) continue;
        const expected = shifted(statementsFromTemplate(node, policy, 'main.tf'), 0);
        if (expected.length > 0) compared++;
        expect(shifted(statementsFromTemplate(inFile, whole, 'main.tf'), at)).toEqual(expected);
      }
      at += policy.length + '# other lines\n\n'.length;
    }
    expect(compared).toBeGreaterThan(50);
  });
});
