import { beforeAll, describe, expect, it } from '@jest/globals';
import { Evaluator } from '../../../src/formats/terraform/evaluate.js';
import type { Yield } from '../../../src/formats/terraform/yields.js';
import { loadHcl, parseHcl } from '../../../src/formats/terraform/hcl.js';
import { attributeExpression } from '../../../src/formats/terraform/blocks.js';
import { TerraformConfiguration } from '../../../src/formats/terraform/configuration.js';
import { TerraformSource } from '../../../src/formats/terraform/source.js';
import { locate } from '../../helpers/scan.js';

beforeAll(loadHcl);

const keys = `resource "aws_iam_user" "u" {\n  name = "ses-smtp"\n}\nresource "aws_iam_access_key" "k" {\n  user = aws_iam_user.u.name\n}\nresource "aws_iam_access_key" "b" {\n  user = aws_iam_user.u.name\n}\n`;

function configure(files: Record<string, string>) {
  const sources = Object.entries(files).map(([path, text]) => new TerraformSource(path, text, parseHcl(text)));
  return { configuration: new TerraformConfiguration(sources), sources };
}

/** The yields of output `name` in `file`, as `attribute@file:line:column` (or `"literal"@…`). */
function outputYields(
  files: Record<string, string>,
  file: string,
  name: string,
  evaluator?: (c: TerraformConfiguration) => Evaluator,
) {
  const { configuration } = configure(files);
  const folder = configuration.folder(file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '.');
  const output = folder?.outputs.get(name);
  const expression = output ? attributeExpression(output.block, 'value') : undefined;
  if (!output || !expression) throw new Error(`no output ${name}`);
  return (evaluator?.(configuration) ?? new Evaluator(configuration)).yields(expression, output.source).map(show);
}

function show(item: Yield): string {
  const { source, start } = item.at;
  const needle = source.text.slice(start, item.at.end);
  const place = locate(source.text, needle, occurrenceAt(source.text, needle, start), source.path);
  const what =
    item.kind === 'resource'
      ? `${item.scope}/${item.type}.${item.name}${item.attribute ? `.${item.attribute}` : ''}`
      : JSON.stringify(item.value);
  return `${what}${item.slot ? ` [${item.slot}]` : ''}@${place}`;
}

function occurrenceAt(text: string, needle: string, start: number): number {
  let count = 0;
  for (let at = text.indexOf(needle); at >= 0 && at <= start; at = text.indexOf(needle, at + 1)) count++;
  return count;
}

describe('Terraform reference evaluator', () => {
  it('orders yields by file path in code units, never by the machine locale', () => {
    // localeCompare would give a_b.tf, ab.tf, B.tf here, and another order again under LANG=lt_LT.
    const files = {
      'main.tf': 'output "all" {\n  value = [local.one, local.two, local.three]\n}\n',
      'ab.tf': 'locals {\n  one = "AKIAFROMABTF"\n}\n',
      'a_b.tf': 'locals {\n  two = "AKIAFROMA_BTF"\n}\n',
      'B.tf': 'locals {\n  three = "AKIAFROMBTF"\n}\n',
    };
    expect(outputYields(files, 'main.tf', 'all').map((shown) => shown.replace(/:.*/, ''))).toEqual([
      '"AKIAFROMBTF"@B.tf',
      '"AKIAFROMA_BTF"@a_b.tf',
      '"AKIAFROMABTF"@ab.tf',
    ]);
  });

  it('follows count and for_each indexes and splats to the resource attribute', () => {
    const outputs = `output "a" {\n  value = aws_iam_access_key.k[0].ses_smtp_password_v4\n}\noutput "b" {\n  value = aws_iam_access_key.k[each.key].secret\n}\noutput "c" {\n  value = aws_iam_access_key.k[*].ses_smtp_password_v4\n}\noutput "d" {\n  value = aws_iam_access_key.k.*.secret\n}\n`;
    const files = { 'main.tf': keys, 'outputs.tf': outputs };
    expect(outputYields(files, 'outputs.tf', 'a')).toEqual([
      `./aws_iam_access_key.k.ses_smtp_password_v4@${locate(outputs, 'aws_iam_access_key.k[0]', 1, 'outputs.tf')}`,
    ]);
    expect(outputYields(files, 'outputs.tf', 'b')).toEqual([`./aws_iam_access_key.k.secret@outputs.tf:5:11`]);
    expect(outputYields(files, 'outputs.tf', 'c')).toEqual([
      `./aws_iam_access_key.k.ses_smtp_password_v4@outputs.tf:8:11`,
    ]);
    expect(outputYields(files, 'outputs.tf', 'd')).toEqual([`./aws_iam_access_key.k.secret@outputs.tf:11:11`]);
  });

  it('takes both branches of a conditional and the bodies of for expressions', () => {
    const outputs = `output "p" {\n  value = var.pgp_key == null ? aws_iam_access_key.k[0].ses_smtp_password_v4 : aws_iam_access_key.b[0].ses_smtp_password_v4\n}\noutput "l" {\n  value = [for k, v in var.users : {\n    username = aws_iam_user.u.name\n    password = aws_iam_access_key.k[v.name].ses_smtp_password_v4\n  }]\n}\noutput "m" {\n  value = { for n in var.users : n => aws_iam_access_key.k[n].secret }\n}\n`;
    const files = { 'main.tf': keys, 'outputs.tf': outputs };
    expect(outputYields(files, 'outputs.tf', 'p')).toEqual([
      './aws_iam_access_key.k.ses_smtp_password_v4@outputs.tf:2:33',
      './aws_iam_access_key.b.ses_smtp_password_v4@outputs.tf:2:80',
    ]);
    expect(outputYields(files, 'outputs.tf', 'l')).toEqual([
      './aws_iam_user.u.name [username]@outputs.tf:6:16',
      './aws_iam_access_key.k.ses_smtp_password_v4 [password]@outputs.tf:7:16',
    ]);
    expect(outputYields(files, 'outputs.tf', 'm')).toEqual(['./aws_iam_access_key.k.secret@outputs.tf:11:39']);
  });

  it('passes values through try, one, coalesce, lookup, tomap, nonsensitive, merge and element, not through length', () => {
    const outputs = `output "f" {\n  value = try(one(aws_iam_access_key.k[*].secret), coalesce(nonsensitive(aws_iam_access_key.b[0].secret), ""))\n}\noutput "g" {\n  value = lookup(tomap({ pw = aws_iam_access_key.k.ses_smtp_password_v4, id = aws_iam_access_key.k.id }), "pw", null)\n}\noutput "h" {\n  value = length(aws_iam_access_key.k[*].secret)\n}\noutput "i" {\n  value = element(concat(aws_iam_access_key.k.*.ses_smtp_password_v4, [""]), 0)\n}\n`;
    const files = { 'main.tf': keys, 'outputs.tf': outputs };
    expect(outputYields(files, 'outputs.tf', 'f')).toEqual([
      './aws_iam_access_key.k.secret@outputs.tf:2:19',
      './aws_iam_access_key.b.secret@outputs.tf:2:74',
      '""@outputs.tf:2:107',
    ]);
    expect(outputYields(files, 'outputs.tf', 'g')).toEqual([
      './aws_iam_access_key.k.ses_smtp_password_v4@outputs.tf:5:31',
    ]);
    expect(outputYields(files, 'outputs.tf', 'h')).toEqual([]);
    expect(outputYields(files, 'outputs.tf', 'i')).toEqual([
      './aws_iam_access_key.k.ses_smtp_password_v4@outputs.tf:11:26',
      '""@outputs.tf:11:72',
    ]);
  });

  it('yields the whole object of a resource, also behind an index', () => {
    const outputs = `output "key" {\n  value = aws_iam_access_key.k\n}\noutput "wrapped" {\n  value = { this = var.on ? aws_iam_access_key.k[0] : null }\n}\n`;
    const files = { 'main.tf': keys, 'outputs.tf': outputs };
    expect(outputYields(files, 'outputs.tf', 'key')).toEqual(['./aws_iam_access_key.k@outputs.tf:2:11']);
    expect(outputYields(files, 'outputs.tf', 'wrapped')).toEqual(['./aws_iam_access_key.k [this]@outputs.tf:5:29']);
  });

  it('resolves locals across the files of a folder, selecting object attributes', () => {
    const mail = `locals {\n  smtp_conf = local.on == 1 ? {\n    smtp_server   = "\${local.host}:587"\n    smtp_username = aws_iam_user.u.name\n    smtp_password = aws_iam_access_key.k.ses_smtp_password_v4\n  } : {}\n}\n`;
    const outputs = `output "conf" {\n  value = local.smtp_conf\n}\noutput "password" {\n  value = local.smtp_conf.smtp_password\n}\n`;
    const files = { 'main.tf': keys, 'mail.tf': mail, 'outputs.tf': outputs };
    expect(outputYields(files, 'outputs.tf', 'conf')).toEqual([
      '"${local.host}:587" [smtp_server]@mail.tf:3:21',
      './aws_iam_user.u.name [smtp_username]@mail.tf:4:21',
      './aws_iam_access_key.k.ses_smtp_password_v4 [smtp_password]@mail.tf:5:21',
    ]);
    expect(outputYields(files, 'outputs.tf', 'password')).toEqual([
      './aws_iam_access_key.k.ses_smtp_password_v4@mail.tf:5:21',
    ]);
  });

  it('resolves variables through defaults, .tfvars and the values a module call passes in', () => {
    const root = `module "smtp" {\n  source   = "./modules/smtp"\n  password = aws_iam_access_key.k.ses_smtp_password_v4\n}\n`;
    const module = `variable "password" {\n  default = "unset"\n}\noutput "password" {\n  value = var.password\n}\n`;
    const files = {
      'main.tf': keys,
      'root.tf': root,
      'modules/smtp/main.tf': module,
      'modules/smtp/x.tfvars': 'password = "from-tfvars"\n',
    };
    expect(outputYields(files, 'modules/smtp/main.tf', 'password')).toEqual([
      '"unset"@modules/smtp/main.tf:2:13',
      '"from-tfvars"@modules/smtp/x.tfvars:1:12',
      './aws_iam_access_key.k.ses_smtp_password_v4@root.tf:3:14',
    ]);
  });

  it('follows module outputs into the called local module, keeping the reference in the module', () => {
    const root = `module "ses" {\n  source = "../../modules/aws-ses"\n}\noutput "password" {\n  value = module.ses.this_ses_smtp_password\n}\noutput "all" {\n  value = module.ses[0]\n}\n`;
    const module = `${keys}output "this_ses_smtp_password" {\n  value     = element(concat(aws_iam_access_key.k.*.ses_smtp_password_v4, [""]), 0)\n  sensitive = true\n}\n`;
    const files = { 'environment/dev/main.tf': root, 'modules/aws-ses/main.tf': module };
    const expected = `modules/aws-ses/aws_iam_access_key.k.ses_smtp_password_v4@${locate(module, 'aws_iam_access_key.k.*', 1, 'modules/aws-ses/main.tf')}`;
    expect(outputYields(files, 'environment/dev/main.tf', 'password')).toEqual([
      expected,
      `""@modules/aws-ses/main.tf:11:76`,
    ]);
    expect(outputYields(files, 'environment/dev/main.tf', 'all')).toEqual([
      expected,
      `""@modules/aws-ses/main.tf:11:76`,
    ]);
  });

  it('keeps a template with interpolations as one opaque literal and yields its references as partial', () => {
    const outputs = `output "arn" {\n  value = "arn:aws:iam::\${var.account}:user/\${aws_iam_user.u.name}"\n}\n`;
    const { configuration } = configure({ 'main.tf': keys, 'outputs.tf': outputs });
    const output = configuration.folder('.')?.outputs.get('arn');
    const expression = output && attributeExpression(output.block, 'value');
    const yields = output && expression ? new Evaluator(configuration).yields(expression, output.source) : [];
    expect(yields.map((item) => [item.kind, item.partial, item.kind === 'literal' ? item.value : item.name])).toEqual([
      ['literal', false, 'arn:aws:iam::${var.account}:user/${aws_iam_user.u.name}'],
      ['resource', true, 'u'],
    ]);
  });

  it('resolves each.value to the for_each collection of the block', () => {
    const secret = `resource "kubernetes_secret" "s" {\n  for_each = aws_iam_access_key.k\n  data = {\n    password = each.value.ses_smtp_password_v4\n  }\n}\n`;
    const { configuration, sources } = configure({ 'main.tf': keys, 'secret.tf': secret });
    const block = configuration.folder('.')?.resources.get('kubernetes_secret.s')?.block;
    const data = block && attributeExpression(block, 'data');
    const forEach = block && attributeExpression(block, 'for_each');
    const source = sources[1];
    if (!data || !source) throw new Error('no block');
    expect(new Evaluator(configuration).yields(data, source, forEach).map(show)).toEqual([
      './aws_iam_access_key.k.ses_smtp_password_v4 [password]@secret.tf:2:14',
    ]);
  });

  it('answers an expression asked again as the first time, and spends the step budget as a walk would', () => {
    const outputs = `locals {\n  key = aws_iam_access_key.k\n}\noutput "o" {\n  value = [local.key.secret, "x"]\n}\n`;
    const { configuration } = configure({ 'main.tf': keys, 'outputs.tf': outputs });
    const output = configuration.folder('.')?.outputs.get('o');
    const expression = output && attributeExpression(output.block, 'value');
    if (!output || !expression) throw new Error('no output');
    const ask = (evaluator: Evaluator) => evaluator.yields(expression, output.source).map(show);
    const first = ask(new Evaluator(configuration));
    expect(first).toEqual(['./aws_iam_access_key.k.secret@outputs.tf:2:9', '"x"@outputs.tf:5:30']);
    const evaluator = new Evaluator(configuration);
    expect([ask(evaluator), ask(evaluator), ask(evaluator)]).toEqual([first, first, first]);
    // The first walk takes the output's own nodes and the local's; asked again, its own nodes only (the local is
    // memoised). With just enough budget for the first, the second stops where a walk would: with nothing.
    const steps = (maxSteps: number) => new Evaluator(configuration, { maxDepth: 32, maxYields: 1_000, maxSteps });
    const cheapest = [...Array(40).keys()].find((maxSteps) => ask(steps(maxSteps)).length === first.length) ?? -1;
    expect(cheapest).toBeGreaterThan(0);
    const tight = steps(cheapest);
    expect(ask(tight)).toEqual(first);
    expect(ask(tight).length).toBeLessThan(first.length);
  });

  it('survives a cycle of locals and a 2 000-term expression', () => {
    const cycle = `locals {\n  a = local.b\n  b = [local.a, aws_iam_access_key.k.secret]\n}\noutput "c" {\n  value = local.a\n}\n`;
    expect(outputYields({ 'main.tf': keys, 'cycle.tf': cycle }, 'cycle.tf', 'c')).toEqual([
      './aws_iam_access_key.k.secret@cycle.tf:3:17',
    ]);
    const terms = Array.from({ length: 2000 }, (_, i) => `try(local.v${i}, `).join('');
    const nested = `output "deep" {\n  value = ${terms}aws_iam_access_key.k.secret${')'.repeat(2000)}\n}\n`;
    expect(outputYields({ 'main.tf': keys, 'deep.tf': nested }, 'deep.tf', 'deep')).toHaveLength(1);
    const chain = Array.from({ length: 2000 }, (_, i) => `  l${i} = [local.l${i + 1}, local.l${i + 1}]\n`).join('');
    const chained = `locals {\n${chain}  l2000 = aws_iam_access_key.k.secret\n}\noutput "chain" {\n  value = local.l0\n}\n`;
    const evaluator = (configuration: TerraformConfiguration) => new Evaluator(configuration);
    expect(outputYields({ 'main.tf': keys, 'chain.tf': chained }, 'chain.tf', 'chain', evaluator)).toEqual([]);
  });
});
