import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import type { Verification } from '../model/repository.js';

/**
 * Asks STS `GetCallerIdentity` (which needs no permission) who an access key pair belongs to. A
 * network call: only with `verify-with-aws: true`. `endpoint` points the SDK elsewhere for tests.
 */
export async function verifyAccessKey(
  pair: { accessKeyId: string; secretAccessKey: string; sessionToken?: string },
  options: { region?: string; endpoint?: string } = {},
): Promise<Verification> {
  const client = new STSClient({
    region: options.region ?? 'us-east-1',
    credentials: {
      accessKeyId: pair.accessKeyId,
      secretAccessKey: pair.secretAccessKey,
      ...(pair.sessionToken ? { sessionToken: pair.sessionToken } : {}),
    },
    ...(options.endpoint ? { endpoint: options.endpoint } : {}),
    maxAttempts: 2,
  });
  try {
    const identity = await client.send(new GetCallerIdentityCommand({}));
    const arn = identity.Arn ?? '';
    if (/^arn:aws[a-z-]*:iam::\d{12}:root$/.test(arn)) return { status: 'root', arnKind: 'root' };
    return { status: 'iam', arnKind: /:(user|assumed-role|federated-user)\//.exec(arn)?.[1] ?? 'other' };
  } catch (error) {
    const name = (error as { name?: string }).name ?? '';
    const message = error instanceof Error ? error.message : String(error);
    if (
      /InvalidClientTokenId|SignatureDoesNotMatch|AccessDenied|ExpiredToken|UnrecognizedClient/i.test(
        `${name} ${message}`,
      )
    )
      return { status: 'rejected', reason: name || message };
    return { status: 'error', reason: name || message };
  } finally {
    client.destroy();
  }
}
