import type { ValueFacts } from './credentials/check-values.js';
import type { Channel, CredentialKind } from './credentials/kinds.js';

export type Severity = 'error' | 'warning' | 'notice';

export const severityRank: Record<Severity, number> = { error: 3, warning: 2, notice: 1 };

/** 1-based line and column, the end column exclusive (the column after the last character), as SARIF counts. */
export interface Span {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}

/** Where a value comes from. */
export type ValueSource =
  | { type: 'secret'; name: string }
  | { type: 'all-secrets'; via: 'toJSON' | 'inherit' | 'dynamic-index' }
  | { type: 'literal'; value: string }
  | { type: 'variable'; name: string }
  /** An IaC attribute whose kind is known from the resource type (`aws_iam_access_key.x.secret`, `!GetAtt Key.SecretAccessKey`). */
  | { type: 'attribute'; name: string; kind: CredentialKind; accessKey: string };

/** Where a value goes: the slot it fills, and the kind of credential that slot expects. */
export interface Sink {
  type: 'action-input' | 'env' | 'script' | 'url-userinfo' | 'reusable-workflow-secret' | 'command-argument';
  /** Input, variable or argument name as written. */
  name: string;
  /** `uses:` of the step, for action inputs. */
  action?: string;
  expects?: CredentialKind;
  /** The slot's own name marks it as the root user's (`AWS_ROOT_ACCESS_KEY: …`). */
  root?: boolean;
}

export interface Classification {
  kind: CredentialKind;
  root: boolean;
}

/** One value that is, or may be, a credential, at the exact place it is written. */
export interface CredentialReference {
  id: string;
  file: string;
  span: Span;
  source: ValueSource;
  sink: Sink;
  /** What the value is, from its name or shape; filled by `classifyReferences`. */
  supplied?: Classification;
}

/** What a set of credentials talks to. */
export interface Destination {
  /** Set when the credentials are used for SMTP. */
  smtp?: { target: 'ses' | 'other' | 'unknown'; regions: string[] };
  sesApi: boolean;
  awsApi: boolean;
  registry: boolean;
}

/**
 * A place where credentials are used together: a workflow step (with the env it inherits), a reusable
 * workflow call. Pair checks and destination-dependent rules work on uses.
 */
export interface CredentialUse {
  id: string;
  file: string;
  label: string;
  span: Span;
  referenceIds: string[];
  destination: Destination;
}

/** A problem reading a file: reported as a notice, never stops the scan. */
export interface FileProblem {
  file: string;
  message: string;
  span?: Span;
}

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

/**
 * IAM as declared in IaC. Everything is named by a key (`<module folder>::<address>` for Terraform,
 * `<file>::<logical id>` for CloudFormation) so that facts from several files of a module join up.
 */
export interface IamFacts {
  principals: IamPrincipal[];
  accessKeys: IamAccessKey[];
  loginProfiles: IamLoginProfile[];
  statements: IamStatement[];
  bindings: IamBinding[];
  exposures: SecretExposure[];
  /** Places where an access key's SMTP password is used, with the regions around it. */
  smtpPasswordUses: SmtpPasswordUse[];
  /** The AWS provider's literal region, per module folder. */
  providerRegions: Array<{ scope: string; region: string }>;
  /** Region variables' values (defaults and .tfvars), per module folder, for providers that take `var.region`. */
  variableRegions: Array<{ scope: string; name: string; region: string; from: 'default' | 'tfvars' }>;
  /** `region = var.x` of a provider, per module folder. */
  providerRegionVariables: Array<{ scope: string; name: string }>;
  /** `module "m" { source = "../x" }` with a local source: the calling folder and the module's folder. */
  moduleCalls: Array<{ caller: string; module: string }>;
}

export interface IamPrincipal {
  key: string;
  file: string;
  span: Span;
  kind: 'user' | 'role' | 'group';
  /** Address or logical id, for messages. */
  label: string;
  /** The name says it is an SMTP user (`ses-smtp`, `SmtpUser`). */
  smtpNamed: boolean;
}

export interface IamAccessKey {
  key: string;
  file: string;
  span: Span;
  userKey: string | undefined;
}

export interface IamLoginProfile {
  file: string;
  span: Span;
  userKey: string | undefined;
}

/** One Allow or Deny statement, owned by a policy, policy document or inline policy. */
export interface IamStatement {
  file: string;
  /** The actions (the evidence line). */
  span: Span;
  ownerKey: string;
  effect: 'Allow' | 'Deny';
  actions: string[];
  notAction: boolean;
  resources: string[];
}

/** Grants an owner's statements (or a managed policy) to a principal. */
export interface IamBinding {
  file: string;
  span: Span;
  principalKey: string;
  ownerKey?: string;
  managedPolicyArn?: string;
}

export interface SecretExposure {
  file: string;
  span: Span;
  kind: CredentialKind;
  channel: 'terraform-output' | 'cloudformation-output' | 'ssm-parameter';
  /** What was exposed, for messages (`aws_iam_access_key.smtp.ses_smtp_password_v4`). */
  what: string;
  /** `nonsensitive(…)` strips Terraform's protection on purpose. */
  nonsensitive: boolean;
  /** The access key whose part is exposed. */
  accessKeyKey: string;
}

export interface SmtpPasswordUse {
  file: string;
  span: Span;
  accessKeyKey: string;
  /** The region the password was derived for (the provider's), when known. */
  derivedRegion: string | undefined;
  /** SES SMTP endpoint regions named beside the password. */
  endpointRegions: string[];
  /** Module folder, where the provider's region is looked up when `derivedRegion` is not known. */
  scope?: string;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  /** POSIX path relative to the scanned root; empty for findings on the repository (its secrets), which have no position. */
  file: string;
  span: Span;
  message: string;
  credential?: { name: string; kind?: CredentialKind | undefined; root?: boolean };
  /** Stable across line moves: the rule, file and what was found, not where. */
  fingerprintSeed: string;
  /** Hash of the seed and the how-many-th such finding in the file; filled by the engine. */
  fingerprint?: string;
  suppressed?: 'inline' | 'config' | 'baseline';
  /** In pull-request mode: the file is not among those the pull request changes. */
  outsideDiff?: boolean;
}

export interface InventoryEntry {
  name: string;
  kind: CredentialKind | undefined;
  root: boolean;
  channels: Channel[];
  locations: Array<{ file: string; line: number; column: number }>;
  /** Known only when the repository's secrets were listed: where it is defined, or that it is defined nowhere. */
  definedIn?: string[];
}

/** An access key that IaC creates: whose it is, and where each of its parts goes. */
export interface IacCredentialEntry {
  key: string;
  file: string;
  line: number;
  user: string | undefined;
  consoleAccess: boolean;
  flows: Array<{ part: CredentialKind; to: string; file: string; line: number }>;
}

export interface ScanResult {
  root: string;
  files: number;
  findings: Finding[];
  suppressed: Finding[];
  problems: FileProblem[];
  inventory: InventoryEntry[];
  iacCredentials: IacCredentialEntry[];
}

/** What the action learns outside the files: values handed to the step, the secrets the repository defines. */
export interface RepositoryContext {
  values: ValueFacts[];
  /** Repository, environment and organisation secrets, by name (classified), when listing them was enabled. */
  definedSecrets?: ReadonlyArray<{ name: string; scope: string; kind: CredentialKind | undefined; root: boolean }>;
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

export function emptyIam(): IamFacts {
  return {
    principals: [],
    accessKeys: [],
    loginProfiles: [],
    statements: [],
    bindings: [],
    exposures: [],
    smtpPasswordUses: [],
    providerRegions: [],
    variableRegions: [],
    providerRegionVariables: [],
    moduleCalls: [],
  };
}

export function mergeIam(parts: IamFacts[]): IamFacts {
  const merged = emptyIam();
  for (const part of parts) {
    merged.principals.push(...part.principals);
    merged.accessKeys.push(...part.accessKeys);
    merged.loginProfiles.push(...part.loginProfiles);
    merged.statements.push(...part.statements);
    merged.bindings.push(...part.bindings);
    merged.exposures.push(...part.exposures);
    merged.smtpPasswordUses.push(...part.smtpPasswordUses);
    merged.providerRegions.push(...part.providerRegions);
    merged.variableRegions.push(...part.variableRegions);
    merged.providerRegionVariables.push(...part.providerRegionVariables);
    merged.moduleCalls.push(...part.moduleCalls);
  }
  return merged;
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
