import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { parseDocument } from 'yaml';

const document = parseDocument(readFileSync('action.yml', 'utf8'));
const action = document.toJS() as {
  runs: { using: string; main: string };
  inputs: Record<string, { description?: string; default?: string }>;
  outputs: Record<string, { description?: string }>;
};
const source = ['src/action.ts', 'src/action-inputs.ts', 'src/github/pull-request.ts']
  .map((path) => readFileSync(path, 'utf8'))
  .join('');
const read = new Set(
  [...source.matchAll(/(?:getInput|getMultilineInput|booleanInput)\('([a-z-]+)'/g)].map((match) => match[1]),
);
const written = new Set([...source.matchAll(/setOutput\('([a-z-]+)'/g)].map((match) => match[1]));

describe('action.yml', () => {
  it('is valid YAML that runs the bundle on node24', () => {
    expect(document.errors).toEqual([]);
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
  });

  it('declares, with a description and a default, exactly the inputs the action reads', () => {
    expect(new Set(Object.keys(action.inputs))).toEqual(read);
    for (const [name, input] of Object.entries(action.inputs)) {
      expect([name, typeof input.description === 'string' && input.description.length > 10]).toEqual([name, true]);
      expect([name, 'default' in input]).toEqual([name, true]);
    }
  });

  it('declares and describes exactly the outputs the action sets', () => {
    expect(new Set(Object.keys(action.outputs))).toEqual(written);
    for (const output of Object.values(action.outputs)) expect(output.description?.length).toBeGreaterThan(10);
  });

  it('documents every input in the README', () => {
    const readme = readFileSync('README.md', 'utf8');
    for (const name of Object.keys(action.inputs))
      expect([name, readme.includes(`| \`${name}\` |`)]).toEqual([name, true]);
  });
});
