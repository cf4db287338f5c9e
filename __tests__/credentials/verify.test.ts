import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { verifyAccessKey } from '../../src/credentials/verify.js';
import { startFakeSts, type FakeSts } from '../helpers/sts-server.js';

const root = {
  accessKeyId: `AKIA${'ROOTROOT'}${'Q2R3S4T5'}`,
  secretAccessKey: 'rootSecretKey0000000000000000000000000000',
};
const user = {
  accessKeyId: `AKIA${'USERUSER'}${'Q2R3S4T5'}`,
  secretAccessKey: 'userSecretKey0000000000000000000000000000',
};
let sts: FakeSts;

beforeAll(async () => {
  sts = await startFakeSts({
    [root.accessKeyId]: { secret: root.secretAccessKey, arn: 'arn:aws:iam::123456789012:root' },
    [user.accessKeyId]: { secret: user.secretAccessKey, arn: 'arn:aws:iam::123456789012:user/ses-smtp' },
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
});
