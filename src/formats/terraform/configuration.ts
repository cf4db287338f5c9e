import { posix } from 'node:path';
import { scrubCredentials } from '../../credentials/values.js';
import { attributeExpression, type Block } from './blocks.js';
import { firstChild, literalString, type Node } from './hcl.js';
import type { TerraformSource } from './source.js';

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
