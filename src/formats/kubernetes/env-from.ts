import type { CredentialUse } from '../../model/references.js';
import type { ModelJoin } from '../../model/scan-model.js';
import { groupBy } from '../../common/collections.js';

/** What a ConfigMap or Secret says of SMTP (its hosts), and which uses import it whole. */
export interface EnvSources {
  sources: Array<{ kind: string; name: string; sesRegions: string[]; otherHosts: string[]; smtp: boolean }>;
  imports: Array<{ useId: string; kind: string; name: string }>;
}

declare module '../../model/scan-model.js' {
  interface FormatFacts {
    /** Kubernetes ConfigMaps and Secrets, and the containers that take all their keys (`envFrom`). */
    kubernetes: EnvSources;
  }
}

/** The `envFrom` join: a container takes in the SMTP hosts of the ConfigMaps and Secrets it imports, from any file. */
export const joinEnvFrom: ModelJoin = (files, joined) => ({
  ...joined,
  uses: withImportedHosts(
    joined.uses,
    files.flatMap((file) => file.formatFacts?.kubernetes?.sources ?? []),
    files.flatMap((file) => file.formatFacts?.kubernetes?.imports ?? []),
  ),
});

/**
 * A container that imports a ConfigMap or Secret whole (`envFrom`) talks to the SMTP hosts it names,
 * even when they live in another file: its destination takes them in.
 */
function withImportedHosts(
  uses: CredentialUse[],
  sources: EnvSources['sources'],
  imports: EnvSources['imports'],
): CredentialUse[] {
  if (imports.length === 0) return uses;
  // Grouped once, each group in the lists' order: a use then looks up only its own imports and their sources
  // (a filter of every import and source per use was quadratic in a repository's manifests).
  const importsByUse = groupBy(imports, (entry) => entry.useId);
  const sourcesByName = groupBy(sources, (source) => JSON.stringify([source.kind, source.name]));
  return uses.map((use) => {
    const imported = (importsByUse.get(use.id) ?? []).flatMap(
      (entry) => sourcesByName.get(JSON.stringify([entry.kind, entry.name])) ?? [],
    );
    if (!imported.some((source) => source.smtp)) return use;
    const regions = [
      ...new Set([...(use.destination.smtp?.regions ?? []), ...imported.flatMap((source) => source.sesRegions)]),
    ].sort();
    const current = use.destination.smtp?.target ?? 'unknown';
    const target =
      regions.length > 0
        ? 'ses'
        : current === 'unknown' && imported.some((source) => source.otherHosts.length > 0)
          ? 'other'
          : current;
    return { ...use, destination: { ...use.destination, smtp: { target, regions } } };
  });
}
