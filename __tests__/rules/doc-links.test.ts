import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { publishedRepositoryUrl, ruleDocsBaseUrl, ruleDocUrl } from '../../src/rules/doc-links.js';
import { helpUri } from '../../src/rules/types.js';

const published = 'https://github.com/ses-credential-hygiene/ses-credential-hygiene/blob/v1.0.0/docs/rules/';

describe('rule documentation links', () => {
  it("follow package.json's repository", () => {
    const { repository } = JSON.parse(readFileSync('package.json', 'utf8')) as { repository: { url: string } };
    expect(repository.url.replace(/^git\+/, '').replace(/\.git$/, '')).toBe(publishedRepositoryUrl);
  });

  it('point at the published repository’s tag of this version outside an action, as the golden reports record', () => {
    const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    expect(published).toContain(`/blob/v${version}/`);
    expect(ruleDocUrl('root-credentials', {})).toBe(`${published}root-credentials.md`);
    expect(readFileSync('__tests__/report/golden/examples.sarif', 'utf8')).toContain(
      `"helpUri": "${published}root-credentials.md"`,
    );
  });

  it('point at the repository and ref the action ran from', () => {
    const environment = { GITHUB_ACTION_REPOSITORY: 'octo-org/ses-fork', GITHUB_ACTION_REF: 'v1.2.0' };
    expect(ruleDocUrl('sigv2-smtp-password', environment)).toBe(
      'https://github.com/octo-org/ses-fork/blob/v1.2.0/docs/rules/sigv2-smtp-password.md',
    );
    const sha = '3d3c42e5aac5ba805825da76410c181273ba90b1';
    expect(ruleDocsBaseUrl({ GITHUB_ACTION_REPOSITORY: 'a/b', GITHUB_ACTION_REF: sha })).toBe(
      `https://github.com/a/b/blob/${sha}/docs/rules/`,
    );
    expect(ruleDocsBaseUrl({ GITHUB_ACTION_REPOSITORY: 'a/b', GITHUB_ACTION_REF: 'release/1.x' })).toBe(
      'https://github.com/a/b/blob/release/1.x/docs/rules/',
    );
  });

  it('fall back to the published repository when the action runs from a local path (both variables empty)', () => {
    expect(ruleDocsBaseUrl({ GITHUB_ACTION_REPOSITORY: '', GITHUB_ACTION_REF: '' })).toBe(published);
    expect(ruleDocsBaseUrl({ GITHUB_ACTION_REPOSITORY: 'a/b' })).toBe(published);
    expect(ruleDocsBaseUrl({ GITHUB_ACTION_REF: 'v1' })).toBe(published);
  });

  it('never build a link from a name or ref that would need escaping', () => {
    for (const [repository, ref] of [
      ['a/b/c', 'v1'],
      ['a b/c', 'v1'],
      ['a/b', 'v1 onclick'],
      ['a/b', '../../evil'],
      ['a/b', 'v1)](https://evil.example'],
      ['a/b', '/v1'],
      ['a/b', 'v1/'],
    ] as const)
      expect([
        repository,
        ref,
        ruleDocsBaseUrl({ GITHUB_ACTION_REPOSITORY: repository, GITHUB_ACTION_REF: ref }),
      ]).toEqual([repository, ref, published]);
  });

  it('are what the reports use, read from the process environment', () => {
    const saved = { repository: process.env.GITHUB_ACTION_REPOSITORY, ref: process.env.GITHUB_ACTION_REF };
    try {
      process.env.GITHUB_ACTION_REPOSITORY = 'octo-org/ses-fork';
      process.env.GITHUB_ACTION_REF = 'v1';
      expect(helpUri('root-credentials')).toBe(
        'https://github.com/octo-org/ses-fork/blob/v1/docs/rules/root-credentials.md',
      );
    } finally {
      for (const [name, value] of [
        ['GITHUB_ACTION_REPOSITORY', saved.repository],
        ['GITHUB_ACTION_REF', saved.ref],
      ] as const)
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
    }
  });
});
