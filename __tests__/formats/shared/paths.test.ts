import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { isGitHubWorkflowPath, isStructuredDataPath, isTerraformPath } from '../../../src/formats/shared/paths.js';
import { dotenvAdapter } from '../../../src/formats/dotenv.js';

/** The plain definitions, without the last-character gate the functions start with. */
const workflowByPattern = (path: string): boolean =>
  /^\.github\/workflows\/[^/]+\.ya?ml$/i.test(path) || /(?:^|\/)action\.ya?ml$/i.test(path);
const neverFormats =
  /(?:^|\/)(?:package(?:-lock)?\.json|npm-shrinkwrap\.json|composer\.(?:json|lock)|tsconfig[^/]*\.json|\.?eslintrc[^/]*|pnpm-lock\.yaml|yarn\.lock|renovate\.json|\.prettierrc[^/]*)$/i;
const structuredByPattern = (path: string): boolean =>
  /\.(?:ya?ml|json|template)$/i.test(path) && !neverFormats.test(path);

const terraformByPattern = (path: string): boolean => /\.(?:tf|tfvars|tf\.json|tfvars\.json)$/i.test(path);

const dotenvByPattern = (path: string): boolean =>
  /^(?:\.env(?:\.[^/]+)?|[^/]+\.env|env\.(?:example|sample|template|dist|local)|\.dev\.vars(?:\.[^/]+)?|\.envrc)$/.test(
    path.slice(path.lastIndexOf('/') + 1),
  );

/** Paths made of the names' pieces, in any case, with characters whose lower-case bit makes `l`, `n`, `e`, `f` or `s`. */
const pieces = [
  '.github/',
  'workflows/',
  'action',
  '.yml',
  '.yaml',
  '.YML',
  '.Yaml',
  '.json',
  '.JSON',
  '.template',
  '.TEMPLATE',
  '.env',
  '.tf',
  '.TF',
  'vars',
  'tfvars',
  'env',
  '.dev',
  '.vars',
  'rc',
  'example',
  'v',
  'V',
  'package',
  '-lock',
  'tsconfig',
  'a',
  '/',
  '.',
  'L',
  'l',
  'N',
  'n',
  'E',
  'e',
  'F',
  'f',
  'S',
  's',
  ',',
  '.',
  '%',
  '\u00ec',
  '\u212a',
];
const paths = fc.array(fc.constantFrom(...pieces), { maxLength: 8 }).map((parts) => parts.join(''));

describe('path tests', () => {
  it('claim workflows, composite actions, Terraform, dotenv files and YAML or JSON data', () => {
    expect(isTerraformPath('infra/main.tf')).toBe(true);
    expect(isTerraformPath('prod.TFVARS')).toBe(true);
    expect(isTerraformPath('stack.tf.json')).toBe(true);
    expect(isTerraformPath('vars.tfvars.Json')).toBe(true);
    expect(isTerraformPath('main.tfstate')).toBe(false);
    expect(isTerraformPath('notes.json')).toBe(false);
    expect(isTerraformPath('')).toBe(false);
    expect(isGitHubWorkflowPath('.github/workflows/ci.YML')).toBe(true);
    expect(isGitHubWorkflowPath('tools/deploy/Action.yaml')).toBe(true);
    expect(isGitHubWorkflowPath('src/app.ts')).toBe(false);
    expect(isStructuredDataPath('stack.TEMPLATE')).toBe(true);
    expect(isStructuredDataPath('k8s/app.Json')).toBe(true);
    expect(isStructuredDataPath('package-lock.json')).toBe(false);
    expect(isStructuredDataPath('notes.txt')).toBe(false);
    expect(isStructuredDataPath('')).toBe(false);
    expect(dotenvAdapter.matches('app/.env.production')).toBe(true);
    expect(dotenvAdapter.matches('config/prod.env')).toBe(true);
    expect(dotenvAdapter.matches('env.example')).toBe(true);
    expect(dotenvAdapter.matches('worker/.dev.vars')).toBe(true);
    expect(dotenvAdapter.matches('src/envelope.ts')).toBe(false);
    expect(dotenvAdapter.matches('')).toBe(false);
  });

  it('agree with their patterns alone on any path made of the names’ pieces', () => {
    fc.assert(
      fc.property(paths, (path) => {
        expect(isGitHubWorkflowPath(path)).toBe(workflowByPattern(path));
        expect(isStructuredDataPath(path)).toBe(structuredByPattern(path));
        expect(isTerraformPath(path)).toBe(terraformByPattern(path));
        expect(dotenvAdapter.matches(path)).toBe(dotenvByPattern(path));
      }),
      { numRuns: 3000 },
    );
  });
});
