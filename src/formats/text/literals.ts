import type { CredentialKind } from '../../model/kinds.js';
import { classifyValue } from '../../credentials/values.js';

/** A credential-shaped literal found in a file's raw text, independent of any parser. */
export interface LiteralHit {
  kind: Extract<CredentialKind, 'access-key-id' | 'secret-access-key' | 'smtp-password' | 'smtp-password-v2'>;
  /** Offsets into the text, end exclusive. */
  start: number;
  end: number;
  value: string;
  /** The name the value is written against on its line (`aws_secret_access_key = …`, `--password …`), if any. */
  name: string | undefined;
}

/** Decides whether a name on the line says "secret access key"; the caller passes the configured classifier. */
export type SecretKeyName = (name: string) => boolean;

/** How far back on its line a value's name may stand; bounded so the pass stays linear. */
const nameReach = 160;

/**
 * How much text one finding depends on: its name's reach, the longest literal (44 characters) and the
 * characters either side that end its run. Text read in pieces overlaps by this much (`chunked.ts`).
 */
export const literalReach = nameReach + 44 + 2;

/** Where the text begins, for text that is a piece of a longer one (`chunked.ts`). */
export interface TextStart {
  /** An access key ID stood on the first line before the piece. */
  keyIdOnLine?: boolean;
  /** The piece begins inside a run of base64 characters: its first run is not whole, nor its first piece. */
  insideRun?: boolean;
  /** The secret-key-shaped values anchored so far (`&name value`), carried from piece to piece. */
  anchors?: Map<string, string>;
}

/** How many anchored values the text layer remembers; a file of more anchors than this is a dump, not a config. */
const maxAnchors = 10_000;
/** The longest YAML anchor name the text layer reads; a longer one is never an alias it pairs. */
const maxAnchorName = 128;

const isAnchorNameChar = (code: number): boolean => isNameChar(code);

/** The end of a YAML anchor or alias name that starts at `start`, if it is one the text layer reads. */
function anchorNameEnd(text: string, start: number): number | undefined {
  let end = start;
  while (end < text.length && end - start <= maxAnchorName && isAnchorNameChar(text.charCodeAt(end))) end++;
  return end > start && end - start <= maxAnchorName ? end : undefined;
}

/** A `&` or `*` that may start a YAML anchor or alias: at a line's start or after a blank or a flow indicator. */
function startsAnchorToken(text: string, at: number): boolean {
  if (at === 0) return true;
  const previous = text.charCodeAt(at - 1);
  return (
    previous === 32 ||
    previous === 9 ||
    previous === 10 ||
    previous === 13 ||
    previous === 91 ||
    previous === 123 ||
    previous === 44 ||
    previous === 58 ||
    previous === 45
  );
}

/** `&name value`: remembers the value when it is a whole 40-character run shaped as a secret access key. */
function rememberAnchor(text: string, at: number, anchors: Map<string, string>): void {
  const nameEnd = anchorNameEnd(text, at + 1);
  if (nameEnd === undefined || anchors.size >= maxAnchors) return;
  let start = nameEnd;
  while (start < text.length && ' \t"\''.includes(text.charAt(start))) start++;
  if (start === nameEnd) return;
  let end = start;
  while (end < text.length && end - start <= 40 && isBase64Char(text.charCodeAt(end))) end++;
  if (end - start !== 40 || text.charCodeAt(end) === 61 || isBase64Char(text.charCodeAt(end))) return;
  const value = text.slice(start, end);
  if (classifyValue(value)?.kind === 'secret-access-key') anchors.set(text.slice(at + 1, nameEnd), value);
}

/**
 * `*name` standing for a remembered secret-key-shaped value, beside a secret-key name or a key ID as the
 * value itself would have to stand: a hit at the alias, holding the anchored value.
 */
function aliasHit(
  text: string,
  at: number,
  anchors: ReadonlyMap<string, string>,
  besideKeyId: boolean,
  isSecretKeyName: SecretKeyName,
): LiteralHit | undefined {
  const nameEnd = anchorNameEnd(text, at + 1);
  const value = nameEnd === undefined ? undefined : anchors.get(text.slice(at + 1, nameEnd));
  if (nameEnd === undefined || value === undefined) return undefined;
  const name = nameBefore(text, at);
  return (name !== undefined && isSecretKeyName(name)) || besideKeyId
    ? { kind: 'secret-access-key', start: at, end: nameEnd, value, name }
    : undefined;
}

export const isBase64Char = (code: number): boolean =>
  (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 43 || code === 47;

const isAlphanumeric = (code: number): boolean =>
  (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 48 && code <= 57);

const isNameChar = (code: number): boolean => isAlphanumeric(code) || code === 95 || code === 45 || code === 46;

/**
 * One linear pass over the text: every maximal run of base64 characters is looked at once. Access key
 * IDs are the alphanumeric pieces of a run; SMTP passwords are whole runs of their exact shape (44
 * characters, no padding, the version byte first: 33 bytes); secret access keys are whole runs of 40
 * characters that stand beside a secret-key name or an access key ID on the same line.
 */
export function findLiterals(
  text: string,
  isSecretKeyName: SecretKeyName,
  begins: TextStart = {},
  /** Sees every character the pass looks at alone, and the first of each base64 run (which it skips over). */
  visit?: (code: number, at: number) => void,
): LiteralHit[] {
  const hits: LiteralHit[] = [];
  let lineStart = 0;
  let keyIdOnLine = begins.keyIdOnLine === true;
  let partialRun = begins.insideRun === true && isBase64Char(text.charCodeAt(0));
  const anchors = begins.anchors ?? new Map<string, string>();
  let at = 0;
  while (at < text.length) {
    const code = text.charCodeAt(at);
    visit?.(code, at);
    if (code === 10 || (code === 13 && text.charCodeAt(at + 1) !== 10)) {
      // A lone `\r` ends a line too, as the line index counts it.
      lineStart = at + 1;
      keyIdOnLine = false;
      at++;
      continue;
    }
    if (!isBase64Char(code)) {
      // YAML aliases: a secret key written once under an anchor and used as `AWS_SECRET_ACCESS_KEY: *k`.
      if ((code === 38 || code === 42) && startsAnchorToken(text, at)) {
        if (code === 38) rememberAnchor(text, at, anchors);
        else if (anchors.size > 0) {
          const hit = aliasHit(text, at, anchors, keyIdOnLine && at > lineStart, isSecretKeyName);
          if (hit) hits.push(hit);
        }
      }
      at++;
      continue;
    }
    let end = at;
    while (end < text.length && isBase64Char(text.charCodeAt(end))) end++;
    const padded = text.charCodeAt(end) === 61;
    // Only a run of 20 characters or more can hold a key ID: most runs are words, and cost no call.
    if (end - at >= 20 && addKeyIds(hits, text, partialRun ? afterFirstPiece(text, at, end) : at, end))
      keyIdOnLine = true;
    if (!padded && !partialRun) {
      const whole = wholeRunHit(text, at, end, lineStart, keyIdOnLine, isSecretKeyName);
      if (whole) hits.push(whole);
    }
    if (!partialRun && end - at >= minEncodedUserData && end < text.length)
      for (const hit of encodedUserDataHits(text, at, end, isSecretKeyName)) hits.push(hit);
    partialRun = false;
    at = end;
  }
  return hits;
}

/** Shorter base64 than this holds no script with a key in it (`export AWS_SECRET_ACCESS_KEY=` and 40 characters). */
const minEncodedUserData = 80;

/** The names an instance's boot script goes by when it is written base64-encoded. */
const userDataName = /^(?:user_?data(?:_?base64)?|UserData|userData|user-data)$/i;

/**
 * A boot script given already base64-encoded (`user_data_base64 = "IyEvYmlu…"`, a CloudFormation `UserData`
 * literal): the text layer cannot see keys through base64, so the decoded script is searched, and each
 * key found in it is a hit at the encoded literal. Each run is decoded once, so the pass stays linear.
 */
function encodedUserDataHits(text: string, start: number, end: number, isSecretKeyName: SecretKeyName): LiteralHit[] {
  const name = nameBefore(text, start);
  if (name === undefined || !userDataName.test(name)) return [];
  let paddedEnd = end;
  while (paddedEnd < text.length && paddedEnd - end < 2 && text.charCodeAt(paddedEnd) === 61) paddedEnd++;
  if ((paddedEnd - start) % 4 !== 0) return [];
  const decoded = Buffer.from(text.slice(start, paddedEnd), 'base64').toString('utf8');
  // A script is text: binary (a gzip'd cloud-init) is left alone.
  if (!/^[\x20-\x7e\t\r\n]*$/.test(decoded)) return [];
  return findLiterals(decoded, isSecretKeyName).map((hit) => ({ ...hit, start, end: paddedEnd }));
}

/** Where a run's second piece starts: its first may be the tail of a longer piece before the text. */
function afterFirstPiece(text: string, start: number, end: number): number {
  let at = start;
  while (at < end && isAlphanumeric(text.charCodeAt(at))) at++;
  return at + 1;
}

/** Adds the access key IDs among the alphanumeric pieces of a run to `hits`; whether it found one. */
function addKeyIds(hits: LiteralHit[], text: string, start: number, end: number): boolean {
  let found = false;
  let piece = start;
  while (piece < end) {
    let pieceEnd = piece;
    while (pieceEnd < end && isAlphanumeric(text.charCodeAt(pieceEnd))) pieceEnd++;
    if (pieceEnd - piece === 20) {
      const value = text.slice(piece, pieceEnd);
      if (classifyValue(value)?.kind === 'access-key-id') {
        hits.push({ kind: 'access-key-id', start: piece, end: pieceEnd, value, name: nameBefore(text, piece) });
        found = true;
      }
    }
    piece = pieceEnd + 1;
  }
  return found;
}

/** Whole runs of 44 (SMTP password) or 40 (secret key) characters, judged by the shared value classifier. */
function wholeRunHit(
  text: string,
  start: number,
  end: number,
  lineStart: number,
  keyIdOnLine: boolean,
  isSecretKeyName: SecretKeyName,
): LiteralHit | undefined {
  const length = end - start;
  if (length !== 40 && length !== 44) return undefined;
  const value = text.slice(start, end);
  const kind = classifyValue(value)?.kind;
  if (kind === 'smtp-password' || kind === 'smtp-password-v2') {
    return { kind, start, end, value, name: nameBefore(text, start) };
  }
  if (kind !== 'secret-access-key') return undefined;
  const name = nameBefore(text, start);
  const besideKeyId = keyIdOnLine && start > lineStart;
  return (name !== undefined && isSecretKeyName(name)) || besideKeyId ? { kind, start, end, value, name } : undefined;
}

/**
 * The name a value is written against, read backwards on its line: quotes and blanks, at most one
 * `=`, `:` or `=>`, then the name itself (`AWS_SECRET_ACCESS_KEY="…"`, `"SecretAccessKey": "…"`,
 * `aws configure set aws_secret_access_key …`, `--password …`).
 */
export function nameBefore(text: string, valueStart: number): string | undefined {
  const limit = Math.max(0, valueStart - nameReach);
  let at = valueStart - 1;
  const skipBlanksAndQuotes = (also = '') => {
    while (at >= limit && at >= 0 && ` \t"'\`${also}`.includes(text.charAt(at))) at--;
  };
  // `key={ value }` and `key=( value )`, as shell and template authors write them.
  skipBlanksAndQuotes('{([');
  if (text.charAt(at) === '>' && text.charAt(at - 1) === '=') at -= 2;
  else if (text.charAt(at) === '=' || text.charAt(at) === ':') {
    at--;
    if (text.charAt(at) === ':') at--;
  }
  skipBlanksAndQuotes();
  const end = at + 1;
  while (at >= limit && isNameChar(text.charCodeAt(at))) at--;
  const name = text.slice(at + 1, end).replace(/^[-.]+/, '');
  // A name is never a piece of a value: not the key ID before `:secret`, nor the tail of a base64 run
  // (`…/Kc9Wd1:AKIA…`), since names reach messages and only whole credentials are redacted there.
  const insideBase64 = at >= 0 && (text.charCodeAt(at) === 43 || text.charCodeAt(at) === 47);
  return name === '' || insideBase64 || classifyValue(name) !== undefined ? undefined : name;
}
