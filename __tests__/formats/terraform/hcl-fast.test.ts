import { beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { filesUnder } from '../../helpers/files-under.js';
import { loadHcl, parseHcl, parseWithTreeSitter, type Node } from '../../../src/formats/terraform/hcl.js';
import { readFastHcl } from '../../../src/formats/terraform/hcl-fast.js';
import { seeded } from '../../helpers/seeded.js';

beforeAll(loadHcl);

/**
 * Everything the scan can read of a tree, one line per node in document order: depth, type, range,
 * field, flags, and the number of children (all, and named).
 */
function facts(root: Node): string[] {
  const lines: string[] = [];
  const pending: Array<[Node, number]> = [[root, 0]];
  for (let entry = pending.pop(); entry; entry = pending.pop()) {
    const [node, depth] = entry;
    lines.push(
      `${depth} ${node.type} ${node.startIndex} ${node.endIndex} ${node.field} ${node.isNamed} ${node.isError} ${node.isMissing} ${node.hasError} ${node.children.length} ${node.namedChildren.length}`,
    );
    for (let index = node.children.length - 1; index >= 0; index--) pending.push([node.children[index]!, depth + 1]);
  }
  return lines;
}

/** The fast reader's tree, or undefined where it declined; whenever it reads, it must read as tree-sitter does. */
function expectSameAsTreeSitter(text: string): Node | undefined {
  const fast = readFastHcl(text);
  if (fast) {
    expect({ text, facts: facts(fast) }).toEqual({ text, facts: facts(parseWithTreeSitter(text)) });
    expect(fast.text).toBe(text);
  }
  return fast;
}

/** Terraform files under a folder, each as parsed: a JSON file behind the `x=` its reader puts first. */
function terraformTextsUnder(folder: string): string[] {
  return filesUnder(folder, /\.(?:tf|tfvars)(?:\.json)?$/i).map(
    (path) => `${/\.json$/i.test(path) ? 'x=' : ''}${readFileSync(path, 'utf8')}`,
  );
}

const names = ['a', 'b_c', 'for_each', 'x-y', '_u', 'var', 'local', 'aws_iam_user', 'count', 'each', 'self'];
const oddNames = ['true', 'null', 'for', 'in', 'if', 'else', 'endfor', 'a::b', 'é', 'a-', 'x1-2', 'v\u00e9'];
const numbers = ['0', '1', '42', '1.5', '007', '1.5e3', '2.0E-2', '3.25e+1'];
const oddNumbers = ['1e3', '0x1F', '1.', '1.5e', '1.x', '1..2', '.5', '1_000'];
const stringParts = [
  'x',
  'a b',
  '  lead',
  'trail  ',
  '\t',
  '\\n',
  '\\"',
  '\\\\',
  '\\u00e9',
  '$$',
  '$',
  '%',
  '#',
  '//',
  '}',
];
const oddStringParts = [
  '$${x}',
  '%%{x}',
  '%{if a}b%{endif}',
  '\\q',
  '\\U0001F600',
  '\\u12',
  'é😀',
  '\u00a0',
  '\u2028',
  '\r',
];
const binaryOperators = ['+', '-', '*', '/', '%', '==', '!=', '<', '<=', '>', '>=', '&&', '||'];
const oddOperators = ['=', '=>', '&', '|', '<<', '!', '?', ':', '...', '~'];
const comments = ['# c', '// c', '/* c */', '/* multi\nline */', '#', '/**/', '# c\r'];

/** A random Terraform file: mostly valid, with odd tokens and blanks in some, so both paths are taken. */
function generate(next: () => number): string {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const dirty = next() < 0.3;
  // Small files mostly, so that one odd token does not make most files declined.
  const deepest = 1 + Math.floor(next() * 4);
  const odd = (chance: number) => dirty && next() < chance;
  /** What separates two tokens: mostly a space, sometimes nothing, a line break or a comment. */
  const gap = (): string => {
    const roll = next();
    if (roll < 0.6) return ' ';
    if (roll < 0.7) return '';
    if (roll < 0.82) return '\n  ';
    if (roll < 0.92) return ` ${pick(comments)}\n`;
    return pick(['\t', '\r\n', '  ', '\n\n']);
  };
  const name = () => (odd(0.05) ? pick(oddNames) : pick(names));
  /** Where an attribute or block starts, and a block's labels: keywords are names there. */
  const itemName = () => (next() < 0.1 ? pick(oddNames) : pick(names));
  const string = (depth: number): string => {
    const parts: string[] = [];
    const count = Math.floor(next() * 4);
    for (let part = 0; part < count; part++) {
      const roll = next();
      if (roll < 0.25 && depth < 3) parts.push(`\${${gap()}${expression(depth + 1)}${next() < 0.8 ? '' : gap()}}`);
      else parts.push(odd(0.2) ? pick(oddStringParts) : pick(stringParts));
    }
    return `"${parts.join('')}"`;
  };
  const heredoc = (depth: number): string => {
    const marker = pick(['EOT', 'EOF', 'POLICY', 'x-1']);
    const lines: string[] = [];
    const count = Math.floor(next() * 4);
    for (let line = 0; line < count; line++)
      lines.push(
        pick([
          '  text',
          '{ "a": "b" }',
          `  \${${expression(depth + 1)}} tail`,
          '',
          '   ',
          `${marker}x`,
          `${marker} more`,
          marker.slice(0, 2),
          '$${x} %%{y} $ %',
          '# not a comment',
          odd(0.3) ? '%{ if a }x%{ endif }' : 'plain',
        ]),
      );
    const close = odd(0.3) ? pick([`${marker}  `, `  ${marker}`, `${marker};`, '']) : pick([marker, `  ${marker}`]);
    return `<<${next() < 0.5 ? '-' : ''}${marker}\n${lines.join('\n')}${lines.length > 0 ? '\n' : ''}${close}\n`;
  };
  const term = (depth: number): string => {
    const roll = next();
    if (depth > deepest || roll < 0.2) return pick(numbers);
    if (roll < 0.25) return odd(0.5) ? pick(oddNumbers) : pick(['true', 'false', 'null']);
    if (roll < 0.45) return string(depth);
    if (roll < 0.5) return heredoc(depth);
    if (roll < 0.6) {
      const items = Array.from({ length: Math.floor(next() * 3) }, () => expression(depth + 1));
      return `[${gap()}${items.join(`,${gap()}`)}${next() < 0.3 ? ',' : ''}${gap()}]`;
    }
    if (roll < 0.7) {
      const items = Array.from(
        { length: Math.floor(next() * 3) },
        () =>
          `${next() < 0.3 ? string(depth + 1) : name()}${gap()}${pick(['=', ':', '='])}${gap()}${expression(depth + 1)}`,
      );
      return `{${gap()}${items.join(pick([',', '\n', ', ', ' ']))}${next() < 0.3 ? ',' : ''}${gap()}}`;
    }
    if (roll < 0.8) {
      const items = Array.from({ length: Math.floor(next() * 3) }, () => expression(depth + 1));
      const tail = items.length > 0 ? pick(['', ',', '...', ' ...']) : '';
      return `${name()}${next() < 0.9 ? '' : gap()}(${items.join(`,${gap()}`)}${tail})`;
    }
    if (roll < 0.85) return `(${gap()}${expression(depth + 1)}${gap()})`;
    if (roll < 0.9) {
      const names = next() < 0.5 ? name() : `${name()},${gap()}${name()}`;
      const intro = `for${gap()}${names}${gap()}in${gap()}${expression(depth + 1)}${gap()}:${gap()}`;
      const condition = next() < 0.3 ? `${gap()}if${gap()}${expression(depth + 1)}` : '';
      return next() < 0.5
        ? `[${gap()}${intro}${expression(depth + 1)}${condition}${gap()}]`
        : `{${gap()}${intro}${expression(depth + 1)}${gap()}=>${gap()}${expression(depth + 1)}${next() < 0.2 ? '...' : ''}${condition}${gap()}}`;
    }
    return name();
  };
  const postfix = (depth: number): string => {
    let text = term(depth);
    while (next() < 0.3) {
      const roll = next();
      if (roll < 0.4) text += `.${name()}`;
      else if (roll < 0.6) text += `[${expression(depth + 1)}]`;
      else if (roll < 0.7) text += '[*]';
      else if (roll < 0.8) text += '.*';
      else if (roll < 0.85) text += `${gap()}.${gap()}${name()}`;
      else text += odd(0.5) ? pick(['.0', '[ * ]', '. *', '.1.2']) : `[${pick(numbers)}]`;
    }
    return text;
  };
  const operand = (depth: number): string => {
    const unary = next() < 0.15 ? pick(['-', '!', '- -', '!!']) : '';
    return `${unary}${postfix(depth)}`;
  };
  const expression = (depth: number): string => {
    let text = operand(depth);
    while (depth < deepest && next() < 0.25) {
      const operator = odd(0.1) ? pick(oddOperators) : pick(binaryOperators);
      text += `${gap()}${operator}${gap()}${operand(depth + 1)}`;
    }
    if (depth < deepest && next() < 0.1)
      text = `${text}${gap()}?${gap()}${expression(depth + 1)}${gap()}:${gap()}${expression(depth + 1)}`;
    return text;
  };
  const body = (depth: number): string => {
    const items: string[] = [];
    const count = Math.floor(next() * (deepest > 2 ? 4 : 2)) + (depth === 0 ? 1 : 0);
    for (let item = 0; item < count; item++) {
      if (next() < 0.2) items.push(pick(comments));
      if (depth < 2 && next() < 0.35) {
        const labels = Array.from({ length: Math.floor(next() * 3) }, () =>
          next() < 0.7 ? `"${odd(0.2) ? pick(['${x}', 'a b', ' ', '%{x}', '\\n']) : pick(names)}"` : itemName(),
        );
        items.push(
          `${itemName()}${labels.map((label) => `${next() < 0.8 ? ' ' : gap()}${label}`).join('')}${gap()}{${gap()}${body(depth + 1)}${gap()}}`,
        );
      } else items.push(`${itemName()}${gap()}${odd(0.05) ? pick(['==', '=>', ':']) : '='}${gap()}${expression(0)}`);
    }
    return items.join(pick(['\n', '\n\n', ' ', '\n  ', odd(0.1) ? ';' : '\n']));
  };
  const text = `${next() < 0.1 ? pick(comments) + '\n' : ''}${body(0)}${pick(['\n', '', '\n\n', ' # end', '\r\n'])}`;
  return odd(0.1) ? text.replace(/\n/g, '\r\n') : text;
}

describe('readFastHcl', () => {
  it('reads the Terraform files under __tests__ and examples/ as tree-sitter does, or declines', () => {
    const texts = [...terraformTextsUnder('__tests__'), ...terraformTextsUnder('examples')];
    let read = 0;
    for (const text of texts) if (expectSameAsTreeSitter(text)) read++;
    // Most real-world Terraform is in the subset; a reader that declined everything would pass the comparison.
    expect(read).toBeGreaterThan(texts.length * 0.8);
  });

  it('reads 3 000 generated files as tree-sitter does, or declines', () => {
    let read = 0;
    // HCL_FAST_SEEDS=100000 runs more, once, by hand.
    const seeds = Number(process.env['HCL_FAST_SEEDS'] ?? 3000);
    for (let seed = 1; seed <= seeds; seed++) if (expectSameAsTreeSitter(generate(seeded(seed)))) read++;
    expect(read).toBeGreaterThan(seeds / 5);
  });

  it.each([
    ['blocks, labels and comments', '# top\nresource "aws_iam_user" u { # c\n  name = "x" // d\n  /* e */\n}\n# end\n'],
    ['comments between arguments and before the closing parenthesis', 'x = f(a, # c\n  b, /* d */\n)\n'],
    ['a comment between a name and its attribute step', 'x = a /* c */ .b\n'],
    ['blanks at a string literal’s ends', 'x = "  a b\t " y = "  " z = ""\n'],
    ['interpolations, escapes and literal dollars', 'x = "a ${b.c[0]} $${d} %%{e} $$ $ \\" \\u00e9 ${ "${f}" }"\n'],
    ['operators by precedence', 'x = -a.b * 2 + c % 3 >= d == !e && f || g / h - 1\n'],
    ['conditionals, which nest to the left', 'x = a ? b ? c : d : e ? f : g\n'],
    ['splats and indexes', 'x = a[*].b.c[0] y = a.*.b[*][1] z = (a)[0].b\n'],
    ['objects with = and :, commas or line breaks', 'x = { a = 1, "b": 2\n c = [3,] }\n'],
    ['function calls with a trailing comma or an expansion', 'x = f(a,) y = g(b...) z = h()\n'],
    ['for expressions', 'x = [for a in b : a if a] y = {for k, v in m : k => v... if v != null}\n'],
    [
      'heredocs, indented and with interpolations',
      'x = <<-EOT\n  a ${b}\n  EOTX\n  EO\n  EOT\ny = <<EOF\r\n$${c}\r\nEOF\r\n',
    ],
    ['keywords as attribute and block names', 'null = { source = "hashicorp/null" }\nfor "in" if {}\n'],
    ['CR line breaks', 'a = 1 # c\r\nb {\r\n  c = "d"\r\n}\r\n'],
    [
      'Terraform JSON behind its attribute',
      'x={"resource": {"aws_iam_user": {"u": {"name": "a-${var.b}", "n": [1, -2.5, true, null]}}}}',
    ],
    ['an empty file', ''],
    ['only comments', '# a\n/* b */\n'],
  ])('reads %s as tree-sitter does', (_, text) => {
    expect(expectSameAsTreeSitter(text)).toBeDefined();
  });

  it.each([
    ['a line that begins with the marker and runs on', 'x = <<EOT\nEOT${a}\nEO${b}\nEOT  $$\nEOT\t}\nEEOT\nEOT\n'],
    ['markers with a dash or a leading digit, tab-indented', 'x = <<-E-1\n\ta\n\tE-1\ny = <<1EOT\na\n1EOT\n'],
    ['CR line breaks inside a heredoc and after its closing marker', 'x = <<EOT\r\na\r\n\r\n  EOT  \r\n'],
    [
      'runs of dollars and percents, and escapes before an interpolation',
      'x = "$$$$ $$${a} %%% \\\\${b} \\U0001F600\\u00E9 ${c}$"\n',
    ],
    ['a conditional as the collection of a for expression', 'x = [for a in b ? c : d : a]\n'],
    ['a conditional continued on the next line', 'x = a ? b : c\n? d : e\n'],
    ['object elements without commas after splats', 'x = { a = b.* d = e, "f:g" = 1, (h): 2, }\n'],
    ['an expansion, a comment and `if` without blanks', 'x = {for k in m : k => k...if k} y = f(a ... /* c */)\n'],
    ['a 5 000-character name', `x = a${'b'.repeat(5000)}\n`],
  ])('reads %s as tree-sitter does (hand-made)', (_, text) => {
    expect(expectSameAsTreeSitter(text)).toBeDefined();
  });

  it('reads a comment of each kind in every gap between tokens as tree-sitter does', () => {
    const shapes = [
      'x = [for a @, b @in c @: d @if @e @]\n',
      'x = {for @k@,@v in m @: @k @=> @v @...@ if v@}\n',
      'x = a @? @b @: @c\n',
      'x = a@[*]@.b@[0]@.*@.c\n',
      'x = f(@a@,@b@...@)\n',
      'x = {@a@=@1@,@"b"@:@2@}\n',
      'x = [@1@,@2@,@]\n',
      'a @"b" @c @{@ d @= @1 @}\n',
      'x = -@!@a @* @b\n',
      'x = <<EOT\na\nEOT\n@y = 1\n',
    ];
    let read = 0;
    for (const shape of shapes) {
      const gaps = shape.split('@').length - 1;
      for (let gap = 0; gap < gaps; gap++)
        for (const comment of ['/* c */', '# c\n', '// c\n']) {
          let at = 0;
          if (expectSameAsTreeSitter(shape.replace(/@/g, () => (at++ === gap ? ` ${comment} ` : '')))) read++;
        }
    }
    // Comments are in the subset wherever they stand outside templates: every one of these is read.
    expect(read).toBe(shapes.reduce((sum, shape) => sum + 3 * (shape.split('@').length - 1), 0));
  });

  it.each([
    ['a template directive', 'x = "%{ if a }b%{ endif }"\n'],
    ['a strip marker', 'x = "${~ a ~}"\n'],
    ['a legacy index', 'x = a.0\n'],
    ['a hexadecimal number', 'x = 0x1F\n'],
    ['an exponent without a fraction', 'x = 1e3\n'],
    ['a provider function', 'x = provider::aws::arn_parse(a)\n'],
    ['a non-ASCII name', 'x = é\n'],
    ['an escape the grammar rejects', 'x = "\\q"\n'],
    ['a line break in a quoted string', 'x = "a\nb"\n'],
    ['a comment inside an interpolation', 'x = "${ a /* c */ }"\n'],
    ['an object inside an interpolation', 'x = "${ {a = 1} }"\n'],
    ['a heredoc without its closing line', 'x = <<EOT\na\nEOT'],
    ['text after a heredoc’s marker', 'x = <<EOT # c\na\nEOT\n'],
    ['a keyword as a variable', 'x = in\n'],
    ['an unterminated comment', 'x = 1 /* c\n'],
    ['a NUL character', 'x = "a\0b"\n'],
    ['a syntax error', 'x = = 1\n'],
    ['a missing brace', 'a {\n  b = 1\n'],
    ['a stray brace', 'a = 1\n}\n'],
  ])('declines %s', (_, text) => {
    expect(readFastHcl(text)).toBeUndefined();
  });

  it('is what parseHcl gives wherever it reads', () => {
    const text = 'locals {\n  a = "b" # c\n}\n';
    expect(facts(parseHcl(text))).toEqual(facts(readFastHcl(text)!));
  });

  it('declines nesting deeper than its cap without overflowing the stack', () => {
    for (const [open, close] of [
      ['[', ']'],
      ['(', ')'],
      ['{ a = ', ' }'],
      ['f(', ')'],
      ['"${', '}"'],
      ['-', ''],
      ['a ? ', ' : b'],
    ])
      expect(readFastHcl(`x = ${open!.repeat(100_000)}1${close!.repeat(100_000)}\n`)).toBeUndefined();
    expect(readFastHcl(`${'a {\n'.repeat(100_000)}${'}\n'.repeat(100_000)}`)).toBeUndefined();
  });

  it('reads long chains, huge heredocs and many blocks in one pass', () => {
    const chain = `x = ${Array.from({ length: 5_000 }, (_, index) => `a${index}`).join(' + ')}\n`;
    const root = readFastHcl(chain);
    // Left-associative: the outermost operation's first child holds all but the last operand.
    expect(root?.namedChildren[0]?.namedChildren[0]?.namedChildren[1]?.type).toBe('expression');
    const heredoc = `x = <<EOT\n${'line ${a} text\n'.repeat(50_000)}EOT\n`;
    expect(readFastHcl(heredoc)?.namedChildren[0]?.namedChildren[0]?.endIndex).toBe(heredoc.length - 1);
    const blocks = 'resource "a" "b" {\n  c = d.e # f\n}\n'.repeat(20_000);
    expect(readFastHcl(blocks)?.namedChildren[0]?.namedChildren).toHaveLength(20_000);
  });

  it('declines a deep tree full of comments rather than place them in quadratic time', () => {
    const text = `x = ${Array.from({ length: 20_000 }, () => 'a /* c */').join(' + ')}\n`;
    expect(readFastHcl(text)).toBeUndefined();
  });
});
