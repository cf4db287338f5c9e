import { createHash, createHmac } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A local STS that answers GetCallerIdentity in the query protocol and checks each request's SigV4 signature. */
export interface FakeSts {
  url: string;
  calls: Array<{ accessKeyId: string; signatureValid: boolean }>;
  close: () => Promise<void>;
}

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');
const hmac = (key: string | Buffer, data: string) => createHmac('sha256', key).update(data).digest();

/** Recomputes the SigV4 signature the way AWS does, from the request as received. */
function expectedSignature(
  request: IncomingMessage,
  body: string,
  secret: string,
  scope: string[],
  signedHeaders: string[],
  amzDate: string,
): string {
  const url = new URL(request.url ?? '/', 'http://127.0.0.1');
  const query = [...url.searchParams.entries()]
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`)
    .sort()
    .join('&');
  const headers = signedHeaders
    .map(
      (name) =>
        `${name}:${String(request.headers[name] ?? '')
          .trim()
          .replace(/\s+/g, ' ')}\n`,
    )
    .join('');
  const canonical = [request.method, url.pathname, query, headers, signedHeaders.join(';'), sha256(body)].join('\n');
  const [date = '', region = '', service = ''] = scope;
  const stringToSign = [
    'AWS4-HMAC-SHA256',
    amzDate,
    `${date}/${region}/${service}/aws4_request`,
    sha256(canonical),
  ].join('\n');
  const key = hmac(hmac(hmac(hmac(`AWS4${secret}`, date), region), service), 'aws4_request');
  return createHmac('sha256', key).update(stringToSign).digest('hex');
}

export async function startFakeSts(identities: Record<string, { secret: string; arn: string }>): Promise<FakeSts> {
  const calls: FakeSts['calls'] = [];
  const server: Server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', (): void => {
      const authorization = String(request.headers.authorization ?? '');
      const match =
        /^AWS4-HMAC-SHA256 Credential=([^/]+)\/([^,]+), ?SignedHeaders=([^,]+), ?Signature=([0-9a-f]+)$/.exec(
          authorization,
        );
      const reply = (status: number, xml: string) =>
        response.writeHead(status, { 'content-type': 'text/xml' }).end(xml);
      const error = (code: string, message: string) =>
        reply(
          403,
          `<ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><Error><Type>Sender</Type><Code>${code}</Code><Message>${message}</Message></Error><RequestId>r-1</RequestId></ErrorResponse>`,
        );
      if (!match || !new URLSearchParams(body).get('Action')?.startsWith('GetCallerIdentity')) {
        error('InvalidAction', 'expected a signed GetCallerIdentity');
        return;
      }
      const [, accessKeyId = '', scope = '', signedHeaders = '', signature = ''] = match;
      const identity = identities[accessKeyId];
      const valid =
        identity !== undefined &&
        expectedSignature(
          request,
          body,
          identity.secret,
          scope.split('/'),
          signedHeaders.split(';'),
          String(request.headers['x-amz-date'] ?? ''),
        ) === signature;
      calls.push({ accessKeyId, signatureValid: valid });
      if (!identity) {
        error('InvalidClientTokenId', 'The security token included in the request is invalid.');
        return;
      }
      if (!valid) {
        error(
          'SignatureDoesNotMatch',
          'The request signature we calculated does not match the signature you provided.',
        );
        return;
      }
      const account = /::(\d{12}):/.exec(identity.arn)?.[1] ?? '000000000000';
      reply(
        200,
        `<GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><GetCallerIdentityResult><Arn>${identity.arn}</Arn><UserId>AIDAEXAMPLEUSERID</UserId><Account>${account}</Account></GetCallerIdentityResult><ResponseMetadata><RequestId>r-2</RequestId></ResponseMetadata></GetCallerIdentityResponse>`,
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    calls,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
