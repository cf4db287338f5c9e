/** Facts from outside the files: what the action learns from the step's values, STS and the repository's secrets. */
import type { CredentialKind } from './kinds.js';

/** What STS said of one access key pair; the account ID is never kept whole. */
export type Verification =
  | { status: 'root' | 'iam'; arnKind: string }
  | { status: 'rejected'; reason: string }
  | { status: 'error'; reason: string };

/**
 * What was learnt from a credential value handed to the step, without the value: the kind its name
 * claims, the kind its shape shows, and for SMTP passwords whether it derives from the key given.
 */
export interface ValueFacts {
  name: string;
  nameKind: CredentialKind;
  shapeKind: CredentialKind | undefined;
  /** What STS said of the pair this key ID belongs to (verify-with-aws). */
  verification?: Verification;
  derivation?: {
    status: 'match' | 'region-mismatch' | 'mismatch';
    region?: string;
    secretName: string;
    expectedRegions: string[];
  };
}

/** What the action learns outside the files: values handed to the step, the secrets the repository defines. */
export interface RepositoryContext {
  values: ValueFacts[];
  /** Repository, environment and organisation secrets, by name (classified), when listing them was enabled. */
  definedSecrets?: ReadonlyArray<{ name: string; scope: string; kind: CredentialKind | undefined; root: boolean }>;
}
