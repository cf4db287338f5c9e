import type { Node } from 'yaml';
import { looksLikeCloudFormation } from './cloudformation/intrinsics.js';
import { readCloudFormation } from './cloudformation/reader.js';
import { parseDocuments, type FileFacts } from './shared/documents.js';
import type { YamlReader } from './shared/yaml-reader.js';
import { isStructuredDataPath } from './shared/paths.js';
import type { FormatAdapter } from './types.js';

export { looksLikeCloudFormation };

function readTemplate(reader: YamlReader, root: Node, facts: FileFacts): void {
  facts.iam.push(readCloudFormation(reader, root));
}

export const cloudFormationAdapter: FormatAdapter = {
  id: 'cloudformation',
  title: 'CloudFormation / SAM',
  claim: 'content',
  description: 'CloudFormation and SAM templates (YAML or JSON)',
  // Templates are recognised by content, wherever they are; the path only rules out what cannot be one.
  recognises: looksLikeCloudFormation,
  readDocument: readTemplate,
  matches: isStructuredDataPath,
  mayMatter: (bytes) =>
    bytes.includes('AWSTemplateFormatVersion') || bytes.includes('AWS::') || bytes.includes('Custom::'),
  parse: (file, text, context) =>
    parseDocuments(
      file,
      text,
      context,
      [{ id: 'cloudformation', recognises: looksLikeCloudFormation, readDocument: readTemplate }],
      undefined,
      'cloudformation',
    ),
};
