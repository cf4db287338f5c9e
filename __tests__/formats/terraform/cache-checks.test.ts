import { beforeAll, describe, expect, it } from '@jest/globals';
import { joinFitsFiles, regionFactsFitFile } from '../../../src/formats/terraform/cache-checks.js';
import { readConfiguration } from '../../../src/formats/terraform/facts.js';
import { loadHcl, parseHcl } from '../../../src/formats/terraform/hcl.js';
import { TerraformSource } from '../../../src/formats/terraform/source.js';
import { emptyRegionFacts } from '../../../src/formats/terraform/regions.js';
import { variableKey } from '../../../src/formats/terraform/variable-types.js';
import { emptyIam } from '../../../src/model/iam.js';

beforeAll(loadHcl);

const source = (path: string, text: string) => new TerraformSource(path, text, parseHcl(text));

const span = { startLine: 1, startColumn: 1, endLine: 1, endColumn: 5 };

/** A join's value as the configuration gives it, with what a test puts in. */
function joinValue(files: string[], extra: { flows?: unknown[]; exposures?: unknown[]; variables?: string[] } = {}) {
  return {
    files,
    facts: {
      iam: { ...emptyIam(), exposures: extra.exposures ?? [] },
      flows: extra.flows ?? [],
      nonCredentialVariables: new Set(extra.variables ?? []),
    },
  };
}

describe('a remembered Terraform join, checked against the files of its group', () => {
  const paths = ['infra/main.tf', 'infra/mail/ses.tf'];

  it('fits when it names only those files and their folders, and when it is null (no file parsed)', () => {
    expect(joinFitsFiles(null, paths)).toBe(true);
    expect(joinFitsFiles(joinValue(['infra/main.tf']), paths)).toBe(true);
    const flow = { file: 'infra/main.tf', span, origin: { file: 'infra/mail/ses.tf', span } };
    expect(
      joinFitsFiles(joinValue(paths, { flows: [flow], variables: [variableKey('infra/mail', 'port')] }), paths),
    ).toBe(true);
  });

  it.each([
    ['a file of `files` that is not in the group', joinValue([...paths, 'app/.env'])],
    ['an exposure in another file', joinValue(paths, { exposures: [{ file: 'app/.env', span }] })],
    [
      'a flow whose origin is another file (two levels down)',
      joinValue(paths, { flows: [{ file: 'infra/main.tf', span, origin: { file: 'other/main.tf', span } }] }),
    ],
    ['a `file` that is no string', joinValue(paths, { exposures: [{ file: ['infra/main.tf'], span }] })],
    ['a non-credential variable of another folder', joinValue(paths, { variables: [variableKey('app', 'x')] })],
    ['a non-credential variable key that is no variable key', joinValue(paths, { variables: ['infra'] })],
    ['a value of another shape', { files: paths, facts: {} }],
  ])('does not fit with %s', (_name, value) => {
    expect(joinFitsFiles(value, paths)).toBe(false);
  });

  it('looks into Maps and Sets too', () => {
    const inMap = joinValue(paths, { flows: [new Map([['k', { file: 'app/.env' }]])] });
    const inSet = joinValue(paths, { flows: [new Set([{ file: 'app/.env' }])] });
    expect(joinFitsFiles(inMap, paths)).toBe(false);
    expect(joinFitsFiles(inSet, paths)).toBe(false);
  });

  it('accepts what a real configuration reads', () => {
    const files = ['infra/main.tf', 'infra/mail/ses.tf'];
    const value = {
      files,
      facts: readConfiguration([
        source(
          files[0] ?? '',
          'resource "aws_iam_access_key" "k" {\n  user = "u"\n}\noutput "s" {\n  value = nonsensitive(aws_iam_access_key.k.secret)\n}\n',
        ),
        source(files[1] ?? '', 'variable "n" {\n  type = number\n}\n'),
      ]),
    };
    expect(value.facts.nonCredentialVariables.size).toBe(1);
    expect(value.facts.iam.exposures.map((exposure) => exposure.file)).toEqual(['infra/main.tf']);
    expect(joinFitsFiles(value, files)).toBe(true);
    expect(joinFitsFiles(value, ['infra/main.tf'])).toBe(false);
  });
});

describe('a cached Terraform file entry’s region facts', () => {
  const own = (path: string, facts: object) =>
    regionFactsFitFile({ terraform: { ...emptyRegionFacts(), ...facts } }, path);

  it('fit when every fact is of the file’s folder, or when there are none', () => {
    expect(regionFactsFitFile(undefined, 'a/main.tf')).toBe(true);
    expect(regionFactsFitFile({}, 'a/main.tf')).toBe(true);
    expect(own('a/main.tf', {})).toBe(true);
    expect(
      own('a/main.tf', {
        providerRegions: [{ scope: 'a', region: 'eu-west-1' }],
        variableRegions: [{ scope: 'a', name: 'region', region: 'eu-west-1', from: 'default' }],
        providerRegionVariables: [{ scope: 'a', name: 'region' }],
        moduleCalls: [{ caller: 'a', module: 'b' }],
      }),
    ).toBe(true);
    expect(own('main.tf', { providerRegions: [{ scope: '.', region: 'eu-west-1' }] })).toBe(true);
  });

  it.each([
    ['a provider region of another folder', { providerRegions: [{ scope: 'b', region: 'eu-west-1' }] }],
    [
      'a variable region of another folder',
      { variableRegions: [{ scope: 'b', name: 'r', region: 'x', from: 'tfvars' }] },
    ],
    ['a provider region variable of another folder', { providerRegionVariables: [{ scope: '.', name: 'r' }] }],
    ['a module call by another folder', { moduleCalls: [{ caller: 'b', module: 'a' }] }],
    ['a fact that is null', { providerRegions: [null] }],
    ['a region that is no string', { providerRegions: [{ scope: 'a', region: 1 }] }],
    ['a list that is missing', { moduleCalls: undefined }],
  ])('do not fit with %s', (_name, facts) => {
    expect(own('a/main.tf', facts)).toBe(false);
  });

  it('do not fit when they are no object', () => {
    expect(regionFactsFitFile({ terraform: 'a' }, 'a/main.tf')).toBe(false);
  });
});
