import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { adapterFor, adapters, pathOwners } from '../../src/formats/index.js';
import { YamlSource } from '../../src/formats/shared/yaml.js';
import { helmValuesReader } from '../../src/formats/kubernetes.js';

const root = process.cwd();

function filesUnder(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)));
}

/** Every file the tests and examples scan, as the paths a scan would see (relative to a case's root). */
const samplePaths = [
  ...filesUnder('examples').map((path) => relative('examples', path)),
  ...filesUnder('__tests__').map((path) => path.replace(/^.*?\/files\//, '')),
  '.github/workflows/ci.yml',
  'action.yaml',
  'docker-compose.override.yml',
  'serverless.yml',
  'k8s/secret.yaml',
  'helm/values.yaml',
  'template.yaml',
  'main.tf',
  'terraform.tfvars.json',
  '.env.production',
  // Names and folders that two formats would both take: each goes to exactly one.
  '.github/workflows/compose.yml',
  '.github/workflows/serverless.yml',
  'deploy/docker-compose.yml',
  'k8s/serverless.yml',
  'deploy/action.yml',
  'helm/templates/compose.yaml',
];

describe('format adapters', () => {
  it('every adapter file in src/formats/ is registered, under its own id', () => {
    const files = readdirSync(join(root, 'src/formats'))
      .filter((name) => name.endsWith('.ts') && name !== 'index.ts' && name !== 'types.ts')
      .map((name) => name.replace(/\.ts$/, ''))
      .sort();
    expect(adapters.map((adapter) => adapter.id).sort()).toEqual(files);
  });

  it('every adapter is a row of the table "What it reads" (docs/reference.md), and every row an adapter', () => {
    const readme = readFileSync(join(root, 'docs/reference.md'), 'utf8');
    const section = readme.split('## What it reads')[1]?.split('\n\n')[1] ?? '';
    const rows = section
      .split('\n')
      .slice(2)
      .map((row) => row.split('|')[1]?.trim() ?? '');
    expect(rows.sort()).toEqual(adapters.map((adapter) => adapter.title).sort());
  });

  it('every adapter has a test that imports it', () => {
    const tests = readdirSync(join(root, '__tests__/formats'))
      .filter((name) => name.endsWith('.test.ts') && name !== 'meta.test.ts')
      .map((name) => readFileSync(join(root, '__tests__/formats', name), 'utf8'));
    for (const adapter of adapters) {
      expect(existsSync(join(root, 'src/formats', `${adapter.id}.ts`))).toBe(true);
      expect([adapter.id, tests.some((text) => text.includes(`src/formats/${adapter.id}.js'`))]).toEqual([
        adapter.id,
        true,
      ]);
    }
  });

  it('no sample path is claimed by two adapters; formats found by content share one reader of the path', () => {
    const contentClaims = adapters.filter((adapter) => adapter.claim === 'content');
    for (const path of samplePaths) {
      const owners = pathOwners(path).map((adapter) => adapter.id);
      expect([path, owners.length <= 1]).toEqual([path, true]);
      const byContent = contentClaims.some((adapter) => adapter.matches(path));
      if (owners.length === 0 && byContent) expect([path, adapterFor(path)?.id]).toEqual([path, 'yaml']);
    }
  });

  it('routes the samples by claim: a path owner wins over a format recognised by content', () => {
    expect(adapterFor('k8s/template.yaml')?.id).toBe('yaml');
    expect(adapterFor('serverless.yml')?.id).toBe('yaml');
    expect(adapterFor('.github/workflows/deploy.yml')?.id).toBe('github-workflow');
    expect(adapterFor('infra/mail.yaml')?.id).toBe('yaml');
    expect(adapterFor('package.json')).toBeUndefined();
    expect(adapterFor('.github/workflows/compose.yml')?.id).toBe('github-workflow');
    expect(adapterFor('deploy/docker-compose.yml')?.id).toBe('yaml');
    expect(adapterFor('k8s/serverless.yml')?.id).toBe('yaml');
    expect(adapterFor('main.tf')?.id).toBe('terraform');
    expect(adapterFor('deploy/action.yml')?.id).toBe('github-workflow');
  });

  it('routes any path as the plain reading of the claims does: first path owner, else the content reader', () => {
    const plainRoute = (path: string): string | undefined => {
      const owner = adapters.find((adapter) => adapter.claim === 'path' && adapter.matches(path));
      if (owner) return owner.id;
      if (!adapters.some((adapter) => adapter.claim === 'content' && adapter.matches(path))) return undefined;
      return `yaml ${helmValuesReader(path) ? 'helm' : /\.json$/i.test(path) ? 'json' : 'yaml'}`;
    };
    // The three content readers share the id `yaml`; which one it is shows in what it reads first.
    const route = (path: string): string | undefined => {
      const adapter = adapterFor(path);
      if (adapter?.id !== 'yaml') return adapter?.id;
      return `yaml ${adapter === adapterFor('k8s/a.yaml') ? 'helm' : adapter === adapterFor('a.json') ? 'json' : 'yaml'}`;
    };
    const pieces = ['.github/', 'workflows/', 'k8s/', 'values', 'action', 'main', 'package', '.env', 'a', '/', '.'];
    const endings = ['.yml', '.YAML', '.json', '.template', '.tf', '.tfvars', '.tf.json', '.env', '.ts', '.md', ''];
    const paths = fc
      .tuple(fc.array(fc.constantFrom(...pieces), { maxLength: 5 }), fc.constantFrom(...endings))
      .map(([parts, ending]) => parts.join('') + ending);
    for (const path of samplePaths) expect([path, route(path)]).toEqual([path, plainRoute(path)]);
    fc.assert(
      fc.property(paths, (path) => {
        expect([path, route(path)]).toEqual([path, plainRoute(path)]);
      }),
      { numRuns: 3000 },
    );
    expect(route('k8s/values.yaml')).toBe('yaml helm');
    expect(route('stack.json')).toBe('yaml json');
    expect(route('infra/.github/workflows/x.yml')).toBe('yaml yaml');
  });

  it('no sample document is recognised by two adapters', () => {
    const recognisers = adapters.filter((adapter) => adapter.claim === 'content');
    let documents = 0;
    for (const path of filesUnder('examples').concat(filesUnder('__tests__'))) {
      if (!/\.(?:ya?ml|json|template)$/i.test(path)) continue;
      for (const doc of new YamlSource(path, readFileSync(join(root, path), 'utf8')).documents) {
        documents++;
        const claimants = recognisers.filter((adapter) => adapter.recognises(doc.contents)).map((a) => a.id);
        expect([path, claimants.length <= 1]).toEqual([path, true]);
      }
    }
    expect(documents).toBeGreaterThan(20);
  });
});
