import type { IamBinding, IamFacts, IamStatement } from '../model/iam.js';
import type { ScanModel } from '../model/scan-model.js';
import { managedPolicyStatement } from './managed-policies.js';

/** The only actions an SES SMTP user needs (the console creates the first; older docs add the second). */
export const smtpUserActions = ['ses:SendRawEmail', 'ses:SendEmail'];

/** The permissions that create SMTP credentials: in an automation identity, a way to mint keys for anyone. */
export const credentialMintingActions = ['iam:CreateAccessKey', 'iam:CreateUser', 'iam:PutUserPolicy'];

/** IAM action matching: case-insensitive, `*` and `?` wildcards. */
export function actionMatches(pattern: string, action: string): boolean {
  const regex = new RegExp(
    `^${pattern
      .replace(/[.+^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '.*')
      .replace(/\?/g, '.')}$`,
    'i',
  );
  return regex.test(action);
}

/** True when a statement allows anything beyond what an SMTP user needs. */
export function allowsBeyondSmtp(statement: Pick<IamStatement, 'effect' | 'actions' | 'notAction'>): boolean {
  if (statement.effect !== 'Allow') return false;
  if (statement.notAction) return true;
  return statement.actions.some(
    (action) => !smtpUserActions.some((allowed) => allowed.toLowerCase() === action.toLowerCase()),
  );
}

/** A statement together with where it was granted: its own place, or the attachment of a managed policy. */
export interface Grant {
  statement: Pick<IamStatement, 'effect' | 'actions' | 'notAction' | 'resources'>;
  file: string;
  span: IamStatement['span'];
  via: string;
}

export function grantsOf(iam: IamFacts, principalKey: string): Grant[] {
  const grants: Grant[] = [];
  const bindings: IamBinding[] = iam.bindings.filter((binding) => binding.principalKey === principalKey);
  for (const binding of bindings) {
    if (binding.managedPolicyArn) {
      const statement = managedPolicyStatement(binding.managedPolicyArn);
      if (statement)
        grants.push({
          statement,
          file: binding.file,
          span: binding.span,
          via: binding.managedPolicyArn.split('/').pop() ?? binding.managedPolicyArn,
        });
    }
    if (binding.ownerKey) {
      for (const statement of iam.statements)
        if (statement.ownerKey === binding.ownerKey)
          grants.push({ statement, file: statement.file, span: statement.span, via: 'policy' });
    }
  }
  return grants;
}

/** Access keys whose part of `kinds` is used or handed out (an output, a parameter: one made to be used). */
function keysHandingOut(model: ScanModel, kinds: ReadonlySet<string>): Set<string> {
  const keys = new Set<string>();
  for (const exposure of model.iam.exposures) if (kinds.has(exposure.kind)) keys.add(exposure.accessKeyKey);
  for (const reference of model.references)
    if (reference.source.type === 'attribute' && kinds.has(reference.source.kind)) keys.add(reference.source.accessKey);
  return keys;
}

const smtpPasswordKinds: ReadonlySet<string> = new Set(['smtp-password', 'smtp-password-v2']);
const secretKeyKinds: ReadonlySet<string> = new Set(['secret-access-key']);

/**
 * Users whose key becomes SMTP credentials: its SMTP password is used, or the user is named as an SMTP
 * user — unless its keys hand out only their raw secret, which serves the SES API, not SMTP.
 */
export function smtpUserKeys(model: ScanModel): Set<string> {
  const { iam } = model;
  const keysWithSmtpPassword = keysHandingOut(model, smtpPasswordKinds);
  for (const use of iam.smtpPasswordUses) keysWithSmtpPassword.add(use.accessKeyKey);
  const keysWithSecret = keysHandingOut(model, secretKeyKinds);
  const users = new Set<string>();
  for (const key of iam.accessKeys) if (key.userKey && keysWithSmtpPassword.has(key.key)) users.add(key.userKey);
  const apiOnly = new Set(
    iam.accessKeys
      .filter((key) => key.userKey && keysWithSecret.has(key.key) && !keysWithSmtpPassword.has(key.key))
      .map((key) => key.userKey),
  );
  for (const principal of iam.principals)
    if (principal.kind === 'user' && principal.smtpNamed && !users.has(principal.key) && !apiOnly.has(principal.key))
      users.add(principal.key);
  return users;
}

export function grantsSes(grants: Grant[]): boolean {
  return grants.some(
    (grant) =>
      grant.statement.effect === 'Allow' && grant.statement.actions.some((action) => /^ses:|^ses\*|^\*$/i.test(action)),
  );
}

/** A user ARN's name, when the ARN names one user: no `*` or `?` after `user/`. */
export function singleUserName(arn: string): string | undefined {
  const match = /:user\/(?:[^*?]*\/)?([^/*?]+)$/.exec(arn);
  return match && !/[*?]/.test(arn.slice(arn.indexOf(':user/'))) ? match[1] : undefined;
}
