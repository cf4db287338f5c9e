import type { IamFacts } from '../model/iam.js';

/**
 * The AWS provider's region for a Terraform module folder: its own provider's literal region, or the
 * value of the variable the provider takes (.tfvars or default); for a module with no provider, the
 * region of the folders that call it, when they agree.
 */
export function providerRegion(
  iam: IamFacts,
  scope: string,
  seen: ReadonlySet<string> = new Set(),
): string | undefined {
  const literal = iam.providerRegions.find((provider) => provider.scope === scope)?.region;
  if (literal) return literal;
  const variable = iam.providerRegionVariables.find((provider) => provider.scope === scope)?.name;
  if (variable) {
    // A .tfvars value wins over the variable's default.
    const values = iam.variableRegions.filter((entry) => entry.scope === scope && entry.name === variable);
    return (values.find((entry) => entry.from === 'tfvars') ?? values[0])?.region;
  }
  const callers = iam.moduleCalls.filter((call) => call.module === scope && !seen.has(call.caller));
  const regions = new Set(
    callers
      .map((call) => providerRegion(iam, call.caller, new Set([...seen, scope])))
      .filter((region): region is string => region !== undefined),
  );
  if (regions.size === 1) return [...regions][0];
  // No provider and no caller: a folder with a single region-named variable default.
  const defaults = iam.variableRegions.filter(
    (entry) => entry.scope === scope && entry.from === 'default' && /region/i.test(entry.name),
  );
  return callers.length === 0 && defaults.length === 1 ? defaults[0]?.region : undefined;
}
