import type { FileModel } from '../model/scan-model.js';
import { readKeyedValues } from './shared/generic-yaml.js';
import { destinationOf, merge } from './shared/values.js';
import { yamlReader } from './shared/yaml-reader.js';
import { isHclLoaded, loadHcl } from './terraform/hcl.js';
import { readTerraform } from './terraform/reader.js';
import { joinProviderRegions } from './terraform/regions.js';
import type { FormatAdapter, ParseContext } from './types.js';

/** `.tf.json` and `.tfvars.json`: read as keyed JSON values (the HCL reference graph is not resolved for JSON). */
function parseTerraformJson(file: string, text: string, context: ParseContext): FileModel {
  const reader = yamlReader('terraform', file, text, context);
  const { source, builder } = reader;
  const collected = merge(...source.documents.map((doc) => readKeyedValues(reader, doc.contents)));
  if (collected.referenceIds.length > 0)
    builder.use(file, source.span(0, 0), collected.referenceIds, destinationOf(collected, 'unknown'));
  return builder.build();
}

export const terraformAdapter: FormatAdapter = {
  id: 'terraform',
  title: 'Terraform',
  claim: 'path',
  description: 'Terraform configuration and variables',
  matches: (path) => /\.(?:tf|tfvars|tf\.json|tfvars\.json)$/i.test(path),
  prepare: loadHcl,
  join: joinProviderRegions,
  parse: (file, text, context) => {
    if (/\.json$/i.test(file)) return parseTerraformJson(file, text, context);
    if (!isHclLoaded())
      return {
        file,
        format: 'terraform',
        references: [],
        uses: [],
        problems: [{ file, message: 'the HCL parser was not loaded; the file was not scanned' }],
      };
    return readTerraform(file, text, context);
  },
};
