/** IAM as IaC declares it: principals, keys, policies and where secrets are exposed. */
import type { CredentialKind } from './kinds.js';
import type { Span } from './references.js';

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
  /** Values that are no access key ID given to an SES SMTP user name slot (an IAM user's name, an e-mail address). */
  wrongSmtpUserNames: WrongSmtpSlotValue[];
  /** An access key's raw secret given to an SES SMTP password slot (it needs the derived `ses_smtp_password_v4`). */
  secretsAsSmtpPasswords: WrongSmtpSlotValue[];
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
  /** Each action's own place, in the order of `actions`, when the reader knows it. */
  actionSpans?: Span[];
  ownerKey: string;
  effect: 'Allow' | 'Deny';
  actions: string[];
  notAction: boolean;
  resources: string[];
  /** What each resource stands for, when the reader resolved them (Terraform references and ARNs). */
  targets?: StatementTarget[];
}

/** One resource of a statement, resolved: the IAM users of the scan it names. */
export interface StatementTarget {
  /** As the policy names it: the ARN, the template as written, or the resource it references. */
  label: string;
  /** Keys of the IAM users it names. */
  userKeys: string[];
  /** One IAM user named without wildcards (`user/${var.smtp_user}` counts). */
  singleUser: boolean;
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
  /** `cloudformation-custom-resource`: a custom resource returns it to the stack with `NoEcho` turned off. */
  channel: 'terraform-output' | 'cloudformation-output' | 'cloudformation-custom-resource' | 'ssm-parameter';
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
  /** The region the password was derived for (the provider's), when known; a format's join may resolve it. */
  derivedRegion: string | undefined;
  /** SES SMTP endpoint regions named beside the password. */
  endpointRegions: string[];
}

/** A value of the wrong kind in an SMTP slot of IaC: where it is written, the slot, what it is. */
export interface WrongSmtpSlotValue {
  file: string;
  /** Where the value is written. */
  span: Span;
  /** The slot as written (`smtp_username`). */
  slot: string;
  /** What the value is, for messages: never a credential's full value. */
  value: string;
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
    wrongSmtpUserNames: [],
    secretsAsSmtpPasswords: [],
  };
}

export function mergeIam(parts: readonly IamFacts[]): IamFacts {
  return concatLists(emptyIam(), parts);
}

/** Appends every list of each part to the same list of `empty`: a new list field needs no new line here. */
export function concatLists<T extends { [K in keyof T]: unknown[] }>(empty: T, parts: readonly T[]): T {
  for (const part of parts) for (const key in empty) for (const item of part[key]) empty[key].push(item);
  return empty;
}
