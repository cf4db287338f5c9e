import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { scratchWorkspaces } from '../helpers/workspaces.js';
import { runBundle } from './bundle.js';

/**
 * Issue 21's Terraform attacks against the bundle, as the runner runs it: escapes, checkout names that
 * held the evaluator's separator, and expression floods. Times are `npm run bench:hostile`'s, never asserted.
 */
const { workspace, scratch } = scratchWorkspaces('sch-terraform-attacks-');

interface SarifResult {
  ruleId: string;
  level: string;
  locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }>;
}

async function scan(name: string, files: Record<string, string>) {
  const sarif = join(scratch(), `${name}.sarif`);
  const run = await runBundle({ workspace: workspace(name, files), inputs: { 'sarif-file': sarif } });
  const results = JSON.parse(readFileSync(sarif, 'utf8')).runs[0].results as SarifResult[];
  const places = (ruleId: string) =>
    results
      .filter((result) => result.ruleId === ruleId)
      .map((result) => {
        const location = result.locations[0]?.physicalLocation;
        return `${decodeURIComponent(location?.artifactLocation.uri ?? '')}:${location?.region.startLine}`;
      })
      .sort();
  return { run, results, places };
}

describe('issue 21, attack 2: HCL escapes', () => {
  it('a provider key pair written with \\u escapes fails the step at the escaped literals', async () => {
    const key = `\\u0041KIA${'Q2R3S4T5'}${'U6V7AAAA'}`;
    const secret = `wJ8rkTz9Qp\\u002f${'LmN4vB6xC1yD3eF5'}${'gH7iJ0kL2mN4o'}`;
    const { run, places } = await scan('escapes', {
      'infra/main.tf': `provider "aws" {\n  region     = "eu-west-1"\n  access_key = "${key}"\n  secret_key = "${secret}"\n}\n`,
    });
    expect(run.status).toBe(1);
    expect(places('hardcoded-access-key')).toEqual(['infra/main.tf:3', 'infra/main.tf:4']);
    // The decoded key is never written out.
    expect(run.stdout + run.summary).not.toContain(`AKIA${'Q2R3S4T5'}`);
  });
});

describe('issue 21, attack 9: a folder name holding the evaluator separator', () => {
  /** A module whose output exposes an access key's secret through a local. */
  const moduleAt = (folder: string): Record<string, string> => ({
    [`${folder}/main.tf`]:
      'resource "aws_iam_user" "smtp" {\n  name = "mailer"\n}\n' +
      'resource "aws_iam_access_key" "smtp" {\n  user = aws_iam_user.smtp.name\n}\n' +
      'locals {\n  credentials = { secret = aws_iam_access_key.smtp.secret }\n}\n',
    [`${folder}/outputs.tf`]: 'output "secret" {\n  value = local.credentials.secret\n}\n',
  });

  it('a module in m|n exposes its secret through a local as the same module in mn does', async () => {
    const plain = await scan('plain-folder', moduleAt('mn'));
    const cut = await scan('separator-folder', moduleAt('m|n'));
    expect(plain.places('credential-exposed-in-output')).toEqual(['mn/outputs.tf:2']);
    expect(cut.places('credential-exposed-in-output')).toEqual(['m|n/outputs.tf:2']);
  });
});

describe('issue 21, attack 4: expression floods', () => {
  it('four 250 KB files of nested expressions are each read as text only, with a note naming the budget', async () => {
    const size = 250_000;
    const floods = {
      'unary.tf': `a = ${'!'.repeat(size)}true\n`,
      'conditionals.tf': `a = ${'x ? y : '.repeat(size / 8)}z\n`,
      'parentheses.tf': `a = ${'('.repeat(size / 2)}1${')'.repeat(size / 2)}\n`,
      'sum.tf': `a = ${'1+'.repeat(size / 2)}1\n`,
    };
    const sarif = join(scratch(), 'floods.sarif');
    const run = await runBundle({
      workspace: workspace('floods', floods),
      inputs: { 'sarif-file': sarif, 'fail-on': 'never' },
    });
    expect(run.status).toBe(0);
    for (const file of Object.keys(floods))
      expect(run.stdout).toMatch(
        new RegExp(
          `${file.replace('.', '\\.')}.*skipped: (?:an expression nested more than 4096 levels deep|more than 250000 items)`,
        ),
      );
  });
});
