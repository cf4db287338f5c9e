import type { RepositoryContext } from './repository.js';
import { mergeIam, type IamFacts } from './iam.js';
import type { CredentialReference, CredentialUse, FileProblem, NameClassifier } from './references.js';

/**
 * What one format's adapter keeps of a file for its own cross-file join (Kubernetes `envFrom` sources,
 * Terraform regions). Empty here on purpose: each adapter adds its entry by declaration merging, so the
 * model names no format.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface FormatFacts {}

export interface FileModel {
  file: string;
  format: string;
  references: CredentialReference[];
  uses: CredentialUse[];
  problems: FileProblem[];
  /** IAM resources declared by IaC files; keys are shared across the files of one module or template. */
  iam?: IamFacts;
  formatFacts?: Partial<FormatFacts>;
}

/** What the join of all files settles: references, uses and IAM facts, which a format's join may complete. */
export interface JoinedFacts {
  references: CredentialReference[];
  uses: CredentialUse[];
  iam: IamFacts;
}

/** What a join needs of the configuration: the name classifier with the user's `names:` rows. */
export interface JoinContext {
  classifyName: NameClassifier;
  /**
   * Gives what a format's join read of its files (`format` is the adapter's id) as an earlier scan of the
   * same bytes computed it, kept by the parse cache; else computes it. Without a cache, computes it.
   */
  remember?: (format: string, compute: () => unknown) => unknown;
}

/** A format's cross-file step: reads its own facts of every file and completes the joined references, uses and IAM. */
export type ModelJoin = (files: readonly FileModel[], joined: JoinedFacts, context: JoinContext) => JoinedFacts;

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

/** A file's model with nothing read from it, only notes saying why. */
export function emptyModel(file: string, format: string, ...notes: string[]): FileModel {
  return { file, format, references: [], uses: [], problems: notes.map((message) => ({ file, message })) };
}

export function joinModels(
  files: FileModel[],
  joins: readonly ModelJoin[],
  context: JoinContext,
  repository: RepositoryContext = { values: [] },
): ScanModel {
  const { references, uses, iam } = joins.reduce((joined, join) => join(files, joined, context), {
    references: files.flatMap((file) => file.references),
    uses: files.flatMap((file) => file.uses),
    iam: mergeIam(files.flatMap((file) => (file.iam ? [file.iam] : []))),
  });
  const referenceById = new Map(references.map((reference) => [reference.id, reference]));
  const usesByReference = new Map<string, CredentialUse[]>();
  for (const use of uses) {
    for (const id of use.referenceIds) {
      const list = usesByReference.get(id);
      if (list) list.push(use);
      else usesByReference.set(id, [use]);
    }
  }
  return { files, iam, repository, references, uses, referenceById, usesByReference };
}

export function referencesOf(model: ScanModel, use: CredentialUse): CredentialReference[] {
  // A loop, not `flatMap`: every rule asks it of every use, mostly before the code is optimized.
  const found: CredentialReference[] = [];
  for (const id of use.referenceIds) {
    const reference = model.referenceById.get(id);
    if (reference) found.push(reference);
  }
  return found;
}
