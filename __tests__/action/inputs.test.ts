import { describe, expect, it, jest } from '@jest/globals';
import { resolve } from 'node:path';
import * as core from '../helpers/core.js';

jest.unstable_mockModule('@actions/core', () => core);
const { readActionInputs } = await import('../../src/action/inputs.js');

const workspace = resolve('/work/checkout');
const read = (values: Record<string, string>) => {
  core.useInputs(values);
  return readActionInputs({ GITHUB_WORKSPACE: workspace });
};

describe('readActionInputs', () => {
  it('gives the defaults of action.yml when nothing is set, with paths resolved in the workspace', () => {
    expect(read({})).toEqual({
      workspace,
      root: workspace,
      folder: '',
      configPath: undefined,
      failOn: 'error',
      failScope: 'all',
      sarifPath: resolve(workspace, 'ses-credential-hygiene.sarif'),
      jsonPath: resolve(workspace, 'ses-credential-hygiene.json'),
      uploadSarif: 'auto',
      sarifCategory: undefined,
      prComment: 'off',
      annotations: true,
      include: [],
      exclude: [],
      strict: false,
      scope: 'auto',
      githubToken: '',
      baselinePath: undefined,
      checkValues: false,
      listSecrets: false,
      verifyWithAws: false,
      configFrom: 'auto',
      inlineIgnores: true,
      links: undefined,
    });
  });

  it('reads every input: paths, lists, words and booleans in any of their spellings', () => {
    expect(
      read({
        path: 'infra/',
        config: 'ci/sch.yml',
        'fail-on': 'warning',
        'fail-on-scope': 'Changed',
        'sarif-file': 'out/report.sarif',
        'json-file': 'out/report.json',
        'upload-sarif': 'False',
        'sarif-category': ' infra ',
        'pr-comment': 'On-Failure',
        annotations: 'off',
        include: 'a/**\n\n  b/*.yml  \n',
        exclude: 'vendor/**',
        strict: 'YES',
        scope: 'changed',
        'github-token': 'token',
        baseline: '.github/baseline.json',
        'check-values': '1',
        'list-secrets': 'true',
        'verify-with-aws': 'on',
        'config-from': 'Workspace',
        'inline-ignores': 'no',
      }),
    ).toEqual({
      workspace,
      root: resolve(workspace, 'infra'),
      folder: 'infra',
      configPath: resolve(workspace, 'ci/sch.yml'),
      failOn: 'warning',
      failScope: 'changed',
      sarifPath: resolve(workspace, 'out/report.sarif'),
      jsonPath: resolve(workspace, 'out/report.json'),
      uploadSarif: 'false',
      sarifCategory: 'infra',
      prComment: 'on-failure',
      annotations: false,
      include: ['a/**', 'b/*.yml'],
      exclude: ['vendor/**'],
      strict: true,
      scope: 'changed',
      githubToken: 'token',
      baselinePath: resolve(workspace, '.github/baseline.json'),
      checkValues: true,
      listSecrets: true,
      verifyWithAws: true,
      configFrom: 'workspace',
      inlineIgnores: false,
      links: undefined,
    });
  });

  it.each([
    ['fail-on', 'loudly', 'input fail-on must be error, warning, notice or never, not "loudly"'],
    ['scope', 'diff', 'input scope must be auto, changed or all, not "diff"'],
    ['fail-on-scope', 'diff', 'input fail-on-scope must be all or changed, not "diff"'],
    ['annotations', 'maybe', 'input annotations must be true or false, not "maybe"'],
    ['strict', 'very', 'input strict must be true or false, not "very"'],
    ['check-values', 'y', 'input check-values must be true or false, not "y"'],
    ['list-secrets', 'all', 'input list-secrets must be true or false, not "all"'],
    ['config-from', 'head', 'input config-from must be auto, workspace or base, not "head"'],
    ['inline-ignores', 'some', 'input inline-ignores must be true or false, not "some"'],
    ['verify-with-aws', '2', 'input verify-with-aws must be true or false, not "2"'],
    ['upload-sarif', 'yes', 'input upload-sarif must be auto, true or false, not "yes"'],
    ['pr-comment', 'on', 'input pr-comment must be off, on-failure or always, not "on"'],
  ])('rejects %s: %s with an error naming the input', (name, value, message) => {
    expect(() => read({ [name]: value })).toThrow(message);
  });

  it('puts the JSON report beside the SARIF file unless told where', () => {
    expect(read({ 'sarif-file': 'r/out.sarif' }).jsonPath).toBe(resolve(workspace, 'r/out.json'));
    expect(read({ 'sarif-file': 'r/out.sarif.txt' }).jsonPath).toBe(resolve(workspace, 'r/out.sarif.txt.json'));
  });

  it('takes the summary links from the runner: server, repository and commit, or none', () => {
    core.useInputs({});
    const env = { GITHUB_WORKSPACE: workspace, GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'o/r' };
    expect(readActionInputs({ ...env, GITHUB_SHA: 'abc' }).links).toEqual({
      serverUrl: 'https://github.com',
      repository: 'o/r',
      sha: 'abc',
    });
    expect(readActionInputs(env).links).toBeUndefined();
  });
});
