import { emptyModel, type FileModel, type ModelJoin } from '../model/scan-model.js';
import { ModelBuilder } from './shared/builder.js';
import { textOnlyNote } from './text/layer.js';
import { readKeyedValues } from './shared/generic-yaml.js';
import { destinationOf, mergeAll, type Collected } from './shared/values.js';
import { yamlReader } from './shared/yaml-reader.js';
import { loadHcl } from './terraform/hcl.js';
import { joinConfiguration } from './terraform/join.js';
import { measureHcl, type HclCost } from './terraform/prefilter.js';
import { notFollowedNote } from './terraform/configuration.js';
import { readJsonValues } from './terraform/json-values.js';
import { parseJsonSource, type TerraformSource } from './terraform/source.js';
import type { FileReading } from './terraform/values.js';
import { readTerraform } from './terraform/reader.js';
import { joinProviderRegions, regionFactsOf } from './terraform/regions.js';
import type { ParseContext } from './shared/parse-context.js';
import type { PathFormat } from './types.js';
import { isTerraformPath } from './shared/paths.js';

/**
 * `.tf.json` and `.tfvars.json`, parsed once with the HCL grammar (a JSON document is an HCL object):
 * literal values read as keyed JSON; references, IAM and exposures read with the rest of the
 * configuration by the join.
 */
function parseTerraformJson(file: string, text: string, context: ParseContext): FileModel {
  const terraformSource = parseJsonSource(file, text);
  const { builder, collected } = terraformSource.root.hasError
    ? readAsKeyedJson(file, text, context)
    : readParsedJson(terraformSource, context);
  if (collected.referenceIds.length > 0)
    builder.use(file, terraformSource.span(0, 0), collected.referenceIds, destinationOf(collected, 'unknown'));
  const { blocks, attributes } = terraformSource.topLevel;
  for (const block of blocks) {
    const note = notFollowedNote(block);
    if (note) builder.problem(note, terraformSource.nodeSpan(block.attributes.get('source') ?? block.node));
  }
  const tfvars = terraformSource.isVariablesFile ? attributes : [];
  const regions = regionFactsOf(terraformSource.scope, blocks, tfvars);
  return { ...builder.build(), formatFacts: { terraform: regions, terraformSource } };
}

/** The literal values, from the tree the join reads too. */
function readParsedJson(
  source: TerraformSource,
  context: ParseContext,
): { builder: ModelBuilder; collected: Collected } {
  const tf: FileReading = { source, builder: new ModelBuilder(source.path, 'terraform'), context };
  return { builder: tf.builder, collected: readJsonValues(tf) };
}

/**
 * The literal values of JSON the HCL grammar cannot read: Terraform decodes a JSON string before it
 * parses the template, so `"${f(\"~\")}"` is valid, but the grammar stops at the escaped quote. A JSON
 * reader still reads every value.
 */
function readAsKeyedJson(
  file: string,
  text: string,
  context: ParseContext,
): { builder: ModelBuilder; collected: Collected } {
  const reader = yamlReader('terraform', file, text, context);
  return {
    builder: reader.builder,
    collected: mergeAll(reader.source.documents.map((doc) => readKeyedValues(reader, doc.contents))),
  };
}

/**
 * What the parser may be given: real configurations chain a handful of steps (`module.x.outputs[0].id`)
 * and nest expressions a few levels; tokens are bounded by the scan's `max-nodes`.
 */
const hclBudget = { traversal: 1000, expressionDepth: 4096 };

/**
 * The one pre-parse pass over a file: the scan asks for its node estimate, then parses the same text,
 * so the measure is kept for that one text until its parse takes it.
 */
let measured: { text: string; cost: HclCost } | undefined;

function estimateTokens(text: string, limit: number): number {
  const cost = measureHcl(text, { ...hclBudget, tokens: limit });
  measured = { text, cost };
  return cost.tokens;
}

function takeCost(text: string): HclCost {
  const kept = measured;
  measured = undefined;
  return kept?.text === text ? kept.cost : measureHcl(text, { ...hclBudget, tokens: Number.POSITIVE_INFINITY });
}

/** Why a file is too costly for the parser, or undefined when it is within the budget. */
function overBudget(cost: HclCost): string | undefined {
  // JSON strings are HCL templates to the grammar, so a chain inside `"${a.a.a…}"` costs the same.
  if (cost.traversal > hclBudget.traversal)
    return `a chain of more than ${hclBudget.traversal} attribute or index steps`;
  if (cost.expressionDepth > hclBudget.expressionDepth)
    return `an expression nested more than ${hclBudget.expressionDepth} levels deep (parentheses, unary operators, conditionals)`;
  return undefined;
}

/** The whole configuration first (it adds the SMTP password uses), then the provider regions they were derived for. */
const joinTerraform: ModelJoin = (files, joined, context) =>
  joinProviderRegions(files, joinConfiguration(files, joined, context), context);

export const terraformAdapter: PathFormat = {
  id: 'terraform',
  title: 'Terraform',
  claim: 'path',
  description: 'Terraform configuration and variables',
  matches: isTerraformPath,
  prepare: loadHcl,
  // Every token of HCL (and of JSON given to the HCL grammar) becomes a node of the tree.
  estimateNodes: estimateTokens,
  join: joinTerraform,
  parse: (file, text, context) => {
    const tooCostly = overBudget(takeCost(text));
    if (tooCostly) return emptyModel(file, 'terraform', `skipped: ${tooCostly}; ${textOnlyNote}`);
    if (/\.json$/i.test(file)) return parseTerraformJson(file, text, context);
    return readTerraform(file, text, context);
  },
};
