import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultConfig } from '../../src/config/config.js';
import { walk } from '../../src/discovery/walk.js';
import { adapterFor } from '../../src/formats/index.js';
import { terraformAdapter } from '../../src/formats/terraform.js';
import { isHclLoaded } from '../../src/formats/terraform/hcl.js';
import { readAndParse, parseText } from '../../src/scan/parse-files.js';

// This file's module registry is its own: tree-sitter starts unloaded here, whatever other test files load.
let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'sch-parse-files-'));
  mkdirSync(join(root, 'infra'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const settings = () => {
  const config = defaultConfig();
  return { nameRules: config.nameRules, maxFileBytes: config.maxFileBytes, limits: config.limits };
};
const candidates = () =>
  walk(root, { wanted: (path) => adapterFor(path) !== undefined, excluded: () => false }).candidates;

const plain = `resource "aws_iam_access_key" "smtp" {\n  user = "smtp"\n}\n\noutput "smtp_password" {\n  value = aws_iam_access_key.smtp.ses_smtp_password_v4\n}\n`;
// A template directive: the fast HCL reader declines it, so tree-sitter reads the file.
const withDirective = `locals {\n  names = "%{for user in var.users}\${user.name} %{endfor}"\n  aws_secret_access_key = "${'Zq8vR2mT5xW9yB3nK7pL'}1cF4hJ6dS0gA/uE+oI2r"\n}\n`;

describe('readAndParse and the parsers it loads', () => {
  it('never loads tree-sitter while the fast HCL reader reads every Terraform file', async () => {
    writeFileSync(join(root, 'infra/main.tf'), plain);
    const [parsed] = await readAndParse(candidates(), settings());
    expect(isHclLoaded()).toBe(false);
    expect(parsed?.problems).toEqual([]);
    expect(parsed?.model?.format).toBe('terraform');
  });

  it('reads a file as text only, with a note, where a caller parses it without loading (parseText)', () => {
    const text = parseText('infra/for.tf', withDirective, settings());
    expect(isHclLoaded()).toBe(false);
    expect(text.model?.problems.map((problem) => problem.message)).toEqual([
      expect.stringMatching(
        /^could not be read as Terraform configuration and variables: the HCL parser is not loaded; read as text only/,
      ),
    ]);
    // The raw-text layer under the parser still finds the secret key.
    expect(text.model?.references.map((reference) => reference.span.startLine)).toEqual([3]);
  });

  it('reads the files as text only, with a note, where the parser fails to load: the scan goes on', async () => {
    writeFileSync(join(root, 'infra/for.tf'), withDirective);
    const { prepare } = terraformAdapter;
    terraformAdapter.prepare = () => Promise.reject(new Error('no WebAssembly here'));
    try {
      const parsed = await readAndParse(candidates(), settings());
      expect(isHclLoaded()).toBe(false);
      expect(parsed.map((file) => file.path)).toEqual(['infra/for.tf', 'infra/main.tf']);
      expect(parsed[0]?.model?.problems.map((problem) => problem.message)).toEqual([
        expect.stringMatching(/: the HCL parser is not loaded; read as text only/),
      ]);
      // The raw-text layer still finds the secret key, and the file the fast reader reads is read in full.
      expect(parsed[0]?.model?.references.map((reference) => reference.span.startLine)).toEqual([3]);
      expect(parsed[1]?.model?.problems).toEqual([]);
    } finally {
      if (prepare) terraformAdapter.prepare = prepare;
    }
  });

  it('loads it once a file needs it, and parses that file again: as if it had been loaded from the start', async () => {
    writeFileSync(join(root, 'infra/for.tf'), withDirective);
    const parsed = await readAndParse(candidates(), settings());
    expect(isHclLoaded()).toBe(true);
    expect(parsed.map((file) => file.path)).toEqual(['infra/for.tf', 'infra/main.tf']);
    const again = parseText('infra/for.tf', withDirective, settings());
    expect(parsed[0]?.problems).toEqual([]);
    expect(JSON.stringify(parsed[0]?.model?.references)).toBe(JSON.stringify(again.model?.references));
    expect(parsed[0]?.model?.references.length).toBeGreaterThan(0);
  });
});
