import type { IamBinding, IamFacts, IamStatement } from '../model/iam.js';
import type { ScanModel } from '../model/scan-model.js';
import { managedPolicyStatement } from './managed-policies.js';
import { groupBy } from '../common/collections.js';

/** The only actions an SES SMTP user needs (the console creates the first; older docs add the second). */
export const smtpUserActions = ['ses:SendRawEmail', 'ses:SendEmail'];

/** The permissions that create SMTP credentials: in an automation identity, a way to mint keys for anyone. */
export const keyMintingActions = ['iam:CreateAccessKey', 'iam:CreateUser', 'iam:PutUserPolicy'];

/** The permissions that set another user's console password: a way to sign in as anyone. */
export const consolePasswordActions = ['iam:CreateLoginProfile', 'iam:UpdateLoginProfile'];

/** Every permission that mints a credential for another user: access keys, and console passwords. */
export const credentialMintingActions = [...keyMintingActions, ...consolePasswordActions];

/**
 * IAM action matching: case-insensitive, `*` and `?` wildcards. The answer of the expression it once was,
 * `^…$` with `*` as `.*` and `?` as `.`, flag `i` (so neither wildcard takes a line break), worked out by hand:
 * that expression backtracked exponentially in a pattern of many `*` (`iam:**…*x`, from the files: 14 of them
 * took 7 s on one action). Here one pass per pattern character over the action's positions.
 */
export function actionMatches(pattern: string, action: string): boolean {
  // Most patterns are a name (`ses:SendRawEmail`) or a name and one last `*` (`ses:*`, `iam:Create*`): a
  // comparison, with no arrays made (the rules ask of every statement's actions, again and again).
  const star = pattern.indexOf('*');
  const plain = star < 0 ? pattern.length : star === pattern.length - 1 ? star : -1;
  if (plain >= 0 && !pattern.includes('?')) return prefixMatches(pattern, plain, action, star >= 0);
  const length = action.length;
  const folded = new Uint16Array(length);
  for (let index = 0; index < length; index++) folded[index] = canonical(action.charCodeAt(index));
  // matched[j]: the pattern so far matches the action's first j characters.
  let matched = new Uint8Array(length + 1);
  let next = new Uint8Array(length + 1);
  matched[0] = 1;
  for (let at = 0; at < pattern.length; at++) {
    const code = pattern.charCodeAt(at);
    let any = matched[0]!;
    if (code === 0x2a /* * */) {
      next[0] = matched[0]!;
      for (let j = 1; j <= length; j++) {
        next[j] = matched[j] || (next[j - 1] && !lineBreak(folded[j - 1]!)) ? 1 : 0;
        any |= next[j]!;
      }
    } else {
      const wanted = canonical(code);
      next[0] = 0;
      any = 0;
      for (let j = 1; j <= length; j++) {
        const unit = folded[j - 1]!;
        next[j] = matched[j - 1] && (code === 0x3f /* ? */ ? !lineBreak(unit) : unit === wanted) ? 1 : 0;
        any |= next[j]!;
      }
    }
    if (!any) return false;
    [matched, next] = [next, matched];
  }
  return matched[length] === 1;
}

/** The pattern's first `prefix` characters (no wildcard among them) match the action's, and then its end or, after a last `*`, no line break. */
function prefixMatches(pattern: string, prefix: number, action: string, starAfter: boolean): boolean {
  if (starAfter ? action.length < prefix : action.length !== prefix) return false;
  for (let at = 0; at < prefix; at++)
    if (canonical(pattern.charCodeAt(at)) !== canonical(action.charCodeAt(at))) return false;
  for (let at = prefix; at < action.length; at++) if (lineBreak(action.charCodeAt(at))) return false;
  return true;
}

/** What `.` does not take without the `s` flag (none of them changes under `canonical`). */
function lineBreak(unit: number): boolean {
  return unit === 0x0a || unit === 0x0d || unit === 0x2028 || unit === 0x2029;
}

/**
 * A code unit as the `i` flag compares it without `u` (ECMAScript's Canonicalize): its upper case when that
 * is one code unit, and not an ASCII one for a non-ASCII unit (`ſ` stays, `ß` stays).
 */
function canonical(unit: number): number {
  if (unit < 0x80) return unit >= 0x61 && unit <= 0x7a ? unit - 0x20 : unit;
  const upper = String.fromCharCode(unit).toUpperCase();
  return upper.length !== 1 || upper.charCodeAt(0) < 0x80 ? unit : upper.charCodeAt(0);
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
  const { byPrincipal, byOwner } = indexOf(iam);
  const bindings: IamBinding[] = byPrincipal.get(principalKey) ?? [];
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
      for (const statement of byOwner.get(binding.ownerKey) ?? [])
        grants.push({ statement, file: statement.file, span: statement.span, via: 'policy' });
    }
  }
  return grants;
}

interface GrantIndex {
  /** The lists it was built from: a list replaced or grown since is indexed again. */
  bindings: readonly IamBinding[];
  statements: readonly IamStatement[];
  counts: [number, number];
  byPrincipal: Map<string, IamBinding[]>;
  byOwner: Map<string, IamStatement[]>;
}

const grantIndexes = new WeakMap<IamFacts, GrantIndex>();

/**
 * The bindings by principal and the statements by owner, each list in the facts' order, built once per
 * facts: every rule asks `grantsOf` of every principal, and a filter of all bindings and statements per
 * principal was quadratic in a repository's IAM.
 */
function indexOf(iam: IamFacts): GrantIndex {
  const known = grantIndexes.get(iam);
  if (
    known &&
    known.bindings === iam.bindings &&
    known.statements === iam.statements &&
    known.counts[0] === iam.bindings.length &&
    known.counts[1] === iam.statements.length
  )
    return known;
  const index: GrantIndex = {
    bindings: iam.bindings,
    statements: iam.statements,
    counts: [iam.bindings.length, iam.statements.length],
    byPrincipal: groupBy(iam.bindings, (binding) => binding.principalKey),
    byOwner: groupBy(iam.statements, (statement) => statement.ownerKey),
  };
  grantIndexes.set(iam, index);
  return index;
}

/** Access keys whose part of one of `kinds` is used or handed out (an output, a parameter: one made to be used). */
function keysHandingOut(model: ScanModel, kinds: ReadonlySet<string>): Set<string> {
  const keys = new Set<string>();
  for (const exposure of model.iam.exposures) if (kinds.has(exposure.kind)) keys.add(exposure.accessKeyKey);
  for (const reference of model.references)
    if (reference.source.type === 'attribute' && kinds.has(reference.source.kind)) keys.add(reference.source.accessKey);
  return keys;
}

function keysWithSmtpPassword(model: ScanModel): Set<string> {
  const keys = keysHandingOut(model, new Set(['smtp-password', 'smtp-password-v2']));
  for (const use of model.iam.smtpPasswordUses) keys.add(use.accessKeyKey);
  return keys;
}

/**
 * Users whose key becomes SMTP credentials: its SMTP password is used, or the user is named as an SMTP
 * user. The name is taken at its word even when only the raw secret is handed out: that secret is what
 * SMTP passwords are derived from, so a leak is the same.
 */
export function smtpUserKeys(model: ScanModel): Set<string> {
  const withPassword = keysWithSmtpPassword(model);
  const users = new Set<string>();
  for (const key of model.iam.accessKeys) if (key.userKey && withPassword.has(key.key)) users.add(key.userKey);
  for (const principal of model.iam.principals)
    if (principal.kind === 'user' && principal.smtpNamed) users.add(principal.key);
  return users;
}

/**
 * SMTP users by name only whose keys hand out their raw secret and never an SMTP password: as far as the
 * files tell, the key serves the SES API, which may need more than sending raw mail.
 */
export function apiUsedSmtpNamedUsers(model: ScanModel): Set<string> {
  const withPassword = keysWithSmtpPassword(model);
  const withSecret = keysHandingOut(model, new Set(['secret-access-key']));
  const users = new Set<string>();
  for (const key of model.iam.accessKeys) if (key.userKey && withSecret.has(key.key)) users.add(key.userKey);
  // A user with any key whose SMTP password is handed out is an SMTP user, whatever its other keys do.
  for (const key of model.iam.accessKeys) if (key.userKey && withPassword.has(key.key)) users.delete(key.userKey);
  return users;
}

/** A whole service or everything (`*`, `ses:*`, `iam:*`, NotAction): too much for any sender of mail. */
export function grantsWholeServices(statement: Pick<IamStatement, 'effect' | 'actions' | 'notAction'>): boolean {
  if (statement.effect !== 'Allow') return false;
  return statement.notAction || statement.actions.some((action) => /^\*$|^[a-z0-9-]+:\*$/i.test(action));
}

export function grantsSes(grants: Grant[]): boolean {
  return grants.some(
    (grant) =>
      grant.statement.effect === 'Allow' && grant.statement.actions.some((action) => /^ses:|^ses\*|^\*$/i.test(action)),
  );
}

/**
 * A user ARN's name, when the ARN names one user: no `*` or `?` after `user/`. The name is the ARN's last
 * segment, as `/:user\/(?:[^*?]*\/)?([^/*?]+)$/` took it; by hand, in linear time: that pattern, tried from
 * each `:user/` to the ARN's end, was quadratic in an ARN of many (`:user/:user/…/*`).
 */
export function singleUserName(arn: string): string | undefined {
  const user = arn.indexOf(':user/');
  if (user < 0 || arn.endsWith('/') || /[*?]/.test(arn.slice(user))) return undefined;
  return arn.slice(arn.lastIndexOf('/') + 1);
}
