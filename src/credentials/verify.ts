import { createHash, createHmac } from 'node:crypto';
import type { Verification } from '../model/repository.js';

/** What the key pair signs with; the secret never leaves this module but as an HMAC key. */
interface KeyPair {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}

/** The query-protocol call: an empty GetCallerIdentity, the same bytes every time. */
const body = 'Action=GetCallerIdentity&Version=2011-06-15';
const contentType = 'application/x-www-form-urlencoded; charset=utf-8';
/** The SDK's `maxAttempts: 2`: an answer that is no verdict (network, 5xx, throttling) is asked once more. */
const attempts = 2;
const timeoutMs = 15_000;

/**
 * Asks STS `GetCallerIdentity` (which needs no permission) who an access key pair belongs to. A
 * network call: only with `verify-with-aws: true`. `endpoint` points the call elsewhere for tests.
 * Signed here with SigV4 (node:crypto) rather than through the AWS SDK, which was a third of the
 * action's bundle for this one request.
 */
export async function verifyAccessKey(
  pair: KeyPair,
  options: { region?: string; endpoint?: string } = {},
): Promise<Verification> {
  const region = stsRegion(options.region);
  let outcome: Verification = { status: 'error', reason: 'no answer' };
  for (let attempt = 0; attempt < attempts; attempt++) {
    outcome = await askOnce(pair, region, options.endpoint ?? regionalEndpoint(region));
    if (outcome.status !== 'error' || !retryable(outcome.reason)) return outcome;
  }
  return outcome;
}

/** A region name as AWS writes one (`eu-west-1`, `us-gov-west-1`); anything else is us-east-1, never a host part. */
export function stsRegion(region: string | undefined): string {
  return region !== undefined && /^[a-z]{2}(?:-[a-z]+)+-\d{1,2}$/.test(region) ? region : 'us-east-1';
}

/** STS's regional endpoint (the SDK's default since v3 dropped the global one): `.cn` for the China regions. */
export function regionalEndpoint(region: string): string {
  return `https://sts.${region}.amazonaws.com${region.startsWith('cn-') ? '.cn' : ''}`;
}

/** Worth asking again: the network, a timeout, STS busy or failing; never a malformed endpoint or a refusal. */
function retryable(reason: string): boolean {
  return /^(?:E[A-Z]+|UND_ERR_\w+|TimeoutError|HTTP 5\d\d|Throttling\w*|RequestLimitExceeded|ServiceUnavailable|InternalFailure)$/.test(
    reason,
  );
}

async function askOnce(pair: KeyPair, region: string, endpoint: string): Promise<Verification> {
  let url: URL;
  try {
    url = new URL('/', endpoint);
  } catch {
    return { status: 'error', reason: `InvalidEndpoint: ${endpoint.slice(0, 200)}` };
  }
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: signedHeaders(pair, region, url.host, new Date()),
      body,
      signal: AbortSignal.timeout(timeoutMs),
    });
    return verdict(response.status, await response.text());
  } catch (error) {
    return { status: 'error', reason: networkReason(error) };
  }
}

/** What the answer says: the caller's ARN, or the error code STS gave (the SDK's error name). */
export function verdict(status: number, xml: string): Verification {
  if (status >= 200 && status < 300) {
    const arn = /<Arn>([^<]*)<\/Arn>/.exec(xml)?.[1] ?? '';
    if (/^arn:aws[a-z-]*:iam::\d{12}:root$/.test(arn)) return { status: 'root', arnKind: 'root' };
    return { status: 'iam', arnKind: /:(user|assumed-role|federated-user)\//.exec(arn)?.[1] ?? 'other' };
  }
  const code = /<Code>([A-Za-z0-9.]{1,100})<\/Code>/.exec(xml)?.[1];
  const reason = code ?? `HTTP ${status}`;
  if (/InvalidClientTokenId|SignatureDoesNotMatch|AccessDenied|ExpiredToken|UnrecognizedClient/i.test(reason))
    return { status: 'rejected', reason };
  return { status: 'error', reason };
}

function networkReason(error: unknown): string {
  const cause = (error as { cause?: { code?: unknown; message?: unknown } }).cause;
  if (typeof cause?.code === 'string') return cause.code;
  if (error instanceof Error && error.name === 'TimeoutError') return 'TimeoutError';
  return error instanceof Error ? error.message : String(error);
}

const sha256 = (data: string): string => createHash('sha256').update(data).digest('hex');
const hmac = (key: string | Buffer, data: string): Buffer => createHmac('sha256', key).update(data).digest();

/**
 * The request's headers with its SigV4 `Authorization`: the canonical request (POST, path `/`, no
 * query, the headers signed in name order, the body's hash) hashed into the string to sign, signed
 * with the key derived from the secret for the day, region and service.
 */
export function signedHeaders(pair: KeyPair, region: string, host: string, now: Date): Record<string, string> {
  const amzDate = now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
  const day = amzDate.slice(0, 8);
  // Host is signed but not set: fetch sends it from the URL, as `url.host` writes it.
  const sent: Record<string, string> = {
    'content-type': contentType,
    'x-amz-date': amzDate,
    ...(pair.sessionToken ? { 'x-amz-security-token': pair.sessionToken } : {}),
  };
  const signed: Record<string, string> = { ...sent, host };
  const names = Object.keys(signed).sort();
  const canonicalHeaders = names.map((name) => `${name}:${(signed[name] ?? '').trim()}\n`).join('');
  const canonical = ['POST', '/', '', canonicalHeaders, names.join(';'), sha256(body)].join('\n');
  const scope = `${day}/${region}/sts/aws4_request`;
  const stringToSign = ['AWS4-HMAC-SHA256', amzDate, scope, sha256(canonical)].join('\n');
  const key = hmac(hmac(hmac(hmac(`AWS4${pair.secretAccessKey}`, day), region), 'sts'), 'aws4_request');
  const signature = createHmac('sha256', key).update(stringToSign).digest('hex');
  return {
    ...sent,
    authorization: `AWS4-HMAC-SHA256 Credential=${pair.accessKeyId}/${scope}, SignedHeaders=${names.join(';')}, Signature=${signature}`,
  };
}
