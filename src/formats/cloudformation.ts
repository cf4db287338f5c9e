import { mergeIam, type IamFacts } from '../model/iam.js';
import type { FileModel } from '../model/scan-model.js';
import { looksLikeCloudFormation } from './cloudformation/intrinsics.js';
import { readCloudFormation } from './cloudformation/reader.js';
import { yamlReader } from './shared/yaml-reader.js';
import type { FormatAdapter, ParseContext } from './types.js';

export { looksLikeCloudFormation };

export function parseCloudFormation(file: string, text: string, context: ParseContext): FileModel {
  const reader = yamlReader('cloudformation', file, text, context);
  const facts: IamFacts[] = reader.source.documents
    .filter((doc) => looksLikeCloudFormation(doc.contents))
    .map((doc) => readCloudFormation(reader, doc.contents));
  const model = reader.builder.build();
  return facts.length > 0 ? { ...model, iam: mergeIam(facts) } : model;
}

/** Lock files and tool configs are JSON or YAML but never templates; they are not even read. */
const neverTemplates =
  /(?:^|\/)(?:package(?:-lock)?\.json|npm-shrinkwrap\.json|composer\.(?:json|lock)|tsconfig[^/]*\.json|\.?eslintrc[^/]*|pnpm-lock\.yaml|yarn\.lock|renovate\.json|\.prettierrc[^/]*)$/i;

/** A template names its version or typed resources; anything else is not parsed at all. */
const templateMarker = /AWSTemplateFormatVersion|["']?Type["']?\s*:\s*["']?(?:AWS|Custom)::/;

/**
 * Whether the bytes hold `AWSTemplateFormatVersion`, `AWS::` or `Custom::`. Most candidates are other JSON
 * and YAML, so this runs over many bytes: two searches (every `::`, then the version key) instead of three.
 */
function mayBeTemplate(bytes: Buffer): boolean {
  for (let at = bytes.indexOf('::'); at >= 0; at = bytes.indexOf('::', at + 2)) {
    if (endsWith(bytes, at, 'AWS') || endsWith(bytes, at, 'Custom')) return true;
  }
  return bytes.includes('AWSTemplateFormatVersion');
}

/** Whether the bytes just before `end` are `ascii`. */
function endsWith(bytes: Buffer, end: number, ascii: string): boolean {
  if (end < ascii.length) return false;
  for (let i = 0; i < ascii.length; i++) if (bytes[end - ascii.length + i] !== ascii.charCodeAt(i)) return false;
  return true;
}

export const cloudFormationAdapter: FormatAdapter = {
  id: 'cloudformation',
  title: 'CloudFormation / SAM',
  claim: 'content',
  description: 'CloudFormation and SAM templates (YAML or JSON)',
  // Templates are recognised by content, wherever they are; the path only rules out what cannot be one.
  recognises: looksLikeCloudFormation,
  matches: (path) => /\.(?:ya?ml|json|template)$/i.test(path) && !neverTemplates.test(path),
  mayMatter: mayBeTemplate,
  parse: (file, text, context) =>
    templateMarker.test(text)
      ? parseCloudFormation(file, text, context)
      : { file, format: 'cloudformation', references: [], uses: [], problems: [] },
};
