import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { execFileSync } from 'node:child_process';
import { cacheFileFor, decodeCache, encodeCache, plainData, settingsDigest } from '../../src/scan/cache.js';
import { defaultConfig } from '../../src/config/config.js';
import { scanOutputs } from '../helpers/scan-outputs.js';
import { emptyIam } from '../../src/model/iam.js';
import { variableKey } from '../../src/formats/terraform/variable-types.js';
import { seeded } from '../helpers/seeded.js';

let scratch: string;
beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'sch-cache-tf-'));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const report = scanOutputs;

function write(root: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
}

const digest = () =>
  settingsDigest({
    nameRules: defaultConfig().nameRules,
    maxFileBytes: defaultConfig().maxFileBytes,
    limits: defaultConfig().limits,
  });

/** An entry's value as the cache wrote it: JSON (a parse result JSON gives back exactly) or `node:v8`'s serialization. */
function storedValue(bytes: Uint8Array): unknown {
  return bytes[0] === 0x7b ? JSON.parse(Buffer.from(bytes).toString('utf8')) : deserialize(bytes);
}

/** Rewrites the cache's Terraform join entry (the one holding `files` and `facts`) as an attacker could: the format is public. */
function forgeJoin(
  cacheDir: string,
  root: string,
  forge: (real: { files: string[]; facts: unknown }) => unknown,
): void {
  const file = cacheFileFor(cacheDir, root);
  const decoded = decodeCache(readFileSync(file), digest());
  if (!('entries' in decoded)) throw new Error(decoded.reason);
  let found = 0;
  const entries = [...decoded.entries].map(([key, bytes]): [string, Uint8Array] => {
    const value: unknown = storedValue(bytes);
    if (typeof value !== 'object' || value === null || !('facts' in value) || !('files' in value)) return [key, bytes];
    found += 1;
    return [key, serialize(forge(value as { files: string[]; facts: unknown }))];
  });
  expect(found).toBe(1);
  writeFileSync(file, encodeCache({ settings: digest(), entries }));
}

const mainTf = [
  'resource "aws_iam_user" "mailer" {',
  '  name = "mailer"',
  '}',
  'resource "aws_iam_access_key" "mailer" {',
  '  user = aws_iam_user.mailer.name',
  '}',
  '',
].join('\n');

describe('a forged Terraform join entry (checksum, key and plain-data checks all pass)', () => {
  let root: string;
  let cacheDir: string;
  let cold: Awaited<ReturnType<typeof report>>;
  beforeAll(async () => {
    root = join(scratch, 'forged');
    cacheDir = join(scratch, 'forged-cache');
    write(root, {
      'infra/main.tf': mainTf,
      'app/.env': 'SMTP_PASSWORD=${AWS_SECRET_ACCESS_KEY}\n',
    });
    cold = await report(root, undefined);
    expect(cold.output.json).toContain('"file": "app/.env"');
  });

  /** Seeds the cache, forges the join entry, and scans warm: every Terraform file is a hit, so the forged join is used. */
  async function warmWith(forge: (real: { files: string[]; facts: unknown }) => unknown) {
    rmSync(cacheDir, { recursive: true, force: true });
    await report(root, cacheDir);
    forgeJoin(cacheDir, root, forge);
    return report(root, cacheDir);
  }

  it('cannot hide a finding of a file that is no Terraform file (`files` names app/.env)', async () => {
    const warm = await warmWith((real) => ({
      files: [...real.files, 'app/.env'],
      facts: {
        ...(real.facts as object),
        nonCredentialVariables: new Set([variableKey('app', 'AWS_SECRET_ACCESS_KEY')]),
      },
    }));
    expect(warm.output.json).toContain('"file": "app/.env"');
    expect(warm.output).toEqual(cold.output);
  });

  it('cannot add findings to a file that is no Terraform file (an exposure in app/.env)', async () => {
    const span = { startLine: 1, startColumn: 1, endLine: 1, endColumn: 5 };
    const warm = await warmWith((real) => {
      const facts = real.facts as { iam: ReturnType<typeof emptyIam> };
      return {
        ...real,
        facts: {
          ...facts,
          iam: {
            ...facts.iam,
            exposures: [
              {
                file: 'app/.env',
                span,
                kind: 'secret-access-key',
                channel: 'terraform-output',
                what: 'output "x"',
                nonsensitive: true,
                accessKeyKey: 'infra::aws_iam_access_key.mailer',
              },
            ],
          },
        },
      };
    });
    expect(warm.output).toEqual(cold.output);
  });

  it.each([
    [
      'a flow that is an empty object',
      (real: { files: string[]; facts: unknown }) => ({
        ...real,
        facts: { ...(real.facts as object), flows: [{}] },
      }),
    ],
    [
      'an IAM principal that is null',
      (real: { files: string[]; facts: unknown }) => ({
        ...real,
        facts: {
          ...(real.facts as object),
          iam: { ...(real.facts as { iam: object }).iam, principals: [null] },
        },
      }),
    ],
    // Plain data allows a BigInt: an exposure of the Terraform file itself, whose line is one.
    [
      'an exposure whose line is a BigInt',
      (real: { files: string[]; facts: unknown }) => ({
        ...real,
        facts: {
          ...(real.facts as object),
          iam: {
            ...(real.facts as { iam: object }).iam,
            exposures: [
              {
                file: 'infra/main.tf',
                span: { startLine: 1n, startColumn: 1, endLine: 1, endColumn: 5 },
                kind: 'secret-access-key',
                channel: 'terraform-output',
                what: 'output "x"',
                nonsensitive: true,
                accessKeyKey: 'infra::aws_iam_access_key.mailer',
              },
            ],
          },
        },
      }),
    ],
  ])('is ignored, not a crash of the scan: %s', async (name, forge) => {
    const warm = await warmWith(forge);
    expect(warm.output).toEqual(cold.output);
    // A BigInt is no plain data, so the entry is not used; the others make the join or a rule throw, and the
    // files taken from the cache are parsed again.
    const failed = 'the scan failed on what the cache held: parsed its 2 files again';
    if (name.includes('BigInt')) expect(warm.notes).not.toContain(failed);
    else expect(warm.notes).toContain(failed);
    // The cache was written anew: the next scan takes everything from it, and fails on nothing.
    const again = await report(root, cacheDir);
    expect(again.use).toMatchObject({ hits: 2, misses: 0, rejoined: 0 });
    expect(again.notes).not.toContain(failed);
    expect(again.output).toEqual(cold.output);
  });

  it('is checked file by file: a join naming a file of the group passes, one naming another file does not', async () => {
    const warm = await warmWith((real) => real);
    expect(warm.use).toMatchObject({ hits: 2, misses: 0 });
    expect(warm.notes.some((note) => note.startsWith('ignored'))).toBe(false);
    const forged = await warmWith((real) => ({ ...real, files: [...real.files, 'infra/other.tf'] }));
    expect(forged.use).toMatchObject({ hits: 1, rejoined: 1 });
    expect(forged.notes).toContain('ignored 1 cache entry that did not match their file');
  });
});

describe('plain data in the cache', () => {
  it('has no BigInt, at any depth', () => {
    expect(plainData({ span: { startLine: 1 } }, { left: 100 })).toBe(true);
    expect(plainData(1n, { left: 100 })).toBe(false);
    expect(plainData({ list: [new Map([['k', { line: 1n }]])] }, { left: 100 })).toBe(false);
  });
});

function listTf(root: string, under = ''): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(join(root, under), { withFileTypes: true })) {
    const path = under ? `${under}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...listTf(root, path));
    else if (/\.(?:tf|tfvars|tf\.json|tfvars\.json)$/.test(entry.name)) out.push(path);
  }
  return out.sort();
}

const regions = ['us-east-1', 'eu-west-1', 'eu-central-1', 'ap-southeast-2'];

/** One random change to the Terraform of `root`: an edit, a move to another module folder, a deletion, a .tfvars value, a module source. */
function change(root: string, random: () => number): string {
  const files = listTf(root);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const file = pick(files);
  const folders = [...new Set(files.map((path) => dirname(path)))];
  switch (Math.floor(random() * 6)) {
    case 0: {
      const lines = readFileSync(join(root, file), 'utf8').split('\n');
      lines.splice(Math.floor(random() * lines.length), 0, pick(lines));
      writeFileSync(join(root, file), lines.join('\n'));
      return `edit ${file}`;
    }
    case 1: {
      const to = `${pick(folders)}/moved-${Math.floor(random() * 1000)}.tf`;
      if (!file.endsWith('.tf')) return 'nothing';
      renameSync(join(root, file), join(root, to));
      return `move ${file} ${to}`;
    }
    case 2:
      rmSync(join(root, file));
      return `delete ${file}`;
    case 3: {
      const folder = pick(folders);
      writeFileSync(
        join(root, folder, 'terraform.tfvars'),
        `region = "${pick(regions)}"\naws_region = "${pick(regions)}"\n`,
      );
      return `tfvars ${folder}`;
    }
    case 4: {
      const withSource = files.filter((path) => /source\s*=\s*"\.\.?\//.test(readFileSync(join(root, path), 'utf8')));
      if (withSource.length === 0) return 'nothing';
      const caller = pick(withSource);
      const target = pick(folders);
      const up = dirname(caller)
        .split('/')
        .map(() => '..')
        .join('/');
      const text = readFileSync(join(root, caller), 'utf8').replace(
        /source(\s*)=(\s*)"\.\.?\/[^"]*"/,
        `source$1=$2"${up}/${target}"`,
      );
      writeFileSync(join(root, caller), text);
      return `source ${caller} -> ${target}`;
    }
    default: {
      const other = pick(files);
      const a = readFileSync(join(root, file));
      writeFileSync(join(root, file), readFileSync(join(root, other)));
      writeFileSync(join(root, other), a);
      return `swap ${file} ${other}`;
    }
  }
}

describe.each([false, true])(
  'a warm scan after random Terraform changes across module folders (git work tree: %s)',
  (git) => {
    it('gives the cold scan byte for byte after every change', async () => {
      const root = join(scratch, `random-${git}`);
      const cacheDir = join(scratch, `random-${git}-cache`);
      // A third of the Terraform cases (modules, .tfvars, outputs across folders) and the examples' infrastructure.
      const cases = readdirSync('__tests__/real-world/cases').filter((name) => name.startsWith('tf-'));
      for (const name of cases.filter((_, at) => at % 3 === 0))
        cpSync(join('__tests__/real-world/cases', name), join(root, name), { recursive: true });
      cpSync('examples/infra', join(root, 'examples/infra'), { recursive: true });
      const random = seeded(git ? 1 : 8313);
      // In a git work tree, unchanged tracked files are keyed by their blobs; the index is brought up to date every other step.
      const stage = () => {
        execFileSync('git', git ? ['add', '-A'] : ['--version'], { cwd: root });
      };
      if (git) execFileSync('git', ['init', '-q'], { cwd: root });
      stage();
      await report(root, cacheDir);
      const steps: string[] = [];
      let differed = 0;
      const seen = new Set<string>();
      for (let step = 0; step < 10; step++) {
        const changes = 1 + Math.floor(random() * 3);
        for (let one = 0; one < changes; one++) steps.push(change(root, random));
        if (step % 2 === 1) stage();
        const cold = await report(root, undefined);
        seen.add(cold.output.json);
        const warm = await report(root, cacheDir);
        if (JSON.stringify(warm.output) !== JSON.stringify(cold.output)) differed += 1;
        expect({ steps, output: warm.output }).toEqual({ steps, output: cold.output });
        // And once more, every Terraform file a hit.
        const again = await report(root, cacheDir);
        expect(again.output).toEqual(cold.output);
        expect(again.use).toMatchObject({ misses: 0, rejoined: 0 });
        // Just staged: the files are known by their blobs.
        if (git && step % 2 === 1) expect(again.use?.fromIndex).toBeGreaterThan(0);
      }
      expect(differed).toBe(0);
      // The changes changed what a scan shows, or the comparison would prove nothing of stale joins.
      expect(seen.size).toBeGreaterThan(5);
      expect(steps.filter((one) => one !== 'nothing').length).toBeGreaterThan(10);
    }, 600_000);
  },
);

describe('a forged Terraform file entry (checksum, key and plain-data checks all pass)', () => {
  it('cannot say the provider region of another module folder (hides a region mismatch in b/main.tf)', async () => {
    const root = join(scratch, 'forged-regions');
    const cacheDir = join(scratch, 'forged-regions-cache');
    write(root, {
      'a/main.tf': 'variable "x" {}\n',
      'b/main.tf': [
        'provider "aws" {',
        '  region = "us-east-1"',
        '}',
        mainTf,
        'resource "kubernetes_secret" "smtp" {',
        '  data = {',
        '    SMTP_HOST     = "email-smtp.eu-west-1.amazonaws.com"',
        '    SMTP_PASSWORD = aws_iam_access_key.mailer.ses_smtp_password_v4',
        '  }',
        '}',
        '',
      ].join('\n'),
    });
    const cold = await report(root, undefined);
    expect(cold.output.json).toContain('"ruleId": "smtp-region-mismatch"');
    await report(root, cacheDir);
    // The entry of a/main.tf says b's provider is in the endpoint's region.
    const file = cacheFileFor(cacheDir, root);
    const decoded = decodeCache(readFileSync(file), digest());
    if (!('entries' in decoded)) throw new Error(decoded.reason);
    let found = 0;
    const entries = [...decoded.entries].map(([key, bytes]): [string, Uint8Array] => {
      const value = storedValue(bytes) as { path?: string; model?: { formatFacts?: { terraform?: object } } };
      const facts = value?.model?.formatFacts;
      if (value?.path !== 'a/main.tf' || !facts?.terraform) return [key, bytes];
      found += 1;
      facts.terraform = { ...facts.terraform, providerRegions: [{ scope: 'b', region: 'eu-west-1' }] };
      return [key, serialize(value)];
    });
    expect(found).toBe(1);
    writeFileSync(file, encodeCache({ settings: digest(), entries }));
    const warm = await report(root, cacheDir);
    // The entry of a/main.tf is ignored: it is parsed, and b/main.tf with it (the configuration is read whole).
    expect(warm.use).toMatchObject({ hits: 0, misses: 1, rejoined: 1 });
    expect(warm.notes).toContain('ignored 1 cache entry that did not match their file');
    expect(warm.output).toEqual(cold.output);
  });
});
