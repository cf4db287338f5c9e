import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/cli.js';
import { scan } from '../../src/scan/scan.js';
import { planFixes, unifiedDiff, type FixPlan } from '../../src/scan/fix-plan.js';
import { findingWithFix, oneEdit } from '../helpers/fixes.js';
import { applyFixPlan } from '../../src/scan/fix-apply.js';
import { matchesGolden } from '../helpers/golden.js';
import { expectNoPlantedSecret, plantedSecrets } from '../helpers/secrets.js';

const run = runCli;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sch-fix-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A fresh copy of examples/ to fix. */
function examplesCopy(name: string): string {
  const copy = join(dir, name);
  cpSync('examples', copy, { recursive: true });
  return copy;
}

const outputs = 'infra/terraform/ses-smtp/outputs.tf';
const main_tf = 'infra/terraform/ses-smtp/main.tf';

/** A scan of the folder, its fix plan and the texts it was made from. */
async function planOf(root: string): Promise<FixPlan> {
  let texts: ReadonlyMap<string, string> = new Map();
  const result = await scan({ root, threads: 'never', texts: (scanned) => (texts = scanned) });
  return planFixes(result.findings, texts);
}

describe('--fix', () => {
  it('--dry-run prints the unified diff of the fixes of examples/ and changes nothing', async () => {
    const root = examplesCopy('dry');
    const before = readFileSync(join(root, outputs), 'utf8');
    const { status, stdout, stderr } = await run([root, '--fix', '--dry-run']);
    expect(status).toBe(0);
    const { expected, actual } = matchesGolden('__tests__/cli/golden/fix-dry-run.diff', stdout);
    expect(actual).toBe(expected);
    expect(stderr).toMatch(/--dry-run: 4 file\(s\) would change; nothing was written/);
    expect(readFileSync(join(root, outputs), 'utf8')).toBe(before);
  });

  it('applies the fixes, says which file and why, and reports what remains', async () => {
    const root = examplesCopy('apply');
    const first = await run([root, '--fix', '--format', 'compact']);
    expect(first.stderr).toContain(`fixed ${main_tf}: make the parameter a \`SecureString\``);
    expect(first.stderr).toMatch(/fixed \.github\/workflows\/good-practice\.yml: pass only the secrets/);
    expect(first.stderr).toContain(
      `fixed ${outputs}: remove \`nonsensitive(…)\` and mark the output \`sensitive = true\``,
    );
    expect(readFileSync(join(root, outputs), 'utf8')).toContain(
      'output "smtp_password" {\n  value = aws_iam_access_key.smtp.ses_smtp_password_v4\n  sensitive = true\n}\n',
    );
    // The re-scan: no finding with an applicable fix is left, the others remain and decide the exit.
    expect(first.stdout).not.toMatch(/credential-exposed-in-output.*(terraform|SSM)/i);
    expect(first.stdout).not.toMatch(/overbroad-secrets-access/);
    expect(first.stdout).toMatch(/root-credentials/);
    expect(first.status).toBe(1);
    // A second run finds nothing to fix: the fixes applied twice change nothing.
    const second = await run([root, '--fix', '--format', 'compact']);
    expect(second.stderr).toContain('fixed 0 file(s)');
    expect(second.stdout).toBe(first.stdout);
  });

  it('--dry-run never prints a credential from the lines around or in a change', async () => {
    const root = examplesCopy('dry-secret');
    const { keyId, secretKey, smtpV4 } = plantedSecrets();
    const text = readFileSync(join(root, outputs), 'utf8');
    // A key ID and a secret key on the context lines, and one on the changed line itself.
    const planted = text
      .replace('output "smtp_password" {', `# old key ${keyId} ${secretKey}\noutput "smtp_password" {`)
      .replace('ses_smtp_password_v4)', `ses_smtp_password_v4) # was ${smtpV4}`);
    writeFileSync(join(root, outputs), planted);
    const { status, stdout, stderr } = await run([root, '--fix', '--dry-run']);
    expect(status).toBe(0);
    // The fix is still in the diff (so the check below means something), its key redacted.
    expect(stdout).toContain('+  sensitive = true');
    // Masked where the scan found the literal (`AKIA****`), redacted by the scrubber anywhere else (`AKIA…`).
    expect(stdout).toMatch(/# old key AKIA(…|\*{16}) /);
    expectNoPlantedSecret('--dry-run stdout', stdout);
    expectNoPlantedSecret('--dry-run stderr', stderr);
  });

  it('--dry-run never prints a literal the scan found as a credential, though no scrubber knows its shape', async () => {
    const root = examplesCopy('dry-password');
    const digest = join(root, '.github/workflows/digest.yml');
    // Beside the `secrets: inherit` the fix replaces: a console password of no credential shape.
    const consolePassword = `c0rrect-h0rse!${'Battery'}`;
    writeFileSync(
      digest,
      readFileSync(digest, 'utf8').replace(
        '  archive:\n',
        `      - run: ./mail.sh\n        env:\n          OPS_CONSOLE_PASSWORD: ${consolePassword}\n  archive:\n`,
      ),
    );
    const report = await run([root, '--format', 'json']);
    const names = (JSON.parse(report.stdout) as { findings: Array<{ credential?: { name: string } }> }).findings.map(
      (finding) => finding.credential?.name,
    );
    // The scan found it as a literal (and shows it redacted), so the diff must not show it whole.
    expect(names).toContain('c0rr…');
    const { stdout } = await run([root, '--fix', '--dry-run']);
    expect(stdout).toContain('+    secrets:');
    expect(stdout).toContain('OPS_CONSOLE_PASSWORD: c0rr');
    expect(stdout).not.toContain(consolePassword);
    expect(stdout).not.toContain(consolePassword.slice(-7));
  });

  it('prints a file name from the checkout with its control characters replaced, in the lines and the diff', async () => {
    const root = examplesCopy('control');
    // A name that would clear the screen, return the cursor and start a forged line of its own.
    const hostile = 'infra/terraform/ses-smtp/out\u001b[2J\rputs\n+++ forged\u0007.tf';
    renameSync(join(root, outputs), join(root, hostile));
    // And a line beside the change that would set the terminal's title.
    const text = readFileSync(join(root, hostile), 'utf8');
    writeFileSync(
      join(root, hostile),
      text.replace('output "smtp_password" {', '# \u001b]0;pwned\u0007\noutput "smtp_password" {'),
    );
    const dry = await run([root, '--fix', '--dry-run']);
    const applied = await run([root, '--fix', '--format', 'compact']);
    // The file was fixed (so the checks below mean something).
    expect(readFileSync(join(root, hostile), 'utf8')).toContain('sensitive = true\n}');
    for (const text of [dry.stdout, dry.stderr, applied.stderr, applied.stdout]) {
      expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
      expect(text).not.toMatch(/^\+\+\+ forged/m);
    }
    expect(dry.stdout).toContain('--- a/infra/terraform/ses-smtp/out?[2J?puts +++ forged?.tf\n');
    expect(dry.stdout).toContain('\n # ?]0;pwned?\n');
    expect(applied.stderr).toContain('fixed infra/terraform/ses-smtp/out?[2J?puts +++ forged?.tf: remove');
  });

  it('refuses --dry-run alone and --fix with --write-baseline', async () => {
    expect((await run(['examples', '--dry-run'])).status).toBe(2);
    expect((await run(['examples', '--fix', '--write-baseline', join(dir, 'b.json')])).status).toBe(2);
  });
});

describe('the diff of a plan', () => {
  it('masks the literals the findings name, and scrubs credential shapes it was not told of', () => {
    const { keyId, secretKey } = plantedSecrets();
    const password = `Tr0ub4dor&${'3xyzzy'}`;
    const text = `a = "${password}"\nb = 1\nc = "${keyId}" # ${secretKey}\n`;
    const fix = findingWithFix(oneEdit('x.tf', 2, 'b = 1', 'b = 2', 'x', 1));
    // The password's finding names it by its redaction, as every rule does; the key has no finding.
    const literal = {
      ...findingWithFix(undefined, 'x.tf'),
      span: { startLine: 1, startColumn: 5, endLine: 1, endColumn: 5 + password.length + 2 },
      credential: { name: 'Tr0u…' },
    };
    const [file] = planFixes([fix], new Map([['x.tf', text]]), [fix, literal]).files;
    const diff = unifiedDiff(file!);
    expect(diff).toContain(`\n a = "Tr0u${'*'.repeat(password.length - 3)}\n`);
    expect(diff).toContain('\n c = "AKIA…" # Leak…\n');
    expect(diff).toContain('\n-b = 1\n+b = 2\n');
    expectNoPlantedSecret('diff', diff);
    expect(diff).not.toContain(password.slice(4));
  });
});

describe('the applier', () => {
  it('refuses a file changed since it was scanned', async () => {
    const root = examplesCopy('changed');
    const plan = await planOf(root);
    const edited = `# edited meanwhile\n${readFileSync(join(root, outputs), 'utf8')}`;
    writeFileSync(join(root, outputs), edited);
    const outcome = applyFixPlan(root, plan);
    expect(outcome.refused).toEqual([{ file: outputs, reason: 'it changed since it was scanned' }]);
    expect(readFileSync(join(root, outputs), 'utf8')).toBe(edited);
    expect(outcome.written.map((one) => one.file)).toContain(main_tf);
    expect(outcome.written.map((one) => one.file)).not.toContain(outputs);
  });

  it('never writes through a link to a file or a folder', async () => {
    const root = examplesCopy('links');
    const all = await planOf(root);
    const plan = { ...all, files: all.files.filter((one) => one.file.startsWith('infra/terraform/ses-smtp/')) };
    // After the scan, the file becomes a link to a copy outside; its folder's sibling becomes a linked folder.
    const outside = join(dir, 'outside-outputs.tf');
    const outsideText = readFileSync(join(root, outputs), 'utf8');
    writeFileSync(outside, outsideText);
    rmSync(join(root, outputs));
    symlinkSync(outside, join(root, outputs));
    const outsideFolder = join(dir, 'outside-ses-smtp');
    cpSync(join(root, 'infra/terraform/ses-smtp'), outsideFolder, { recursive: true });
    rmSync(join(root, 'infra/terraform/ses-smtp'), { recursive: true });
    symlinkSync(outsideFolder, join(root, 'infra/terraform/ses-smtp'));
    const outcome = applyFixPlan(root, plan);
    expect(outcome.written).toEqual([]);
    expect(outcome.refused.map((one) => one.reason)).toEqual([
      expect.stringMatching(/ses-smtp is a symbolic link$/),
      expect.stringMatching(/ses-smtp is a symbolic link$/),
    ]);
    expect(readFileSync(outside, 'utf8')).toBe(outsideText);
    expect(readFileSync(join(outsideFolder, 'main.tf'), 'utf8')).toContain('type  = "String"');
  });

  it('never writes outside the scanned folder', async () => {
    const root = examplesCopy('outside');
    const plan = await planOf(root);
    const victim = join(dir, 'victim.tf');
    const [fix] = plan.files;
    if (!fix) throw new Error('examples/ should have a fix');
    writeFileSync(victim, fix.before);
    const moved = { ...plan, files: [{ ...fix, file: '../victim.tf' }] };
    const outcome = applyFixPlan(root, moved);
    expect(outcome.refused).toEqual([{ file: '../victim.tf', reason: 'it is outside the scanned folder' }]);
    expect(readFileSync(victim, 'utf8')).toBe(fix.before);
  });

  it('keeps a byte-order mark and refuses a UTF-16 file', async () => {
    const root = examplesCopy('encodings');
    const text = readFileSync(join(root, outputs), 'utf8');
    writeFileSync(join(root, outputs), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]));
    const outcome = applyFixPlan(root, await planOf(root));
    expect(outcome.written.map((one) => one.file)).toContain(outputs);
    expect([...readFileSync(join(root, outputs)).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    renameSync(join(root, outputs), join(root, 'kept.tf'));
    writeFileSync(join(root, outputs), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const utf16 = applyFixPlan(root, await planOf(root));
    expect(utf16.refused).toContainEqual({ file: outputs, reason: 'it is not plain UTF-8 text' });
  });
});
