import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { regionalEndpoint, signedHeaders, stsRegion, verdict, verifyAccessKey } from '../../src/credentials/verify.js';
import { startFakeSts, type FakeSts } from '../helpers/sts-server.js';

const root = {
  accessKeyId: `AKIA${'ROOTROOT'}${'Q2R3S4T5'}`,
  secretAccessKey: 'rootSecretKey0000000000000000000000000000',
};
const user = {
  accessKeyId: `AKIA${'USERUSER'}${'Q2R3S4T5'}`,
  secretAccessKey: 'userSecretKey0000000000000000000000000000',
};
const session = {
  accessKeyId: `ASIA${'SESSIONX'}${'Q2R3S4T5'}`,
  secretAccessKey: 'sessionSecretKey00000000000000000000000',
  sessionToken: 'FwoGZXIvYXdzEBYaDSessionTokenExample==',
};
let sts: FakeSts;

beforeAll(async () => {
  sts = await startFakeSts({
    [root.accessKeyId]: { secret: root.secretAccessKey, arn: 'arn:aws:iam::123456789012:root' },
    [user.accessKeyId]: { secret: user.secretAccessKey, arn: 'arn:aws:iam::123456789012:user/ses-smtp' },
    [session.accessKeyId]: { secret: session.secretAccessKey, arn: 'arn:aws:sts::123456789012:assumed-role/ci/run' },
  });
});
afterAll(() => sts.close());

describe('verifyAccessKey against STS on 127.0.0.1', () => {
  it('tells the root user from an IAM user, with requests SigV4-signed by the key given', async () => {
    expect(await verifyAccessKey(root, { endpoint: sts.url })).toEqual({ status: 'root', arnKind: 'root' });
    expect(await verifyAccessKey(user, { endpoint: sts.url })).toEqual({ status: 'iam', arnKind: 'user' });
    expect(sts.calls.map((call) => call.signatureValid)).toEqual([true, true]);
  });

  it('reports a key STS rejects: unknown key, or a secret that does not sign for it', async () => {
    expect(
      await verifyAccessKey(
        { accessKeyId: `AKIA${'UNKNOWNX'}${'Q2R3S4T5'}`, secretAccessKey: 'x'.repeat(40) },
        { endpoint: sts.url },
      ),
    ).toMatchObject({ status: 'rejected', reason: 'InvalidClientTokenId' });
    expect(
      await verifyAccessKey({ accessKeyId: user.accessKeyId, secretAccessKey: 'wrong' }, { endpoint: sts.url }),
    ).toMatchObject({ status: 'rejected', reason: 'SignatureDoesNotMatch' });
  });

  it('reports an unreachable endpoint as an error, not as a verdict on the key', async () => {
    expect(await verifyAccessKey(user, { endpoint: 'http://127.0.0.1:9' })).toMatchObject({ status: 'error' });
  });

  it('signs a session token with the request, and signs for the region it is given', async () => {
    expect(await verifyAccessKey(session, { endpoint: sts.url, region: 'eu-west-1' })).toEqual({
      status: 'iam',
      arnKind: 'assumed-role',
    });
    expect(sts.calls.at(-1)).toEqual({ accessKeyId: session.accessKeyId, signatureValid: true });
  });
});

describe('the request and its answer', () => {
  const now = new Date('2026-03-04T05:06:07.890Z');
  const authorization = (region: string) =>
    signedHeaders(session, region, 'sts.eu-west-1.amazonaws.com', now).authorization ?? '';

  it('scopes the signature to the day, the region and STS, and signs the token with the headers', () => {
    const headers = signedHeaders(session, 'eu-west-1', 'sts.eu-west-1.amazonaws.com', now);
    expect(headers['x-amz-date']).toBe('20260304T050607Z');
    expect(headers['x-amz-security-token']).toBe(session.sessionToken);
    expect(authorization('eu-west-1')).toMatch(
      /^AWS4-HMAC-SHA256 Credential=ASIA\w+\/20260304\/eu-west-1\/sts\/aws4_request, SignedHeaders=content-type;host;x-amz-date;x-amz-security-token, Signature=[0-9a-f]{64}$/,
    );
    expect(authorization('eu-west-1')).not.toBe(authorization('eu-west-2'));
    expect(JSON.stringify(headers)).not.toContain(session.secretAccessKey);
  });

  it('asks the regional endpoint; a region that is not a region name never becomes part of a host', () => {
    expect(regionalEndpoint(stsRegion('eu-west-1'))).toBe('https://sts.eu-west-1.amazonaws.com');
    expect(regionalEndpoint(stsRegion('cn-north-1'))).toBe('https://sts.cn-north-1.amazonaws.com.cn');
    expect(stsRegion('us-gov-west-1')).toBe('us-gov-west-1');
    for (const odd of ['evil.example/x', 'eu-west-1.attacker.example', '', undefined])
      expect(regionalEndpoint(stsRegion(odd))).toBe('https://sts.us-east-1.amazonaws.com');
  });

  it("reads STS's error code as the SDK named it, and an answer with none by its HTTP status", () => {
    const error = (code: string) =>
      `<ErrorResponse><Error><Type>Sender</Type><Code>${code}</Code></Error></ErrorResponse>`;
    expect(verdict(403, error('ExpiredToken'))).toEqual({ status: 'rejected', reason: 'ExpiredToken' });
    expect(verdict(400, error('Throttling'))).toEqual({ status: 'error', reason: 'Throttling' });
    expect(verdict(502, '<html>bad gateway</html>')).toEqual({ status: 'error', reason: 'HTTP 502' });
  });
});
