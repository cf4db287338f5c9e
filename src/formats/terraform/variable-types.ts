import { attributeExpression } from './blocks.js';
import { literalBool, namedChildren, type Node } from './hcl.js';
import type { TerraformConfiguration } from './configuration.js';

/** `bool`, `number`, and collections of them: types no credential has. */
const nonCredentialType = /^(?:bool|number|(?:list|set|map)\((?:bool|number)\))$/;

/**
 * The variables of each module folder that hold a boolean or a number: declared so (`type = bool`), or
 * with no type and such a default. A reference to one is no credential, whatever the names say.
 * Keys are JSON of `[folder, name]`.
 */
export function nonCredentialVariables(configuration: TerraformConfiguration): Set<string> {
  const found = new Set<string>();
  for (const folder of configuration.folders.values())
    for (const { block } of folder.blocks) {
      const [name] = block.labels;
      if (block.type !== 'variable' || !name) continue;
      const type = attributeExpression(block, 'type')?.text.replace(/\s+/g, '');
      const fallback = attributeExpression(block, 'default');
      if (type ? nonCredentialType.test(type) : fallback !== undefined && isBoolOrNumber(fallback))
        found.add(variableKey(folder.path, name));
    }
  return found;
}

export function variableKey(folder: string, name: string): string {
  return JSON.stringify([folder, name]);
}

function isBoolOrNumber(expression: Node): boolean {
  const literal = namedChildren(expression)[0];
  return (
    literalBool(expression) !== undefined ||
    (literal?.type === 'literal_value' && namedChildren(literal)[0]?.type === 'numeric_lit')
  );
}
