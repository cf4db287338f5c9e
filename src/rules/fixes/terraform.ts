/** Fixes in Terraform files, made in their text: outputs, SSM parameters and access key attributes. */
import type { Fix, FixEdit } from '../../model/findings.js';
import type { SecretExposure } from '../../model/iam.js';
import type { Span } from '../../model/references.js';
import { appendAttribute, blockAround, blockAttribute, HclStructures, type HclStructure } from './hcl.js';
import { edit, fixOf, FixTexts, type FileText } from './text.js';

/** Only native syntax: `.tf.json` files keep their values in JSON strings, edited by hand. */
export function isNativeTerraform(file: string): boolean {
  return file.endsWith('.tf');
}

const outputHeader = /^[ \t]*output[ \t]+("[^"\n]*"|[A-Za-z_][\w-]*)[ \t]*$/;
const ssmHeader = /^[ \t]*resource[ \t]+"aws_ssm_parameter"[ \t]+"[^"\n]*"[ \t]*$/;

/** The fix of an exposure: the output marked sensitive (its `nonsensitive(…)` removed), the parameter made a `SecureString`. */
export function exposureFix(texts: FixTexts, structures: HclStructures, exposure: SecretExposure): Fix | undefined {
  if (!isNativeTerraform(exposure.file)) return undefined;
  const at = texts.offsets(exposure.file, exposure.span);
  if (!at) return undefined;
  const structure = structures.of(at.source);
  if (exposure.channel === 'terraform-output') return sensitiveOutput(at.source, structure, at);
  if (exposure.channel === 'ssm-parameter') return secureParameter(at.source, structure, at.start);
  return undefined;
}

function sensitiveOutput(
  source: FileText,
  structure: HclStructure,
  value: { start: number; end: number },
): Fix | undefined {
  const block = blockAround(source, structure, value.start, outputHeader);
  if (!block) return undefined;
  const unwrapped = withoutCalls(source, structure, value, 'nonsensitive');
  const sensitive = blockAttribute(source, structure, block, 'sensitive');
  const marked = sensitive
    ? source.text.slice(sensitive.valueStart, sensitive.valueEnd) === 'true'
      ? undefined
      : edit(source, sensitive.valueStart, sensitive.valueEnd, 'true')
    : appendAttribute(source, block, 'sensitive = true');
  // Without `sensitive = true` Terraform refuses an output of a sensitive value: both go together.
  if (!marked && !(sensitive && unwrapped.length > 0)) return undefined;
  const description =
    unwrapped.length > 0
      ? 'remove `nonsensitive(…)` and mark the output `sensitive = true`'
      : 'mark the output `sensitive = true`';
  return fixOf(description, [...unwrapped, marked]);
}

/** Edits that unwrap each call of `name(…)` in the range: its name and parentheses go, its argument stays. */
function withoutCalls(
  source: FileText,
  structure: HclStructure,
  range: { start: number; end: number },
  name: string,
): FixEdit[] {
  const edits: FixEdit[] = [];
  const pattern = new RegExp(`\\b${name}[ \\t]*\\(`, 'g');
  const text = source.text.slice(range.start, range.end);
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const start = range.start + match.index;
    const open = start + match[0].length - 1;
    const close = structure.parens.get(open);
    if (structure.code[start] !== 1 || close === undefined || close >= range.end) continue;
    edits.push(edit(source, start, open + 1, ''), edit(source, close, close + 1, ''));
  }
  return edits;
}

function secureParameter(source: FileText, structure: HclStructure, offset: number): Fix | undefined {
  const block = blockAround(source, structure, offset, ssmHeader);
  if (!block) return undefined;
  const type = blockAttribute(source, structure, block, 'type');
  if (!type || source.text.slice(type.valueStart, type.valueEnd) !== '"String"') return undefined;
  // `insecure_value` is for values that are not secret; a `SecureString` takes its value as `value`.
  const insecure = blockAttribute(source, structure, block, 'insecure_value');
  const renamed =
    insecure && !blockAttribute(source, structure, block, 'value')
      ? edit(source, insecure.nameStart, insecure.nameStart + 'insecure_value'.length, 'value')
      : undefined;
  if (insecure && !renamed) return undefined;
  return fixOf('make the parameter a `SecureString` (encrypted with KMS)', [
    edit(source, type.valueStart, type.valueEnd, '"SecureString"'),
    renamed,
  ]);
}

/** An index or splat after a resource address: `[0]`, `["a"]`, `[*]`, the legacy `.*`. */
const indexOrSplat = String.raw`(?:\[[^\]\n]{1,200}\]|\.\*)?`;

/** `aws_iam_access_key.NAME` with an optional index or splat, as written before an attribute. */
const accessKeyAddress = String.raw`aws_iam_access_key\.[A-Za-z_][\w-]*${indexOrSplat}`;

/**
 * The fix that swaps one attribute of an access key reference for another (`.secret` for
 * `.ses_smtp_password_v4`), when the text at the span is that reference and nothing else.
 */
export function accessKeyAttributeFix(
  texts: FixTexts,
  file: string,
  span: Span,
  from: string,
  to: string,
  description: string,
): Fix | undefined {
  if (!isNativeTerraform(file)) return undefined;
  const at = texts.offsets(file, span);
  if (!at) return undefined;
  const written = at.source.text.slice(at.start, at.end);
  const match = new RegExp(`^(${accessKeyAddress})\\.${from}$`).exec(written);
  if (!match) return undefined;
  const attributeStart = at.start + (match[1]?.length ?? 0) + 1;
  return fixOf(description, [edit(at.source, attributeStart, at.end, to)]);
}

/** The reference to an IAM user's name (`aws_iam_user.NAME.name` or `.id`) at a span, as written. */
export function iamUserNameAt(
  texts: FixTexts,
  file: string,
  span: Span,
): { source: FileText; start: number; end: number; user: string; index: string } | undefined {
  if (!isNativeTerraform(file)) return undefined;
  const at = texts.offsets(file, span);
  if (!at) return undefined;
  const pattern = new RegExp(String.raw`^aws_iam_user\.([A-Za-z_][\w-]*)(${indexOrSplat})\.(?:name|id)$`);
  const match = pattern.exec(at.source.text.slice(at.start, at.end));
  return match?.[1] ? { ...at, user: match[1], index: match[2] ?? '' } : undefined;
}

/**
 * How an access key declared in the file is repeated: `count`, `for_each`, or `single`; undefined when
 * its block is not found in the text.
 */
export function accessKeyRepetition(
  texts: FixTexts,
  structures: HclStructures,
  file: string,
  name: string,
): Repetition | undefined {
  if (!isNativeTerraform(file)) return undefined;
  return texts.remember(`access-keys:${file}`, () => accessKeyRepetitions(texts, structures, file)).get(name);
}

type Repetition = 'count' | 'for_each' | 'single';

/** How each access key declared in the file is repeated, read in one pass over the file. */
function accessKeyRepetitions(texts: FixTexts, structures: HclStructures, file: string): Map<string, Repetition> {
  const repetitions = new Map<string, Repetition>();
  const source = texts.get(file);
  if (!source) return repetitions;
  const structure = structures.of(source);
  const header = /^[ \t]*resource[ \t]+"aws_iam_access_key"[ \t]+"([A-Za-z_][\w-]*)"[ \t]*\{/gm;
  for (const match of source.text.matchAll(header)) {
    const block = blockAround(source, structure, match.index + match[0].length, /resource/);
    if (!block || !match[1]) continue;
    const repetition = blockAttribute(source, structure, block, 'for_each')
      ? 'for_each'
      : blockAttribute(source, structure, block, 'count')
        ? 'count'
        : 'single';
    repetitions.set(match[1], repetition);
  }
  return repetitions;
}

const providerHeader = /^[ \t]*provider[ \t]+"aws"[ \t]*$/;

/**
 * The region of the module's default `aws` provider, as a literal in the text of the folder's files:
 * what Terraform derives `ses_smtp_password_v4` for. Undefined when it is not one literal region.
 */
export function providerRegion(texts: FixTexts, structures: HclStructures, file: string): string | undefined {
  const folder = folderOf(file);
  return texts.remember(`provider-region:${folder}`, () => folderProviderRegion(texts, structures, folder));
}

function folderProviderRegion(texts: FixTexts, structures: HclStructures, folder: string): string | undefined {
  const regions = new Set<string>();
  for (const path of texts.paths()) {
    if (!isNativeTerraform(path) || folderOf(path) !== folder) continue;
    if (!/provider[ \t]+"aws"/.test(texts.text(path) ?? '')) continue;
    const source = texts.get(path);
    if (!source) continue;
    const structure = structures.of(source);
    for (const pair of structure.braces) {
      const block = blockAround(source, structure, pair.open + 1, providerHeader);
      if (!block || block.open !== pair.open || blockAttribute(source, structure, block, 'alias')) continue;
      const region = blockAttribute(source, structure, block, 'region');
      const literal = region && /^"([a-z0-9-]{1,40})"$/.exec(source.text.slice(region.valueStart, region.valueEnd));
      regions.add(literal?.[1] ?? '');
    }
  }
  const [only] = regions;
  return regions.size === 1 && only ? only : undefined;
}

function folderOf(file: string): string {
  return file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '.';
}
