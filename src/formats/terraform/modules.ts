import { posix } from 'node:path';
import type { Span } from '../../model/references.js';
import { scrubCredentials } from '../../credentials/values.js';
import { LineIndex } from '../shared/lines.js';
import { attributeExpression, folderOf, readBlock, type Block } from './file.js';
import { firstChild, literalString, namedChildren, parseHcl, type Node } from './hcl.js';
import { readJsonConfiguration } from './json.js';

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

/** An expression and the file it is written in. */
export interface Definition {
  source: TerraformSource;
  expression: Node;
}

/** A block and the file it is written in. */
export interface PlacedBlock {
  source: TerraformSource;
  block: Block;
}

/** `module "name" { source = … }`: a local source is read as a module folder; others are named, not followed. */
export interface ModuleCall extends PlacedBlock {
  name: string;
  caller: string;
  sourceText: string | undefined;
  /** The called module's folder, for a local source (`./x`, `../x`). */
  folder: string | undefined;
}

/** One module: the `.tf` and `.tfvars` files of a folder. */
export interface ModuleFolder {
  path: string;
  sources: TerraformSource[];
  blocks: PlacedBlock[];
  locals: Map<string, Definition>;
  variableDefaults: Map<string, Definition>;
  tfvars: Map<string, Definition[]>;
  outputs: Map<string, PlacedBlock>;
  /** `type.name` of resources, `data.type.name` of data sources. */
  resources: Map<string, PlacedBlock>;
  moduleCalls: Map<string, ModuleCall>;
}

function emptyFolder(path: string): ModuleFolder {
  return {
    path,
    sources: [],
    blocks: [],
    locals: new Map(),
    variableDefaults: new Map(),
    tfvars: new Map(),
    outputs: new Map(),
    resources: new Map(),
    moduleCalls: new Map(),
  };
}

/** Module sources that Terraform reads from a folder of the same checkout. */
export function isLocalModuleSource(source: string): boolean {
  return /^\.\.?\//.test(source);
}

/** The folder a local module source names, from the calling folder; undefined for any other source. */
export function localModuleFolder(caller: string, source: string | undefined): string | undefined {
  return source !== undefined && isLocalModuleSource(source)
    ? posix.normalize(posix.join(caller, source)).replace(/\/$/, '')
    : undefined;
}

/**
 * Every Terraform file of a scan, grouped by folder (a folder is a module), with the module calls
 * between folders. Local sources are followed; registry and git sources are kept as not followed.
 */
export class TerraformConfiguration {
  readonly folders = new Map<string, ModuleFolder>();
  private readonly callers = new Map<string, ModuleCall[]>();

  constructor(sources: readonly TerraformSource[]) {
    for (const source of sources) this.add(source);
    for (const folder of this.folders.values())
      for (const call of folder.moduleCalls.values()) {
        if (!call.folder) continue;
        const list = this.callers.get(call.folder) ?? [];
        list.push(call);
        this.callers.set(call.folder, list);
      }
  }

  folder(path: string): ModuleFolder | undefined {
    return this.folders.get(path);
  }

  /** The module blocks, in any folder, that call the module in `folder`. */
  callersOf(folder: string): readonly ModuleCall[] {
    return this.callers.get(folder) ?? [];
  }

  private add(source: TerraformSource): void {
    const path = source.scope;
    let folder = this.folders.get(path);
    if (!folder) {
      folder = emptyFolder(path);
      this.folders.set(path, folder);
    }
    folder.sources.push(source);
    const { blocks, attributes } = source.topLevel;
    if (source.isVariablesFile) for (const attribute of attributes) addTfvar(folder, source, attribute);
    for (const block of blocks) {
      folder.blocks.push({ source, block });
      addBlock(folder, source, block);
    }
  }
}

function topLevel(root: Node): TopLevel {
  const nodes = namedChildren(firstChild(root, 'body'));
  return {
    blocks: nodes.filter((node) => node.type === 'block').map(readBlock),
    attributes: nodes.filter((node) => node.type === 'attribute'),
  };
}

function addTfvar(folder: ModuleFolder, source: TerraformSource, attribute: Node): void {
  const name = firstChild(attribute, 'identifier')?.text;
  const expression = firstChild(attribute, 'expression');
  if (!name || !expression) return;
  const list = folder.tfvars.get(name) ?? [];
  list.push({ source, expression });
  folder.tfvars.set(name, list);
}

function addBlock(folder: ModuleFolder, source: TerraformSource, block: Block): void {
  const [first = '', second = ''] = block.labels;
  switch (block.type) {
    case 'locals':
      for (const [name, attribute] of block.attributes) {
        const expression = firstChild(attribute, 'expression');
        if (expression) folder.locals.set(name, { source, expression });
      }
      return;
    case 'variable': {
      const expression = attributeExpression(block, 'default');
      if (expression) folder.variableDefaults.set(first, { source, expression });
      return;
    }
    case 'output':
      folder.outputs.set(first, { source, block });
      return;
    case 'resource':
      folder.resources.set(`${first}.${second}`, { source, block });
      return;
    case 'data':
      folder.resources.set(`data.${first}.${second}`, { source, block });
      return;
    case 'module': {
      const sourceText = literalString(attributeExpression(block, 'source'));
      const called = localModuleFolder(folder.path, sourceText);
      folder.moduleCalls.set(first, { source, block, name: first, caller: folder.path, sourceText, folder: called });
      return;
    }
  }
}

/**
 * `module "m"` whose source is a registry, git or other remote address: only module folders of the
 * checkout are read, so the note says which calls the flows stop at.
 */
export function notFollowedNote(block: Block): string | undefined {
  if (block.type !== 'module') return undefined;
  const source = literalString(attributeExpression(block, 'source'));
  if (source === undefined || isLocalModuleSource(source)) return undefined;
  const [name = ''] = block.labels;
  return `module "${name}" is not followed: its source ${scrubCredentials(source)} is not a folder of the checkout, so flows through it are not read`;
}
