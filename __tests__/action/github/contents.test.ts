import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileAtCommit } from '../../../src/action/github/contents.js';
import { startFakeGitHub, type FakeGitHub } from '../../helpers/github-server.js';

const base = 'a'.repeat(40);
let github: FakeGitHub;
beforeAll(async () => {
  github = await startFakeGitHub({}, undefined, {
    [base]: {
      '.github/ses-credential-hygiene.yml': 'rules:\n  root-credentials: error\n',
      'big.json': 'x'.repeat(500),
    },
  });
});
afterAll(() => github.close());

const options = (path: string, extra: Partial<Parameters<typeof readFileAtCommit>[0]> = {}) => ({
  token: 'read-token',
  repository: 'octo/repo',
  path,
  ref: base,
  maxBytes: 100,
  apiUrl: github.url,
  ...extra,
});

describe('readFileAtCommit', () => {
  it('reads a file at the given commit through the contents endpoint', async () => {
    await expect(readFileAtCommit(options('.github/ses-credential-hygiene.yml'))).resolves.toEqual({
      found: true,
      text: 'rules:\n  root-credentials: error\n',
    });
    const request = github.requests.at(-1);
    expect(request?.path).toBe(`/repos/octo/repo/contents/.github%2Fses-credential-hygiene.yml?ref=${base}`);
    expect(request?.authorization).toBe('token read-token');
    expect([request?.accept, request?.apiVersion]).toEqual(['application/vnd.github+json', '2022-11-28']);
  });

  it('treats 404 as missing', async () => {
    await expect(readFileAtCommit(options('absent.yml'))).resolves.toEqual({ found: false });
  });

  it('refuses a file over the limit and a ref that is not a SHA', async () => {
    await expect(readFileAtCommit(options('big.json'))).rejects.toThrow(/larger than 100 bytes/);
    await expect(readFileAtCommit(options('absent.yml', { ref: 'main' }))).rejects.toThrow(/not a commit SHA/);
  });
});
