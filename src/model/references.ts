/** Credential references and uses: what every format adapter turns its files into. */
import type { CredentialKind } from './kinds.js';

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
  /** A literal; `alias` when it was read through a YAML alias, written at the anchor's line. */
  | { type: 'literal'; value: string; alias?: { anchor: string; line: number } }
  | { type: 'variable'; name: string }
  /** A workflow input (`inputs.NAME`, `github.event.inputs.NAME`, or its declaration under `on:`): plain text in the run's event payload. */
  | { type: 'input'; name: string }
  /** An IaC attribute whose kind is known from the resource type (`aws_iam_access_key.x.secret`, `!GetAtt Key.SecretAccessKey`). */
  | { type: 'attribute'; name: string; kind: CredentialKind; accessKey: string };

/** Where a value goes: the slot it fills, and the kind of credential that slot expects. */
export interface Sink {
  type:
    | 'action-input'
    | 'env'
    | 'script'
    | 'url-userinfo'
    | 'reusable-workflow-secret'
    | 'command-argument'
    /** A `workflow_dispatch` or `workflow_call` input's declaration, and its `default:`. */
    | 'workflow-input'
    /** Found by the text layer under the parsers, in a file's raw text; `name` is the name beside it, if any. */
    | 'text';
  /** Input, variable or argument name as written. */
  name: string;
  /** `uses:` of the step, for action inputs. */
  action?: string;
  expects?: CredentialKind;
  /** The slot's own name marks it as the root user's (`AWS_ROOT_ACCESS_KEY: …`). */
  root?: boolean;
  /**
   * What holds the slot, where the format knows it and no use names it: an IaC output or resource
   * (`output.smtp_password`, `kubernetes_secret.app`, `Outputs.SmtpSecret`), for the inventory's flows.
   */
  holder?: string;
}

export interface Classification {
  kind: CredentialKind;
  root: boolean;
}

/** What a name says of the value behind it: the built-in rows, or the configuration's `names:` rows first. */
export type NameClassifier = (name: string) => Classification | undefined;

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
