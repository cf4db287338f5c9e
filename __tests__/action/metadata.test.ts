import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { parseDocument } from 'yaml';

const document = parseDocument(readFileSync('action.yml', 'utf8'));
const action = document.toJS() as {
  name: string;
  description: string;
  branding?: { icon?: string; color?: string };
  runs: { using: string; main: string };
  inputs: Record<string, { description?: string; default?: string }>;
  outputs: Record<string, { description?: string }>;
};
const source = ['src/action/run.ts', 'src/action/inputs.ts', 'src/action/github/pull-request.ts']
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

  // The Marketplace's release form refuses a description of 125 characters or more ("must be less than 125
  // characters") and a listing without branding; it documents no separate length for the name, so the name
  // is held to the same bound and to one line.
  it('fits the Marketplace: description under 125 characters, a one-line name, branding with a listed colour', () => {
    expect(action.description.length).toBeLessThan(125);
    expect(action.description).not.toContain('\n');
    expect(action.name).toMatch(/^[^\n]{1,124}$/);
    expect(action.branding?.icon).toMatch(/^[a-z0-9-]+$/);
    expect(['white', 'black', 'yellow', 'blue', 'green', 'orange', 'red', 'purple', 'gray-dark']).toContain(
      action.branding?.color,
    );
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

  it('documents every input and output in docs/action.md, which the README links to', () => {
    const reference = readFileSync('docs/action.md', 'utf8');
    for (const name of [...Object.keys(action.inputs), ...Object.keys(action.outputs)])
      expect([name, reference.includes(`| \`${name}\` |`)]).toEqual([name, true]);
    expect(readFileSync('README.md', 'utf8')).toContain('](docs/action.md)');
  });

  it('writes its default reports to names this repository ignores, so a local run leaves git clean', () => {
    const ignored = readFileSync('.gitignore', 'utf8').split('\n');
    const sarif = action.inputs['sarif-file']?.default ?? '';
    expect(sarif).toBe('ses-credential-hygiene.sarif');
    expect(ignored).toContain('*.sarif');
    // The JSON report's default is the SARIF file's name with .json (inputs.ts).
    expect(ignored).toContain(sarif.replace(/\.sarif$/, '.json'));
  });
});
