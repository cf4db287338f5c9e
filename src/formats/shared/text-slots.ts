import { classifySmtpHost, findSesSmtpHosts } from '../../credentials/endpoints.js';
import type { CredentialKind } from '../../model/kinds.js';
import type { Sink } from '../../model/references.js';

/** A range of a text that fills one credential slot. */
export interface Slot {
  start: number;
  end: number;
  sink: Sink;
}

export interface TextFacts {
  slots: Slot[];
  smtpHosts: Array<{ host: string; sesRegion: string | undefined; start: number }>;
  sesApi: boolean;
  smtpUrl: boolean;
}

/** Replaces every `${{ … }}` with as many `X`s so that plain regexes see one opaque word at the same offsets. */
export function maskExpressions(text: string, expressions: ReadonlyArray<{ start: number; end: number }>): string {
  let masked = '';
  let at = 0;
  for (const { start, end } of expressions) {
    masked += text.slice(at, start) + 'X'.repeat(end - start);
    at = end;
  }
  return masked + text.slice(at);
}

/**
 * An SMTP URL, its user info and host. As in a browser, the user info runs to the last `@` of the authority,
 * which ends at `/`, `?` or `#`: a login that is an e-mail address (`smtps://me@example.com:pass@smtp.example.com`)
 * stays whole, and an `@` in the query (`smtp://host:587?from=ops@example.com`) is no user info.
 */
const smtpUrlPattern = /\bsmtps?(?:\+starttls)?:\/\/(?:([^\s"'/?#:]*)(?::([^\s"'/?#]*))?@)?([A-Za-z0-9.-]+)/gi;
const sesApiPattern =
  /\baws\s+(?:ses|sesv2)\s|\bSend-SES(?:2)?(?:Email|RawEmail)\b|client\(\s*['"]ses(?:v2)?['"]|\bnew\s+SES(?:v2)?Client\b/;
const curlUserPattern = /(?:^|\s)(?:--user|-u)(?:\s+|=)(["']?)([^\s"']+)\1/g;
const assignmentPattern = /(?:^|[\s;&|(])(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)=(["']?)([^\s"';&|)]*)\2/g;
const awsConfigureSetPattern = /\baws\s+configure\s+set\s+([a-z_]+)\s+(["']?)([^\s"']+)\2/g;
/** Lines of a credentials file written by `echo`/`printf`: `aws_secret_access_key = value`, also `={ value }`. */
const credentialsFileLinePattern =
  /(?<![A-Za-z0-9_])(aws_access_key_id|aws_secret_access_key|aws_session_token)[ \t]*=[ \t]*(?:\{[ \t]*)?([A-Za-z0-9+/=]{16,})/gi;
/** What `findSesSmtpHosts` finds each server by, in the text lower-cased. */
const sesHostWord = /email-smtp/i;
/** `--password value`, `--password=value`, and `-u user:pass` / `--user user:pass` outside SMTP URLs. */
const passwordOptionPattern = /(?:^|\s)--password(?:\s+|=)(["']?)([^\s"'-][^\s"']*)\1/g;

/** Each way `sesApiPattern` matches holds `aws`, `SES` or `client(`, found faster than the pattern runs over a script. */
function mayCallSesApi(script: string): boolean {
  return script.includes('aws') || script.includes('SES') || script.includes('client(');
}

/**
 * Reads what a script or value does with credentials: SMTP URLs and their user info, curl's `--user`,
 * shell assignments, `aws configure set`, SES API calls. `masked` has its expressions masked.
 */
export function analyzeText(masked: string, options: { script: boolean }): TextFacts {
  const slots: Slot[] = [];
  const smtpHosts: TextFacts['smtpHosts'] = [];
  let smtpUrl = false;
  // Every SMTP URL holds `://`: most values hold none, and `matchAll` copies the pattern on every call.
  if (masked.includes('://'))
    for (const match of masked.matchAll(smtpUrlPattern)) {
      smtpUrl = true;
      const [whole, user, password, host] = match;
      const hostStart = match.index + whole.length - (host?.length ?? 0);
      if (host) smtpHosts.push({ ...classifySmtpHost(host), start: hostStart });
      const userStart = match.index + whole.indexOf('://') + 3;
      if (user !== undefined)
        slots.push(slot(userStart, userStart + user.length, 'url-userinfo', 'user', 'smtp-username'));
      if (password !== undefined) {
        const passwordStart = userStart + (user?.length ?? 0) + 1;
        slots.push(slot(passwordStart, passwordStart + password.length, 'url-userinfo', 'password', 'smtp-password'));
      }
    }
  // Every SES server holds `email-smtp` in some case: most values hold none.
  if (sesHostWord.test(masked)) {
    const urlHosts = new Set(smtpHosts.map((known) => known.start));
    for (const host of findSesSmtpHosts(masked)) {
      if (!urlHosts.has(host.offset)) smtpHosts.push({ host: host.host, sesRegion: host.region, start: host.offset });
    }
  }
  if (options.script)
    for (let index = 0; index < scriptSlotRows.length; index++) {
      const row = scriptSlotRows[index]!;
      if (masked.includes(row.needs))
        for (const match of masked.matchAll(row.pattern)) slots.push(...row.slots(match, smtpUrl));
    }
  return { slots, smtpHosts, sesApi: options.script && mayCallSesApi(masked) && sesApiPattern.test(masked), smtpUrl };
}

/**
 * One kind of slot a script writes: its pattern, which group holds the value (and which its quote), and
 * the slots a match fills. In this order, so reference ids stay as they were.
 */
interface ScriptSlotRow {
  pattern: RegExp;
  /**
   * Text every match of the pattern holds: most scripts hold none, and `matchAll` copies the pattern on
   * every call, so a script without it is not searched.
   */
  needs: string;
  slots: (match: RegExpMatchArray, smtpUrl: boolean) => Slot[];
}

/** Where a match's value group starts: it ends the match, before its closing quote if it has one. */
function valueStart(match: RegExpMatchArray, valueGroup: number, quoteGroup?: number): number {
  const value = match[valueGroup] ?? '';
  const quote = quoteGroup === undefined ? '' : (match[quoteGroup] ?? '');
  return (match.index ?? 0) + match[0].length - value.length - quote.length;
}

/** A row whose match fills one slot: the value group, its quote group, and the slot's type and name. */
function oneSlotRow(
  pattern: RegExp,
  needs: string,
  groups: { value: number; quote?: number; name?: number },
  type: Sink['type'],
  fixedName?: string,
): ScriptSlotRow {
  return {
    pattern,
    needs,
    slots: (match) => {
      const value = match[groups.value];
      const name = fixedName ?? (groups.name === undefined ? undefined : match[groups.name]);
      if (!name || value === undefined) return [];
      const start = valueStart(match, groups.value, groups.quote);
      return [slot(start, start + value.length, type, name)];
    },
  };
}

/** `-u user:pass`: against an SMTP URL both halves are SMTP credentials; elsewhere only the password is known to be one. */
function curlUserSlots(match: RegExpMatchArray, smtpUrl: boolean): Slot[] {
  const argument = match[2] ?? '';
  const argumentStart = valueStart(match, 2, 1);
  const colon = argument.indexOf(':');
  if (colon < 0) return [];
  const passwordStart = argumentStart + colon + 1;
  const passwordEnd = argumentStart + argument.length;
  return smtpUrl
    ? [
        slot(argumentStart, argumentStart + colon, 'command-argument', 'curl --user (user)', 'smtp-username'),
        slot(passwordStart, passwordEnd, 'command-argument', 'curl --user (password)', 'smtp-password'),
      ]
    : [slot(passwordStart, passwordEnd, 'command-argument', '--user (password)')];
}

/** Exported for the test that each row's `needs` is in every match. */
export const scriptSlotRows: readonly ScriptSlotRow[] = [
  { pattern: curlUserPattern, needs: '-u', slots: curlUserSlots },
  oneSlotRow(assignmentPattern, '=', { name: 1, quote: 2, value: 3 }, 'env'),
  oneSlotRow(credentialsFileLinePattern, '=', { name: 1, value: 2 }, 'env'),
  oneSlotRow(passwordOptionPattern, '--password', { quote: 1, value: 2 }, 'command-argument', '--password'),
  oneSlotRow(awsConfigureSetPattern, 'configure', { name: 1, quote: 2, value: 3 }, 'command-argument'),
];

function slot(start: number, end: number, type: Sink['type'], name: string, expects?: CredentialKind): Slot {
  return { start, end, sink: expects ? { type, name, expects } : { type, name } };
}
