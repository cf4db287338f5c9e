import { firstBy, groupBy } from '../../common/collections.js';
import { concatLists } from '../../model/iam.js';
import type { ModelJoin } from '../../model/scan-model.js';
import { attributeExpression, type Block } from './blocks.js';
import { folderOf } from './source.js';
import { firstChild, literalString, traversals, type Node } from './hcl.js';
import { localModuleFolder } from './configuration.js';

/** What a Terraform file says of regions, each fact named by its module folder (the scope). */
export interface RegionFacts {
  /** The AWS provider's literal region. */
  providerRegions: Array<{ scope: string; region: string }>;
  /** Region variables' values (defaults and .tfvars), for providers that take `var.region`. */
  variableRegions: Array<{ scope: string; name: string; region: string; from: 'default' | 'tfvars' }>;
  /** `region = var.x` of a provider. */
  providerRegionVariables: Array<{ scope: string; name: string }>;
  /** `module "m" { source = "../x" }` with a local source: the calling folder and the module's folder. */
  moduleCalls: Array<{ caller: string; module: string }>;
}

declare module '../../model/scan-model.js' {
  interface FormatFacts {
    terraform: RegionFacts;
  }
}

export function emptyRegionFacts(): RegionFacts {
  return { providerRegions: [], variableRegions: [], providerRegionVariables: [], moduleCalls: [] };
}

export function isRegion(value: string): boolean {
  return /^[a-z]{2}(?:-[a-z]+)+-\d$/.test(value);
}

/**
 * Terraform derives `ses_smtp_password_v4` for the provider's region: each SMTP password used in a
 * Terraform file gets the region of its module folder, looked up across every file of the scan.
 */
export const joinProviderRegions: ModelJoin = (files, joined) => {
  const terraformFiles = files.filter((file) => file.formatFacts?.terraform !== undefined);
  if (terraformFiles.length === 0) return joined;
  const facts = concatLists(
    emptyRegionFacts(),
    terraformFiles.flatMap((file) => file.formatFacts?.terraform ?? []),
  );
  const terraformPaths = new Set(terraformFiles.map((file) => file.file));
  const regionOf = providerRegions(facts);
  const smtpPasswordUses = joined.iam.smtpPasswordUses.map((use) =>
    use.derivedRegion === undefined && terraformPaths.has(use.file)
      ? { ...use, derivedRegion: regionOf(folderOf(use.file)) }
      : use,
  );
  return { ...joined, iam: { ...joined.iam, smtpPasswordUses } };
};

/** Module calls deeper than this are not followed for a region: no real configuration nests so far. */
const maxCallDepth = 1000;

/**
 * The AWS provider's region for each Terraform module folder: its own provider's literal region, or the
 * value of the variable the provider takes (.tfvars or default); for a module with no provider, the
 * region of the folders that call it, when they agree. Facts are indexed by folder once and each
 * folder's answer is kept, so a folder reached along many call paths (a lattice of modules) is resolved
 * once and the lookup stays linear; a folder already on the path is a cycle and answers nothing.
 */
export function providerRegions(facts: RegionFacts): (scope: string) => string | undefined {
  const literals = firstBy(facts.providerRegions, (entry) => entry.scope);
  const variables = firstBy(facts.providerRegionVariables, (entry) => entry.scope);
  const values = groupBy(facts.variableRegions, (entry) => entry.scope);
  const callers = groupBy(facts.moduleCalls, (call) => call.module);
  const known = new Map<string, string | undefined>();
  const onPath = new Set<string>();

  const regionOf = (scope: string): string | undefined => {
    if (known.has(scope)) return known.get(scope);
    if (onPath.has(scope) || onPath.size >= maxCallDepth) return undefined;
    onPath.add(scope);
    const region = resolve(scope);
    onPath.delete(scope);
    known.set(scope, region);
    return region;
  };

  const resolve = (scope: string): string | undefined => {
    const literal = literals.get(scope)?.region;
    if (literal) return literal;
    const variable = variables.get(scope)?.name;
    const own = values.get(scope) ?? [];
    if (variable) {
      // A .tfvars value wins over the variable's default.
      const set = own.filter((entry) => entry.name === variable);
      return (set.find((entry) => entry.from === 'tfvars') ?? set[0])?.region;
    }
    const calling = (callers.get(scope) ?? []).filter((call) => !onPath.has(call.caller));
    const regions = new Set(
      calling.map((call) => regionOf(call.caller)).filter((region): region is string => region !== undefined),
    );
    if (regions.size === 1) return [...regions][0];
    // No provider and no caller: a folder with a single region-named variable default.
    const defaults = own.filter((entry) => entry.from === 'default' && /region/i.test(entry.name));
    return calling.length === 0 && defaults.length === 1 ? defaults[0]?.region : undefined;
  };

  return regionOf;
}

/** `provider "aws" { region = … }`: a literal region, or the variable that holds it. */
function readProviderRegion(facts: RegionFacts, scope: string, expression: Node | undefined): void {
  const region = literalString(expression);
  if (region) facts.providerRegions.push({ scope, region });
  const variable = expression ? traversals(expression, 'var')[0]?.path[1] : undefined;
  if (variable) facts.providerRegionVariables.push({ scope, name: variable });
}

/** A variable's default or a .tfvars value that is a region name. */
function readVariableRegion(
  facts: RegionFacts,
  scope: string,
  name: string,
  expression: Node | undefined,
  from: 'default' | 'tfvars',
): void {
  const region = literalString(expression);
  if (region && isRegion(region)) facts.variableRegions.push({ scope, name, region, from });
}

/** `module "m" { source = "../x" }`: a module in a local folder takes the caller's region. */
function readModuleCall(facts: RegionFacts, scope: string, source: string | undefined): void {
  const module = localModuleFolder(scope, source);
  if (module !== undefined) facts.moduleCalls.push({ caller: scope, module });
}

/**
 * What one file says of regions, in HCL or JSON syntax alike: the AWS provider's region, region-named
 * variable defaults, local module calls, and (for a variables file) its values.
 */
export function regionFactsOf(scope: string, blocks: readonly Block[], tfvars: readonly Node[]): RegionFacts {
  const facts = emptyRegionFacts();
  for (const block of blocks) {
    const [label = ''] = block.labels;
    if (block.type === 'provider' && label === 'aws')
      readProviderRegion(facts, scope, attributeExpression(block, 'region'));
    else if (block.type === 'variable')
      readVariableRegion(facts, scope, label, attributeExpression(block, 'default'), 'default');
    else if (block.type === 'module') readModuleCall(facts, scope, literalString(attributeExpression(block, 'source')));
  }
  for (const attribute of tfvars)
    readVariableRegion(
      facts,
      scope,
      firstChild(attribute, 'identifier')?.text ?? '',
      firstChild(attribute, 'expression'),
      'tfvars',
    );
  return facts;
}
