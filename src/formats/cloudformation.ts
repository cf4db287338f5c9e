import type { Node } from 'yaml';
import { looksLikeCloudFormation } from './cloudformation/intrinsics.js';
import { readCloudFormation } from './cloudformation/reader.js';
import type { FileFacts } from './shared/documents.js';
import type { YamlReader } from './shared/yaml-reader.js';
import { isStructuredDataPath } from './shared/paths.js';
import type { ContentFormat } from './types.js';
import { wordFinder } from './shared/byte-words.js';

export { looksLikeCloudFormation };

function readTemplate(reader: YamlReader, root: Node, facts: FileFacts): void {
  facts.iam.push(readCloudFormation(reader, root));
}

/**
 * Whether the bytes hold `AWSTemplateFormatVersion`, `AWS::` or `Custom::`. Most candidates are other JSON
 * and YAML, so this runs over many bytes: two searches for needles that start with a rare byte (see
 * byte-words.ts), not one for `::`, which JSON writes on most lines, and one for the version key.
 */
function mayBeTemplate(bytes: Buffer): boolean {
  return holdsAwsWord(bytes) || holdsCustomType(bytes);
}

const holdsAwsWord = wordFinder(['AWS::', 'AWSTemplateFormatVersion'], 'AWS');
const holdsCustomType = wordFinder(['Custom::'], 'Custom');

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
