import type { Node } from 'yaml';
import { looksLikeCloudFormation } from './cloudformation/intrinsics.js';
import { readCloudFormation } from './cloudformation/reader.js';
import type { FileFacts } from './shared/documents.js';
import type { YamlReader } from './shared/yaml-reader.js';
import { isStructuredDataPath } from './shared/paths.js';
import type { ContentFormat } from './types.js';

export { looksLikeCloudFormation };

function readTemplate(reader: YamlReader, root: Node, facts: FileFacts): void {
  facts.iam.push(readCloudFormation(reader, root));
}

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

export const cloudFormationAdapter: ContentFormat = {
  id: 'cloudformation',
  title: 'CloudFormation / SAM',
  claim: 'content',
  description: 'CloudFormation and SAM templates (YAML or JSON)',
  // Templates are recognised by content, wherever they are; the path only rules out what cannot be one.
  recognises: looksLikeCloudFormation,
  readDocument: readTemplate,
  matches: isStructuredDataPath,
  mayMatter: mayBeTemplate,
};
