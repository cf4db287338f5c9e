import { describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fake } from '../helpers/scan.js';
import { missesOf, readKnownMisses, summarizeMutants, target } from './mutant-report.js';
import {
  applyEdits,
  loadCase,
  mutantKinds,
  runMutant,
  runMutantOnDisk,
  type LoadedCase,
  type Mutant,
  type Outcome,
} from './mutant-scan.js';
import { generateMutants } from './mutants.js';
import { loadCases, type Case } from './score.js';

// Mutants written from each real-world case's model (see mutants.ts) must draw their rule at their line.
// The tool is held to known-mutant-misses.json: a new miss fails, and so does a listed miss that is now
// caught or no longer made (`npm run mutants -- --write-misses` records the list after a deliberate change).
const cases = loadCases();
const known = readKnownMisses();
const outcomes: Outcome[] = [];
const loadedCases: LoadedCase[] = [];

describe('mutants of the real-world corpus', () => {
  it.each(cases.map((testCase) => [testCase.slug, testCase] as const))('%s', async (_slug, testCase) => {
    const loaded = await loadCase(testCase);
    const own = generateMutants(loaded).map((mutant) => runMutant(loaded, mutant));
    if (own.length > 0) loadedCases.push(loaded);
    outcomes.push(...own);
    expect(missesOf(own).filter((id) => !known.includes(id))).toEqual([]);
  });

  it('lists no miss that is now caught or no longer made', () => {
    const missed = missesOf(outcomes);
    expect(known.filter((id) => !missed.includes(id))).toEqual([]);
  });

  it('makes the mutants the issue asks for, of every kind', () => {
    const summary = summarizeMutants(outcomes);
    expect(summary.generated).toBeGreaterThanOrEqual(target.generated);
    expect(summary.byKind.map((row) => row.kind)).toEqual([...mutantKinds]);
    expect(new Set(outcomes.map((outcome) => outcome.mutant.id)).size).toBe(outcomes.length);
  });

  it('gives the same verdict in memory as scan() on a copy of the case, for the first mutant of each kind', async () => {
    const firstOfKind = new Map<string, Mutant>();
    for (const { mutant } of outcomes) if (!firstOfKind.has(mutant.kind)) firstOfKind.set(mutant.kind, mutant);
    for (const mutant of firstOfKind.values()) {
      const loaded = loadedCases.find((candidate) => candidate.slug === mutant.slug);
      if (!loaded) throw new Error(`case ${mutant.slug} not loaded`);
      expect([mutant.id, await runMutantOnDisk(loaded, mutant)]).toEqual([mutant.id, runMutant(loaded, mutant).caught]);
    }
  });
});

/** A case written to a temporary folder, with nothing expected of it: the generator only reads its model. */
async function caseOf(files: Record<string, string>): Promise<{ loaded: LoadedCase; done: () => void }> {
  const root = mkdtempSync(join(tmpdir(), 'mutant-case-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  const testCase: Case = { slug: 'synthetic', filesRoot: root, kind: 'test', expected: [], clean: [] };
  return { loaded: await loadCase(testCase), done: () => rmSync(root, { recursive: true, force: true }) };
}

/** Each mutant as `kind line: the edited lines`, so a test reads what was written where. */
function written(loaded: LoadedCase, mutants: readonly Mutant[]): string[] {
  return mutants.map((mutant) => {
    const edited = [...mutant.edits].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
    const lines = edited.map((edit) => {
      const own = mutant.edits.filter((other) => other.file === edit.file);
      return applyEdits(loaded.text(edit.file), own).split('\n')[edit.line - 1]?.trim();
    });
    return `${mutant.kind} ${mutant.line}: ${lines.join(' | ')}`;
  });
}

const terraform = `resource "aws_iam_user" "smtp" {
  name = "ses-smtp"
}

resource "aws_iam_access_key" "smtp" {
  user = aws_iam_user.smtp.name
}

resource "helm_release" "app" {
  name = "app"
  values = [
    templatefile("values.yaml", {
      smtp_host     = "email-smtp.eu-west-1.amazonaws.com"
      smtp_user     = aws_iam_access_key.smtp.id
      smtp_password = aws_iam_access_key.smtp.ses_smtp_password_v4
    })
  ]
}

output "secret_access_key" {
  value     = aws_iam_access_key.smtp.secret
  sensitive = true
}

output "smtp_password" {
  value = aws_iam_access_key.smtp.secret
}
`;

describe('the generator', () => {
  it('writes each mistake at the position the model gives, the host in each form beside the raw secret', async () => {
    const { loaded, done } = await caseOf({ 'main.tf': terraform });
    try {
      const secret = 'smtp_password = aws_iam_access_key.smtp.secret';
      expect(written(loaded, generateMutants(loaded)).sort()).toEqual(
        [
          `host-bracket-port 15: smtp_host     = "[email-smtp.eu-west-1.amazonaws.com]:587" | ${secret}`,
          `host-port 15: smtp_host     = "email-smtp.eu-west-1.amazonaws.com:587" | ${secret}`,
          `host-region-data-source 15: smtp_host     = "email-smtp.\${data.aws_region.current.name}.amazonaws.com" | ${secret}`,
          `host-region-expression 15: smtp_host     = "email-smtp.\${local.ses_region}.amazonaws.com" | ${secret}`,
          `host-region-variable 15: smtp_host     = "email-smtp.\${var.region}.amazonaws.com" | ${secret}`,
          `host-smtp-url 15: smtp_host     = "smtp://email-smtp.eu-west-1.amazonaws.com:587" | ${secret}`,
          `host-smtps-url 15: smtp_host     = "smtps://email-smtp.eu-west-1.amazonaws.com:465" | ${secret}`,
          `secret-as-smtp-password 15: ${secret}`,
          'smtp-password-as-secret-key 21: value     = aws_iam_access_key.smtp.ses_smtp_password_v4',
          'user-name-as-smtp-username 14: smtp_user     = aws_iam_access_key.smtp.user',
          'user-name-as-smtp-username 14: smtp_user     = aws_iam_user.smtp.id',
          'user-name-as-smtp-username 14: smtp_user     = aws_iam_user.smtp.name',
        ].sort(),
      );
    } finally {
      done();
    }
  });

  it('leaves out a flow that is already wrong: a secret key in an output named for the SMTP password', async () => {
    const { loaded, done } = await caseOf({ 'main.tf': terraform });
    try {
      expect(generateMutants(loaded).filter((mutant) => mutant.line === 26)).toEqual([]);
    } finally {
      done();
    }
  });

  it('writes literals of the right shape and quotes a bracketed host that opens a YAML value', async () => {
    const compose = [
      'services:',
      '  relay:',
      '    image: postfix-relay',
      '    environment:',
      '      RELAY_HOST: email-smtp.eu-west-1.amazonaws.com',
      `      RELAY_USERNAME: ${fake.accessKeyId()}`,
      `      RELAY_PASSWORD: ${fake.smtpPasswordV4()}`,
      '',
    ].join('\n');
    const { loaded, done } = await caseOf({ 'docker-compose.yml': compose });
    try {
      const lines = written(loaded, generateMutants(loaded));
      expect(lines).toContain(`secret-as-smtp-password 7: RELAY_PASSWORD: ${fake.secretKey('m')}`);
      expect(lines).toContain('user-name-as-smtp-username 6: RELAY_USERNAME: ses-smtp-sender');
      expect(lines).toContain(
        `host-bracket-port 7: RELAY_HOST: "[email-smtp.eu-west-1.amazonaws.com]:587" | RELAY_PASSWORD: ${fake.secretKey('m')}`,
      );
    } finally {
      done();
    }
  });
});
