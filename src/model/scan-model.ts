import type { RepositoryContext } from './repository.js';
import { mergeIam, type IamFacts } from './iam.js';
import type { CredentialReference, CredentialUse, FileProblem } from './references.js';

/** Every file's model joined into one, so rules can go from a reference to its uses and back. */

export interface FileModel {
  file: string;
  format: string;
  references: CredentialReference[];
  uses: CredentialUse[];
  problems: FileProblem[];
  /** IAM resources declared by IaC files; keys are shared across the files of one module or template. */
  iam?: IamFacts;
  /** Kubernetes ConfigMaps and Secrets, and the containers that take all their keys (`envFrom`). */
  envSources?: EnvSources;
}

/** What a ConfigMap or Secret says of SMTP (its hosts), and which uses import it whole. */
export interface EnvSources {
  sources: Array<{ kind: string; name: string; sesRegions: string[]; otherHosts: string[]; smtp: boolean }>;
  imports: Array<{ useId: string; kind: string; name: string }>;
}

/** Every file's model, joined so rules can go from a reference to the uses that see it and back. */
export interface ScanModel {
  files: FileModel[];
  iam: IamFacts;
  repository: RepositoryContext;
  references: CredentialReference[];
  uses: CredentialUse[];
  referenceById: ReadonlyMap<string, CredentialReference>;
  usesByReference: ReadonlyMap<string, CredentialUse[]>;
}

export function joinModels(files: FileModel[], repository: RepositoryContext = { values: [] }): ScanModel {
  const references = files.flatMap((file) => file.references);
  const uses = withImportedHosts(
    files.flatMap((file) => file.uses),
    files.flatMap((file) => file.envSources?.sources ?? []),
    files.flatMap((file) => file.envSources?.imports ?? []),
  );
  const referenceById = new Map(references.map((reference) => [reference.id, reference]));
  const usesByReference = new Map<string, CredentialUse[]>();
  for (const use of uses) {
    for (const id of use.referenceIds) {
      const list = usesByReference.get(id);
      if (list) list.push(use);
      else usesByReference.set(id, [use]);
    }
  }
  return {
    files,
    iam: mergeIam(files.flatMap((file) => (file.iam ? [file.iam] : []))),
    repository,
    references,
    uses,
    referenceById,
    usesByReference,
  };
}

export function referencesOf(model: ScanModel, use: CredentialUse): CredentialReference[] {
  return use.referenceIds.flatMap((id) => model.referenceById.get(id) ?? []);
}

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
  return uses.map((use) => {
    const imported = imports
      .filter((entry) => entry.useId === use.id)
      .flatMap((entry) => sources.filter((source) => source.kind === entry.kind && source.name === entry.name));
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
