import { redact, scrubKnownSecrets } from './redact.js';
import type { CredentialKind } from '../model/kinds.js';

/**
 * The prefixes of key IDs that are credentials: long-term (`AKIA`), temporary STS (`ASIA`), STS bearer
 * token (`ABIA`) and context-specific (`ACCA`). AWS's other prefixes name unique IDs, never credentials:
 * `AIDA` user, `AROA` role, `AGPA` group, `AIPA` instance profile, `ANPA`/`ANVA` policy, `APKA` public
 * key, `ASCA` certificate.
 */
export const accessKeyIdPattern = /^(?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}$/;
/** For finding key IDs inside longer text (scripts, URLs): bounded by non-alphanumerics. */
export const accessKeyIdInText = /(?<![A-Za-z0-9])(?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}(?![A-Za-z0-9])/g;
const secretAccessKeyPattern = /^[A-Za-z0-9+/]{40}$/;
const smtpPasswordV4Pattern = /^B[A-P][A-Za-z0-9+/]{42}$/;
const smtpPasswordV2Pattern = /^A[g-v][A-Za-z0-9+/]{42}$/;
const emailShape = /^[^@\s]+@[^@\s]+\.[A-Za-z]{2,}$/;

const maxCredentialLength = 1024;

export interface ValueShape {
  kind: CredentialKind;
  /** The shape alone is strong evidence (key ID prefixes, SMTP password versions). */
  certain: boolean;
}

/**
 * Classifies a literal by its shape. Placeholders, documentation examples and look-alikes
 * (git SHAs, hex digests, account IDs) return undefined.
 */
export function classifyValue(raw: string): ValueShape | undefined {
  // No credential is longer than this; longer values are not worth a regex.
  if (raw.length > maxCredentialLength) return undefined;
  const value = raw.trim();
  // Only these lengths, or an `@`, can take one of the shapes below: the rest need no placeholder test.
  // Stryker disable next-line StringLiteral,ConditionalExpression: equivalent where the gate never returns (it only saves work)
  if (value.length !== 20 && value.length !== 40 && value.length !== 44 && !value.includes('@')) return undefined;
  // AWS's documentation keys (`AKIAIOSFODNN7EXAMPLE`, `wJalr…EXAMPLEKEY`) are placeholders by their `EXAMPLE`.
  if (isPlaceholder(value)) return undefined;
  if (accessKeyIdPattern.test(value)) return { kind: 'access-key-id', certain: true };
  if (smtpPasswordV4Pattern.test(value) && looksRandom(value)) return { kind: 'smtp-password', certain: true };
  if (smtpPasswordV2Pattern.test(value) && looksRandom(value)) return { kind: 'smtp-password-v2', certain: true };
  if (secretAccessKeyPattern.test(value) && looksRandom(value)) return { kind: 'secret-access-key', certain: false };
  if (emailShape.test(value)) return { kind: 'account-email', certain: false };
  return undefined;
}

/** Random base64 has upper, lower and digits; hex digests and words do not. */
export function looksRandom(value: string): boolean {
  return /[A-Z]/.test(value) && /[a-z]/.test(value) && /[0-9]/.test(value) && !/^[0-9a-f]+$/i.test(value);
}

/** Words that open a placeholder (`your-secret-key`, `changeme`, `test_password_123`). */
const placeholderLead =
  /^(?:your|my|some|changeme|change[-_]me|replace|todo|dummy|fake|test|placeholder|redacted|secret|password|xxx)/i;

/**
 * A placeholder, recognised by its shape: AWS's documentation keys, `EXAMPLE`, runs of one character
 * (`AKIAXXXXXXXXXXXXXXXX`, `********`), `xxxx`, an ellipsis, a reference to a value kept elsewhere, or a
 * placeholder word followed by no random text. A word alone never decides: about one random 40-character
 * key in a thousand starts with `My`, `test`, `some` or `fake`, and the random rest shows it is a key.
 */
export function isPlaceholder(value: string): boolean {
  if (/EXAMPLE/i.test(value)) return true;
  // Not slashes: STS session tokens hold a run of ten (`…EJr//////////wEa…`).
  if (/([^/])\1{7}/.test(value) || /xxxx|XXXX/.test(value)) return true;
  if (/\.\.\.|…/.test(value)) return true;
  if (isReferenceElsewhere(value)) return true;
  const lead = placeholderLead.exec(value);
  if (!lead) return false;
  const rest = value.slice(lead[0].length);
  return rest.length < minRandomRest || !looksRandom(rest);
}

/** Shorter than this, what follows a placeholder word is a suffix (`test123`), not the rest of a key. */
const minRandomRest = 16;

/**
 * A value that names where the real one comes from rather than holding it: `<…>`, `{{…}}`, `${…}` and
 * `$(…)` anywhere, `$VAR`, `%VAR%`, backticks.
 */
export function isReferenceElsewhere(value: string): boolean {
  if (/^(?:<[^>]*>|\$[A-Za-z_][A-Za-z0-9_]*|%[^%\s]+%|`[^`]*`)$/.test(value)) return true;
  return closedAfter(value, '${', '}') || closedAfter(value, '$(', ')') || closedAfter(value, '{{', '}}');
}

/** `open` occurs and `close` follows it: found by two searches, linear on any text. */
function closedAfter(value: string, open: string, close: string): boolean {
  const at = value.indexOf(open);
  return at >= 0 && value.includes(close, at + open.length);
}

/** Flags, numbers and nulls: what a setting beside a credential holds (`create_access_key = true`, `max_age = 90`). */
export function isFlagOrNumber(value: string): boolean {
  return /^(?:true|false|yes|no|on|off|null|nil|none|undefined|[-+]?\d+(?:\.\d+)?)$/i.test(value);
}

/**
 * A word or words of letters alone, each in one case (`Inactive`, `ACTIVE`, `read-only`): an enum's value,
 * or a name, never a password a person or a generator chose.
 */
export function isEnumWord(value: string): boolean {
  return /^(?:[A-Z][a-z]*|[a-z]+)(?:[-_ ](?:[A-Z][a-z]*|[a-z]+))*$|^[A-Z]+(?:[-_][A-Z]+)*$/.test(value);
}

/**
 * Whether a literal written where a password goes reads as a real password rather than a name for one:
 * key names (`smtp-password`), secret names (`gitlab-ses-secrets`), paths, templates and placeholders do not.
 */
export function looksLikeRealPassword(raw: string): boolean {
  const value = raw.trim();
  if (value.length < 8 || value.length > maxCredentialLength || /\s/.test(value) || isPlaceholder(value)) return false;
  if (/^(?:[a-z][a-z0-9]*)(?:[-_.:][a-z0-9]+)*$/.test(value)) return false; // kebab, snake and dotted identifiers
  if (/^(?:\/|\.{1,2}\/|~\/|arn:|https?:\/\/)/i.test(value) || /[$%]\{|\{\{/.test(value)) return false;
  return true;
}

// One redaction for credentials found in files and for the run's own secrets (credentials/redact.ts).
export { redact };

/**
 * Redacts anything credential-shaped in free text (parser messages, errors) before it is printed:
 * the run's known secrets and token shapes (credentials/redact.ts), key IDs, and long base64 runs of the
 * length of secret keys and SMTP passwords. A run of lower-case letters and slashes only is a path
 * (`org/repo/modules/storage`), not a key: 40 random base64 characters hold a capital or a digit all but
 * always (the odds against are about 10^-14).
 */
export function scrubCredentials(text: string): string {
  return scrubKnownSecrets(text)
    .replace(/(?<![A-Za-z0-9])(?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}(?![A-Za-z0-9])/g, (match) =>
      redact(match),
    )
    .replace(/(?<![A-Za-z0-9+/])[A-Za-z0-9+/]{40,}={0,2}(?![A-Za-z0-9+/])/g, (match) =>
      /[A-Z0-9]/.test(match) ? redact(match) : match,
    );
}

/**
 * Whether a literal can be a credential of the kind its slot expects: a slot named `ACCOUNT_EMAIL`
 * holding an ARN, or `AWS_ACCESS_KEY_ID` holding a sentence, holds no such credential.
 */
export function literalFits(kind: CredentialKind, raw: string): boolean {
  if (raw.length > maxCredentialLength) return false;
  const value = raw.trim();
  // Real account e-mails live at example-looking domains as often as anywhere; only the shape decides.
  if (kind === 'account-email') return emailShape.test(value);
  if (value === '' || isFlagOrNumber(value) || isPlaceholder(value)) return false;
  switch (kind) {
    case 'access-key-id':
      return accessKeyIdPattern.test(value);
    case 'secret-access-key':
      return secretAccessKeyPattern.test(value);
    case 'smtp-password':
    case 'smtp-password-v2':
    case 'console-password':
    case 'session-token':
      return !/\s/.test(value) && !/^(?:arn:|https?:\/\/)/.test(value) && !isEnumWord(value);
    default:
      // User names (`apikey`, `postmaster`) are words as often as not.
      return true;
  }
}
