import type { Span } from '../../model/references.js';
import { LineIndex } from '../shared/lines.js';
import { readBlock, type Block } from './blocks.js';
import { firstChild, namedChildren, parseHcl, type Node } from './hcl.js';
import { readJsonConfiguration } from './json.js';

/** A file's module folder, which scopes the names it declares: `.` for the checkout's top folder. */
export function folderOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '.' : path.slice(0, slash);
}

/** What names a declaration across the configuration: `modules/mail::aws_iam_user.smtp`. */
export function keyOf(scope: string, address: string): string {
  return `${scope}::${address}`;
}

/** A file's top-level blocks, and its top-level attributes (a variables file's values). */
export interface TopLevel {
  blocks: Block[];
  attributes: Node[];
}

/** One parsed Terraform file of a configuration: its text, tree and offsets-to-lines index. */
export class TerraformSource {
  private lines: LineIndex | undefined;
  private read: TopLevel | undefined;
  /** The module folder the file belongs to. */
  readonly scope: string;

  /**
   * `text` is what was parsed; `prefix` characters were put before the file's own text (a `.tf.json`
   * file is parsed as the value of an attribute), so offsets are the parsed text's and spans the file's.
   */
  constructor(
    readonly path: string,
    readonly text: string,
    readonly root: Node,
    readonly prefix = 0,
  ) {
    this.scope = folderOf(path);
  }

  /** Read once, for the file's own reader and for the configuration. */
  get topLevel(): TopLevel {
    this.read ??= this.prefix > 0 ? readJsonConfiguration(this.root, this.text) : topLevel(this.root);
    return this.read;
  }

  span(start: number, end: number): Span {
    this.lines ??= new LineIndex(this.text.slice(this.prefix));
    return this.lines.span(Math.max(0, start - this.prefix), Math.max(0, end - this.prefix));
  }

  nodeSpan(node: Node): Span {
    return this.span(node.startIndex, node.endIndex);
  }

  get isVariablesFile(): boolean {
    return /\.tfvars(?:\.json)?$/i.test(this.path);
  }
}

/**
 * Terraform's JSON syntax read with the HCL grammar: a JSON document is an HCL object, and its strings
 * are templates whose `${…}` are expressions, as Terraform reads them. The file is parsed as the value
 * of an attribute; the source maps offsets back to the file.
 */
export function parseJsonSource(path: string, text: string): TerraformSource {
  const prefix = 'x=';
  return new TerraformSource(path, prefix + text, parseHcl(prefix + text), prefix.length);
}

function topLevel(root: Node): TopLevel {
  const nodes = namedChildren(firstChild(root, 'body'));
  return {
    blocks: nodes.filter((node) => node.type === 'block').map(readBlock),
    attributes: nodes.filter((node) => node.type === 'attribute'),
  };
}
