import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

const packageJson = JSON.parse(readFileSync('package.json', 'utf8')) as {
  license: string;
  engines: { node: string };
  devDependencies: Record<string, string>;
  scripts: Record<string, string>;
  repository: { url: string };
  bin: Record<string, string>;
};

describe('licensing', () => {
  it('ships the MIT licence that package.json declares', () => {
    expect(packageJson.license).toBe('MIT');
    const license = readFileSync('LICENSE', 'utf8');
    expect(license.split('\n')[0]).toBe('MIT License');
    expect(license).toMatch(/^Copyright \(c\) \d{4} ses-credential-hygiene contributors$/m);
  });

  it('writes the bundled packages’ notices beside the bundle, one entry per package', () => {
    expect(packageJson.scripts.build).toContain('--license licenses.txt');
    const notices = readFileSync('dist/licenses.txt', 'utf8');
    // An entry starts with the package name on its own line, its licence expression on the next.
    const entries = new Map(
      [...notices.matchAll(/(?:^|\n\n)((?:@[a-z0-9-]+\/)?[a-z0-9.-]+)\n([\w.+-]+)\n/g)].map((match) => [
        match[1],
        match[2],
      ]),
    );
    expect(entries.get('@actions/core')).toBe('MIT');
    expect(entries.get('web-tree-sitter')).toBe('MIT');
    expect(entries.get('yaml')).toBe('ISC');
    // Copied beside the bundle rather than bundled, so ncc alone would leave it out.
    expect(entries.get('@tree-sitter-grammars/tree-sitter-hcl')).toBe('Apache-2.0');
  });
});

describe('Node version', () => {
  it('says the same everywhere: the action on node24, development on 24, the CLI on 20 or later', () => {
    const action = parse(readFileSync('action.yml', 'utf8')) as { runs: { using: string } };
    expect(action.runs.using).toBe('node24');
    expect(readFileSync('.node-version', 'utf8').trim()).toBe('24');
    expect(packageJson.devDependencies['@types/node']).toMatch(/^\^24\./);
    // npm warns EBADENGINE below `engines`: the CLI runs on Node 20, so installing there must not warn.
    expect(packageJson.engines.node).toBe('>=20');
    const readme = readFileSync('README.md', 'utf8');
    expect(readme).toContain("the action runs on the runner's `node24`; the CLI on Node 20 or later");
    expect(readme).toContain('`.node-version` (24)');
  });
});

describe('repository files', () => {
  it('has a security policy that says how to report privately and what never leaves the runner', () => {
    const policy = readFileSync('SECURITY.md', 'utf8');
    expect(policy).toContain('/security/advisories/new');
    expect(policy).toMatch(/never sends?/i);
  });

  it('keeps a changelog with an Unreleased section above the 1.0.0 release', () => {
    const changelog = readFileSync('CHANGELOG.md', 'utf8');
    const unreleased = changelog.indexOf('## [Unreleased]');
    expect(unreleased).toBeGreaterThan(0);
    expect(changelog.indexOf('## [1.0.0]')).toBeGreaterThan(unreleased);
  });

  it('lets Dependabot update npm packages and actions weekly, in groups', () => {
    const config = parse(readFileSync('.github/dependabot.yml', 'utf8')) as {
      version: number;
      updates: { 'package-ecosystem': string; schedule: { interval: string }; groups?: object }[];
    };
    expect(config.version).toBe(2);
    expect(config.updates.map((update) => update['package-ecosystem']).sort()).toEqual(['github-actions', 'npm']);
    for (const update of config.updates) {
      expect(update.schedule.interval).toBe('weekly');
      expect(Object.keys(update.groups ?? {}).length).toBeGreaterThan(0);
    }
  });

  it('names an owner for every file', () => {
    expect(readFileSync('.github/CODEOWNERS', 'utf8')).toMatch(/^\*\s+@\S+/m);
  });

  it('offers a pre-commit hook that runs the CLI on changed workflow and IaC files', () => {
    const [hook] = parse(readFileSync('.pre-commit-hooks.yaml', 'utf8')) as {
      id: string;
      language: string;
      entry: string;
      files: string;
      exclude: string;
      pass_filenames: boolean;
    }[];
    expect(hook).toMatchObject({ id: 'ses-credential-hygiene', language: 'node', pass_filenames: true });
    expect(Object.keys(packageJson.bin)).toEqual([hook?.entry]);
    // pre-commit's patterns are Python regular expressions searched in the path; (?i) is its case flag.
    const pattern = (source = '') => new RegExp(source.replace(/^\(\?i\)/, ''), source.startsWith('(?i)') ? 'i' : '');
    const runsOn = (path: string) => pattern(hook?.files).test(path) && !pattern(hook?.exclude).test(path);
    for (const path of [
      '.github/workflows/deploy.yml',
      'actions/notify/action.yaml',
      'infra/main.tf',
      'infra/prod.tfvars',
      'infra/main.tf.json',
      'cloudformation/mail.template',
      'k8s/mailer.yaml',
      'docker-compose.yml',
      '.env',
      'config/.env.production',
    ])
      expect([path, runsOn(path)]).toEqual([path, true]);
    for (const path of ['README.md', 'src/index.ts', 'package-lock.json', 'web/pnpm-lock.yaml'])
      expect([path, runsOn(path)]).toEqual([path, false]);
  });
});
