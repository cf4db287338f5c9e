import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { listDefinedSecrets } from '../../../src/action/github/secrets.js';
import { startFakeGitHub, type FakeGitHub } from '../../helpers/github-server.js';

let github: FakeGitHub;
let failing: FakeGitHub;
const many = Array.from({ length: 130 }, (_, i) => `APP_SECRET_${i}`);

beforeAll(async () => {
  github = await startFakeGitHub(
    {},
    {
      repository: ['SES_SMTP_PASSWORD', ...many],
      organization: ['ORG_SES_SMTP_USERNAME'],
      environments: { production: ['AWS_ROOT_ACCESS_KEY_ID'], 'staging eu': ['SES_SMTP_PASSWORD'] },
    },
  );
  failing = await startFakeGitHub({}, 'error');
});
afterAll(async () => {
  await github.close();
  await failing.close();
});

describe('listDefinedSecrets', () => {
  it('lists repository, organisation and environment secret names, across pages, with the token', async () => {
    const secrets = await listDefinedSecrets({ token: 'secrets-token', repository: 'octo/repo', apiUrl: github.url });
    expect(secrets).toHaveLength(134);
    expect(secrets.filter((s) => s.scope !== 'repository')).toEqual([
      { name: 'ORG_SES_SMTP_USERNAME', scope: 'organization' },
      { name: 'AWS_ROOT_ACCESS_KEY_ID', scope: 'environment:production' },
      { name: 'SES_SMTP_PASSWORD', scope: 'environment:staging eu' },
    ]);
    expect(github.requests.filter((r) => r.path.startsWith('/repos/octo/repo/actions/secrets'))).toHaveLength(2);
    expect(github.requests.every((r) => r.authorization === 'token secrets-token')).toBe(true);
    expect(new Set(github.requests.map((r) => [r.accept, r.apiVersion].join(' ')))).toEqual(
      new Set(['application/vnd.github+json 2022-11-28']),
    );
  });

  it('fails with the API error when the token may not read secrets', async () => {
    await expect(listDefinedSecrets({ token: 'weak', repository: 'octo/repo', apiUrl: failing.url })).rejects.toThrow(
      /Resource not accessible/,
    );
  });
});
