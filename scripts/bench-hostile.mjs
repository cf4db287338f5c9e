#!/usr/bin/env node
// Hostile inputs, timed: each case is a folder a pull request could contain, scanned by the bundled CLI.
// The tests check what each case yields; how long it takes is measured here, never asserted in a test.
// Usage: npm run bench:hostile [-- --runs 3] [-- --match 'Terraform']   (also printed at the end of npm run bench)
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { deserialize, serialize } from 'node:v8';

const cli = resolve(dirname(fileURLToPath(import.meta.url)), '../dist/cli.js');

// Credential-shaped values built at run time, so this file holds none.
const keyId = `AKIA${'QWER2345'}${'TYUZ6PLM'}`;
const secret = `wJ8r${'b'}Tz9Qp2LmN4vB6xC1yD3eF5gH7iJ0kL2mN4oP`.slice(0, 40);
const pair = `resource "aws_iam_access_key" "x" {\n  access_key = "${keyId}"\n  secret_key = "${secret}"\n}\n`;
const smtpUser = `resource "aws_iam_user" "u" {\n  name = "ses-smtp"\n}\nresource "aws_iam_access_key" "k" {\n  user = aws_iam_user.u.name\n}\n`;

/** Peak memory of a whole scan, every case: issue 21's bound (the scan's, not one file's). */
const defaultBoundMb = 512;

/**
 * Loaded before the CLI: prints the process's peak resident memory (worker threads included) as it
 * exits, so the bound is measured on the scan itself, not on this script.
 */
const rssProbe = `data:text/javascript,${encodeURIComponent(
  'process.on("exit", () => { const u = process.resourceUsage(); process.stderr.write(`\\n[peak-rss-kb] ${u.maxRSS} [cpu-ms] ${Math.round((u.userCPUTime + u.systemCPUTime) / 1000)}\\n`); });',
)}`;
const peakRss = /\n\[peak-rss-kb\] (\d+) \[cpu-ms\] (\d+)\n/;

/**
 * Each case: the files to write, extra CLI arguments, the most it may take (time, and peak memory when
 * not the default), and what the scan must say (so a case that got fast by reading nothing does not pass).
 */
/**
 * A parse cache of the scan's own files, rewritten: the cases below fill it with `--cache`, then hand its
 * decoded contents to `poison`, and re-seal it with a right checksum, as anyone who can write the cache
 * folder (or a restored Actions cache) could.
 */
const cacheMagic = Buffer.from('ses-credential-hygiene parse cache 2\n', 'utf8');
function rewriteCache(file, poison) {
  // The layout of src/scan/cache.ts: a JSON header line, then entries of a 32-byte key, a length and the value.
  const payload = readFileSync(file).subarray(cacheMagic.length + 32);
  const newline = payload.indexOf(0x0a);
  const header = JSON.parse(payload.toString('utf8', 0, newline));
  const entries = [];
  // An empty file's short entry (a NUL, its path and format) is kept as it is: there is nothing in it to poison.
  const short = [];
  for (let at = newline + 1, count = 0; count < header.entries; count++) {
    const length = payload.readUInt32BE(at + 32);
    const key = payload.toString('hex', at, at + 32);
    const value = payload.subarray(at + 36, at + 36 + length);
    if (value[0] === 0) short.push([key, value]);
    // A parse result JSON gives back exactly is written as JSON, anything else by `node:v8`.
    else entries.push([key, value[0] === 0x7b ? JSON.parse(value.toString('utf8')) : deserialize(value)]);
    at += 36 + length;
  }
  const poisoned = poison({ header, entries });
  const parts = [Buffer.from(`${JSON.stringify(poisoned.header)}\n`)];
  for (const [key, value] of [...poisoned.entries, ...short]) {
    const bytes = short.some(([shortKey]) => shortKey === key) ? value : patchSparse(serialize(value));
    const head = Buffer.alloc(36);
    head.write(key, 0, 32, 'hex');
    head.writeUInt32BE(bytes.length, 32);
    parts.push(head, bytes);
  }
  const written = Buffer.concat(parts);
  writeFileSync(file, Buffer.concat([cacheMagic, createHash('sha256').update(written).digest(), written]));
}
/** A sparse array of 2^32 - 2 holes: written small, then its length bytes patched (serializing one would take minutes). */
function patchSparse(payload) {
  const small = Buffer.from([0x61, ...varint(sparseMark), 0x40, 0x00, ...varint(sparseMark)]);
  for (let at = payload.indexOf(small); at >= 0; at = payload.indexOf(small)) {
    const huge = Buffer.from([0x61, ...varint(2 ** 32 - 2), 0x40, 0x00, ...varint(2 ** 32 - 2)]);
    payload = Buffer.concat([payload.subarray(0, at), huge, payload.subarray(at + small.length)]);
  }
  return payload;
}
const sparseMark = 1_234_567;
function sparse() {
  const holes = [];
  holes.length = sparseMark;
  return holes;
}
function varint(n) {
  const out = [];
  do {
    let byte = n % 128;
    n = Math.floor(n / 128);
    if (n > 0) byte |= 128;
    out.push(byte);
  } while (n > 0);
  return out;
}
/** Each entry's value given to the next entry's key: every entry claims another file's result. */
const rotated = (contents) => ({
  ...contents,
  entries: contents.entries.map(([key], index, all) => [key, all[(index + 1) % all.length][1]]),
});
const everyEntry = (change) => (contents) => ({
  ...contents,
  entries: contents.entries.map(([key, value]) => [key, change(value)]),
});
/** The files the cache cases scan: three a cache holds, each with something to find. */
const cachedFiles = {
  '.env': `AWS_ACCESS_KEY_ID=${keyId}\nAWS_SECRET_ACCESS_KEY=${secret}\n`,
  'deploy/k8s/secret.yaml': `apiVersion: v1\nkind: Secret\nmetadata:\n  name: s\nstringData:\n  AWS_ACCESS_KEY_ID: ${keyId}\n`,
  '.github/workflows/mail.yml': `on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    env:\n      SMTP_PASSWORD: \${{ secrets.AWS_SECRET_ACCESS_KEY }}\n    steps:\n      - run: ./send\n`,
};

/** The config and the finding of the two cases of an exclude glob of five stars in one segment. */
const fiveStarExclude = {
  args: ['--config', 'glob.yml'],
  extra: { 'glob.yml': `exclude: ['*a*a*a*a*b']\n` },
  boundMs: 2000,
  expect: /main\.tf:2:17 error hardcoded-access-key/,
};

const cases = [
  {
    name: 'a poisoned cache: every entry claims another file’s result',
    files: cachedFiles,
    cache: rotated,
    boundMs: 3000,
    expect: /cache: ignored 3 cache entries that did not match their file/,
  },
  {
    name: 'a poisoned cache: sparse arrays of 2^32 holes for problems (a huge allocation or minutes of iteration)',
    files: cachedFiles,
    cache: everyEntry((entry) => ({ ...entry, problems: sparse(), model: { ...entry.model, references: sparse() } })),
    boundMs: 3000,
    expect: /cache: ignored 3 cache entries that did not match their file/,
  },
  {
    name: 'a poisoned cache: a header that claims 2^32 entries',
    files: cachedFiles,
    cache: (contents) => ({ ...contents, header: { ...contents.header, entries: 2 ** 32 } }),
    boundMs: 3000,
    expect: /cache: ignored the cache file .*: it claims more entries than it has bytes/,
  },
  {
    name: 'a poisoned cache: `__proto__` and class-like payloads in every entry',
    files: cachedFiles,
    cache: everyEntry((entry) => ({
      ...entry,
      model: { ...entry.model, ...JSON.parse('{"__proto__": {"polluted": true}}'), when: new Date(0) },
    })),
    boundMs: 3000,
    expect: /cache: ignored 3 cache entries that did not match their file/,
  },
  {
    name: 'a truncated cache (half its bytes)',
    files: cachedFiles,
    truncate: true,
    boundMs: 3000,
    expect: /cache: ignored the cache file .*: its checksum does not match \(truncated or altered\)/,
  },
  {
    name: 'a .env line of 200 000 spaces before a key pair',
    files: { '.env': `A=x${' '.repeat(200_000)}y\nAWS_ACCESS_KEY_ID=${keyId}\nAWS_SECRET_ACCESS_KEY=${secret}\n` },
    boundMs: 5000,
    expect: /\.env:2:19 error /,
  },
  {
    name: 'a manifest of 200 000 blank lines before a key ID',
    files: {
      'deploy/k8s/secret.yaml': `${'\n'.repeat(200_000)}apiVersion: v1\nkind: Secret\nmetadata:\n  name: s\nstringData:\n  AWS_ACCESS_KEY_ID: ${keyId}\n`,
    },
    boundMs: 5000,
    expect: /secret\.yaml:200006:\d+ warning /,
    status: 0,
  },
  {
    name: '300 JSON manifests 900 folders deep (`k8s/k8s/…`, 3 600 characters): the manifest-folder test is linear in the path',
    files: Object.fromEntries(
      Array.from({ length: 300 }, (_, index) => [
        `${'k8s/'.repeat(900)}secret-${index}.json`,
        `{\n  "apiVersion": "v1",\n  "kind": "Secret",\n  "metadata": { "name": "s" },\n  "stringData": { "AWS_ACCESS_KEY_ID": "${index === 0 ? keyId : 'unset'}" }\n}\n`,
      ]),
    ),
    // The one pattern this replaced took 2.7 s here (quadratic: 7 ms a file); linear, 0.4 s.
    boundMs: 1500,
    expect: /secret-0\.json:5:\d+ warning /,
    status: 0,
  },
  {
    name: 'a 500 KB .env comment of 16 000 `ses-credential-hygiene: ignore[` with no `]` (the marker search is linear)',
    files: {
      '.env': `# ${'ses-credential-hygiene: ignore['.repeat(16_000)}\nAWS_ACCESS_KEY_ID=${keyId}\nAWS_SECRET_ACCESS_KEY=${secret}\n`,
    },
    // The one pattern this replaced ran to the comment's end from each opening: 4.6 s here (quadratic); 0.3 s.
    boundMs: 1500,
    expect: /\.env:2:19 error /,
  },
  {
    name: 'a workflow value chaining 4 000 SES SMTP hosts (`email-smtp.….amazonaws.com.email-smtp.…`, 140 KB)',
    files: {
      '.github/workflows/mail.yml': `on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    env:\n      SMTP_HOST: ${'email-smtp.us-east-1.amazonaws.com.'.repeat(4_000)}x\n      SMTP_PASSWORD: \${{ secrets.AWS_SECRET_ACCESS_KEY }}\n    steps:\n      - run: ./send\n`,
    },
    // Each host widened to the left over every host before it, then was classified again: 5.7 s here; 0.3 s.
    boundMs: 1500,
    expect: /mail\.yml:7:\d+ error /,
  },
  {
    name: 'a policy of two actions `iam:` and 13 `*` (IAM action matching is not a backtracking expression)',
    files: {
      'main.tf': `resource "aws_iam_user" "ci" {\n  name = "ci"\n}\nresource "aws_iam_user_policy" "u" {\n  user = aws_iam_user.ci.name\n  policy = jsonencode({\n    Version = "2012-10-17"\n    Statement = [{\n      Effect = "Allow"\n      Action = ["iam:${'*'.repeat(13)}x", "iam:${'*'.repeat(13)}y", "iam:Create*"]\n      Resource = "*"\n    }]\n  })\n}\n`,
    },
    // As `^iam:.*.*…x$`, each of the five minting actions backtracked through every split: 3.2 s here; 0.25 s.
    boundMs: 1500,
    expect: /main\.tf:\d+:\d+ warning credential-minting-permissions /,
    status: 0,
  },
  {
    name: 'four policies on a user ARN of 14 000 `:user/` then `*` (84 KB each)',
    files: Object.fromEntries(
      Array.from({ length: 4 }, (_, index) => [
        `policy-${index}.tf`,
        `resource "aws_iam_user" "ci" {\n  name = "ses-smtp"\n}\nresource "aws_iam_access_key" "k" {\n  user = aws_iam_user.ci.name\n}\nresource "aws_iam_user_policy" "u" {\n  user = aws_iam_user.ci.name\n  policy = jsonencode({\n    Version = "2012-10-17"\n    Statement = [{\n      Effect = "Allow"\n      Action = ["iam:CreateAccessKey", "ses:SendRawEmail"]\n      Resource = "arn:aws:iam::1${':user/'.repeat(14_000)}*"\n    }]\n  })\n}\n`,
      ]),
    ),
    // The user-name pattern ran to the ARN's end from each `:user/`: 5.1 s here (quadratic); 0.5 s.
    boundMs: 1500,
    expect: /policy-3\.tf:13:\d+ warning credential-minting-permissions /,
    status: 0,
  },
  {
    name: 'a module of eight .tf files, each 2 000 KMS ciphertexts and 2 000 outputs naming them (which output names which ciphertext)',
    files: Object.fromEntries(
      Array.from({ length: 8 }, (_, file) => [
        `kms-${file}.tf`,
        (file === 0 ? pair : '') +
          Array.from(
            { length: 2_000 },
            (_, index) =>
              `resource "aws_kms_ciphertext" "c${file}_${index}" {}\noutput "o${file}_${index}" { value = aws_kms_ciphertext.c${file}_${index}.ciphertext_blob }\n`,
          ).join(''),
      ]),
    ),
    // One expression a ciphertext, tried on every output of the module: quadratic, 9.2 s here; one pass, 1.7 s.
    boundMs: 5500,
    expect: /kms-0\.tf:3:\d+ error /,
  },
  {
    name: '9.8 MB of 4.9 million flow items (skipped before any parser)',
    files: {
      'deploy/k8s/secret.yaml': `apiVersion: v1\nkind: Secret\nmetadata:\n  name: s\nstringData:\n  x: [${'a,'.repeat(4_900_000)}a]\n`,
      '.env': `AWS_ACCESS_KEY_ID=${keyId}\nAWS_SECRET_ACCESS_KEY=${secret}\n`,
    },
    boundMs: 10000,
    expect: /skipped: more than 250000 items/,
  },
  {
    name: 'one .env of 60 000 key-ID lines (first 2 000 reported)',
    files: { '.env': `${Array.from({ length: 60_000 }, (_, i) => `AWS_ACCESS_KEY_ID_${i}=${keyId}`).join('\n')}\n` },
    args: ['--fail-on', 'warning'],
    boundMs: 10000,
    expect: /60000 credential values in one file/,
  },
  {
    name: '3 MB of `1+1+…` before a key pair (Terraform)',
    files: { 'main.tf': `a = ${'1+'.repeat(1_500_000)}1\n${pair}` },
    boundMs: 5000,
    expect: /main\.tf:3:17 error hardcoded-access-key/,
  },
  {
    name: '200 KB attribute chain `a.a.a…` before a key pair (Terraform)',
    files: { 'main.tf': `a = ${'a.'.repeat(100_000)}a\n${pair}` },
    boundMs: 5000,
    expect: /main\.tf:3:17 error hardcoded-access-key/,
  },
  {
    name: 'a 2 000-term expression and a 2 000-step chain of locals (Terraform)',
    files: {
      'main.tf': smtpUser,
      'deep.tf': `output "deep" {\n  value = ${Array.from({ length: 2000 }, (_, i) => `try(local.v${i}, `).join('')}aws_iam_access_key.k.secret${')'.repeat(2000)}\n}\n`,
      'chain.tf': `locals {\n${Array.from({ length: 2000 }, (_, i) => `  l${i} = [local.l${i + 1}, local.l${i + 1}]\n`).join('')}  l2000 = 1\n}\n`,
    },
    boundMs: 5000,
    expect: /deep\.tf:2:3 warning credential-exposed-in-output/,
    status: 0,
  },
  {
    name: '1 MB comment line of `[` (nesting prefilter, HCL)',
    files: { 'main.tf': `# ${'['.repeat(1_000_000)}\n${pair}` },
    boundMs: 2000,
    expect: /main\.tf:3:17 error hardcoded-access-key/,
  },
  {
    name: '600 KB line of `"# ` (comment finder, .env)',
    files: { '.env': `A=${'"# '.repeat(200_000)}\nAWS_SECRET_ACCESS_KEY=${secret}\n` },
    boundMs: 2000,
    expect: /\.env:2:23 \w+ /,
  },
  {
    name: '5 MB of 1 000-character lines, then a secret key (over max-file-size: chunked text pass)',
    files: { 'big.env': `${`${'z'.repeat(1000)}\n`.repeat(5000)}AWS_SECRET_ACCESS_KEY=${secret}\n` },
    args: ['--config', 'small-limit.yml'],
    extra: { 'small-limit.yml': 'max-file-size: 1MB\n' },
    boundMs: 5000,
    expect: /big\.env:5001:23 \w+ /,
  },
  // Issue 21's floods: one file each well under max-file-size, each bounded in time and in the scan's memory.
  {
    name: '880 KB workflow `run:` of `curl --user a:b ` repeated, then an SES smtps:// URL',
    files: {
      '.github/workflows/mail.yml': [
        'on: push',
        'jobs:',
        '  mail:',
        '    runs-on: ubuntu-latest',
        '    steps:',
        '      - run: |',
        `          ${'curl --user a:b '.repeat(55_000)}`,
        `          curl --url smtps://email-smtp.us-east-1.amazonaws.com:465 --user ${keyId}:${secret}`,
        '',
      ].join('\n'),
    },
    boundMs: 5000,
    boundMb: 512,
    // Each `a:b` is a wrong SMTP user name (a warning, 55 000 of them); the key pair's errors are counted.
    expect: /finding\(s\): 3 error\(s\)/,
  },
  {
    name: 'four 250 KB .tf files of `a = !!!…!true`, then a key pair (Terraform)',
    files: {
      ...Object.fromEntries(['a', 'b', 'c', 'd'].map((name) => [`${name}.tf`, `a = ${'!'.repeat(250_000)}true\n`])),
      'main.tf': pair,
    },
    boundMs: 5000,
    boundMb: 512,
    expect: /main\.tf:2:17 error hardcoded-access-key/,
  },
  {
    name: 'a 250 KB chain `x ? y : x ? y : …` before a key pair (Terraform)',
    files: { 'main.tf': `a = ${'x ? y : '.repeat(31_000)}z\n${pair}` },
    boundMs: 5000,
    boundMb: 512,
    expect: /main\.tf:3:17 error hardcoded-access-key/,
  },
  {
    name: 'YAML alias fan-out: 9 levels of 9 aliases each (9^9 nodes if expanded), then a key pair',
    files: {
      '.github/workflows/ci.yml': [
        'on: push',
        'x-fan:',
        '  l0: &l0 [a, a, a, a, a, a, a, a, a]',
        ...Array.from({ length: 8 }, (_, i) => `  l${i + 1}: &l${i + 1} [${Array(9).fill(`*l${i}`).join(', ')}]`),
        'jobs:',
        '  a:',
        '    runs-on: ubuntu-latest',
        '    env:',
        `      AWS_ACCESS_KEY_ID: ${keyId}`,
        `      AWS_SECRET_ACCESS_KEY: ${secret}`,
        '    steps:',
        '      - run: echo',
        '',
      ].join('\n'),
    },
    boundMs: 5000,
    boundMb: 512,
    expect: /ci\.yml:16:\d+ error /,
  },
  // The fast YAML reader's worst inputs (src/formats/shared/yaml-fast.ts): each must still be read whole.
  {
    name: 'YAML literal block scalar holding 200 000 blank lines, then a key ID (fast reader)',
    files: {
      'deploy/k8s/secret.yaml': `apiVersion: v1\nkind: Secret\nmetadata:\n  name: s\n  annotations:\n    note: |\n      x\n${'\n'.repeat(200_000)}      y\nstringData:\n  AWS_ACCESS_KEY_ID: ${keyId}\n`,
    },
    boundMs: 5000,
    // Read as YAML (its blank lines were once a stack overflow, and the file only read as text).
    expect: /^(?![\s\S]*could not be read)[\s\S]*secret\.yaml:200010:\d+ warning /,
    status: 0,
  },
  {
    name: 'YAML workflow: 5 MB of blank lines after a block scalar, then a key pair (fast reader)',
    files: {
      '.github/workflows/ci.yml': `on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: |\n          echo\n${'\n'.repeat(5_000_000)}    env:\n      AWS_ACCESS_KEY_ID: ${keyId}\n      AWS_SECRET_ACCESS_KEY: ${secret}\n`,
    },
    boundMs: 10000,
    boundMb: 512,
    expect: /ci\.yml:5000009:\d+ error /,
  },
  {
    name: 'YAML: an empty value, then 1 million comment lines of two indents, then a key ID (over max-nodes: read as text)',
    files: {
      'deploy/k8s/secret.yaml': `apiVersion: v1\nkind: Secret\nmetadata:\n  name:\n${'  #\n#\n'.repeat(500_000)}stringData:\n  AWS_ACCESS_KEY_ID: ${keyId}\n`,
    },
    boundMs: 10000,
    boundMb: 512,
    expect: /secret\.yaml:1000006:\d+ warning /,
    status: 0,
  },
  {
    // 8 MB of the lines neither reader merges (10 MB took 1 GB before comments counted against max-nodes).
    name: 'YAML: 8 MB of comment lines at two indents, then a key ID (counted against max-nodes: read as text)',
    files: {
      'deploy/k8s/secret.yaml': `apiVersion: v1\nkind: Secret\nmetadata:\n  name:\n${'  #\n#\n'.repeat(1_600_000)}stringData:\n  AWS_ACCESS_KEY_ID: ${keyId}\n`,
    },
    boundMs: 10000,
    boundMb: 512,
    expect: /secret\.yaml:3200006:\d+ warning /,
    status: 0,
  },
  {
    // The fast JSON reader (src/formats/shared/json-fast.ts) looks for a line's end once, not once per string.
    name: 'CloudFormation JSON minified on one 900 KB line of 100 000 strings, then a key ID (fast JSON reader)',
    files: {
      'infra/template.json': `{"AWSTemplateFormatVersion":"2010-09-09","Metadata":{"Notes":[${Array(100_000).fill('"note"').join(',')}]},"Resources":{"Fn":{"Type":"AWS::Lambda::Function","Properties":{"Environment":{"Variables":{"AWS_ACCESS_KEY_ID":"${keyId}"}}}}}}\n`,
    },
    boundMs: 5000,
    expect: /template\.json:1:\d+ /,
    status: 0,
  },
  {
    name: 'YAML plain value folded over 500 000 continuation lines, then a key ID (fast reader)',
    files: {
      'deploy/k8s/secret.yaml': `apiVersion: v1\nkind: Secret\nmetadata:\n  name: s\n  description: a\n${'    b c\n'.repeat(500_000)}stringData:\n  AWS_ACCESS_KEY_ID: ${keyId}\n`,
    },
    boundMs: 10000,
    expect: /secret\.yaml:500007:\d+ warning /,
    status: 0,
  },
  {
    name: 'eight 100 KB .tf files nested to the fast reader’s cap, comments inside, each declined by its last line (read fast, then by tree-sitter; the first file read twice, as it loads tree-sitter)',
    files: {
      ...Object.fromEntries(
        Array.from({ length: 8 }, (_, file) => [
          `deep${file}.tf`,
          `${`x = ${'[ # c\n'.repeat(4)}${'['.repeat(5)}1${']'.repeat(5)}${' /* d */ ]'.repeat(4)}\n`.repeat(1_600)}y = "%{ if a }b%{ endif }"\n`,
        ]),
      ),
      'main.tf': pair,
    },
    boundMs: 10000,
    boundMb: 512,
    expect: /main\.tf:2:17 error hardcoded-access-key/,
  },
  {
    name: 'YAML: 54 000 keys 90 levels deep, each closing all levels, read then parsed again (fast reader declines at the end)',
    files: {
      'deploy/k8s/secret.yaml': `apiVersion: v1\nkind: Secret\nstringData:\n  AWS_ACCESS_KEY_ID: ${keyId}\nx:\n${Array.from({ length: 600 }, () => Array.from({ length: 90 }, (_, level) => `${' '.repeat(level + 1)}k${level}:`).join('\n') + ' v\n').join('')}y: [a, {b: c}]\n`,
    },
    boundMs: 10000,
    expect: /secret\.yaml:4:\d+ warning /,
    status: 0,
  },
  {
    name: 'config size padded with 200 000 blanks',
    files: { 'a.env': `A=1\n` },
    args: ['--config', 'padded.yml'],
    extra: { 'padded.yml': `max-file-size: "1${' '.repeat(200_000)}x"\n` },
    boundMs: 2000,
    expect: /max-file-size/,
    status: 2,
  },
  {
    name: 'config file that is a link to /dev/zero',
    files: { 'a.env': `A=1\n` },
    args: ['--config', 'zero.yml'],
    link: { 'zero.yml': '/dev/zero' },
    boundMs: 2000,
    expect: /symbolic link|not a regular file/,
    status: 2,
  },
  {
    name: 'exclude glob of five stars in a segment, 50 files named with 200 a’s',
    files: {
      'main.tf': pair,
      ...Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`f${i}/${'a'.repeat(200)}.yml`, 'x: 1\n'])),
    },
    ...fiveStarExclude,
  },
  {
    name: 'exclude glob of five stars in a segment, 50 folders named with 200 a’s (the walk asks of a folder with a trailing slash)',
    files: {
      'main.tf': pair,
      ...Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`d${i}/${'a'.repeat(200)}/x.yml`, 'x: 1\n'])),
    },
    ...fiveStarExclude,
  },
  {
    name: '1 500 heredoc JSON policies in one 500 KB .tf file, then a key pair (each policy read without the lines above it)',
    files: {
      'main.tf': `${Array.from(
        { length: 1_500 },
        (_, i) =>
          `resource "aws_iam_user_policy" "p${i}" {\n  user   = aws_iam_user.u.name\n  policy = <<EOF\n{"Statement": [{"Effect": "Allow", "Action": ["ses:SendRawEmail"], "Resource": "\${aws_iam_user.u.arn}"}]}\nEOF\n}\n`,
      ).join('')}${pair}`,
    },
    boundMs: 5000,
    expect: /main\.tf:\d+:17 error hardcoded-access-key/,
  },
  {
    name: 'a config of 1 000 path ignores over 5 .env files of 2 000 key IDs each (each ignore tried once per file)',
    files: {
      ...Object.fromEntries(
        Array.from({ length: 5 }, (_, f) => [
          `k${f}.env`,
          `${Array.from({ length: 2_000 }, (_, i) => `AWS_ACCESS_KEY_ID_${i}=${keyId}`).join('\n')}\n`,
        ]),
      ),
      '.github/ses-credential-hygiene.yml': `ignore:\n${Array.from({ length: 1_000 }, (_, i) => `  - path: "none${i}/**"\n    rules: [hardcoded-access-key]\n`).join('')}  - k1.env\n`,
    },
    boundMs: 8000,
    // k1.env's findings are suppressed (an ignore matches it); the others' are all reported.
    expect: /k4\.env:2000:\d+ warning hardcoded-access-key[\s\S]*4000 suppressed/,
    status: 0,
  },
  {
    name: '8 000 jobs in 16 workflows calling one reusable workflow with `secrets: inherit` (one fix edit, offered 8 000 times, kept once)',
    files: {
      '.github/workflows/called.yml': `on:\n  workflow_call:\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: ./send\n        env:\n          SMTP_PASSWORD: \${{ secrets.SMTP_PASSWORD }}\n`,
      ...Object.fromEntries(
        Array.from({ length: 16 }, (_, f) => [
          `.github/workflows/c${f}.yml`,
          `on: push\njobs:\n${Array.from({ length: 500 }, (_, i) => `  j${i}:\n    uses: ./.github/workflows/called.yml\n    secrets: inherit\n`).join('')}`,
        ]),
      ),
    },
    boundMs: 6000,
    expect: /c15\.yml:1502:14 warning overbroad-secrets-access[\s\S]*8001 finding\(s\)/,
    status: 0,
  },
];

const median = (xs) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

function writeCase(root, testCase) {
  const target = join(root, 'repo');
  mkdirSync(join(target, '.github'), { recursive: true });
  for (const [name, text] of Object.entries(testCase.files)) {
    mkdirSync(dirname(join(target, name)), { recursive: true });
    writeFileSync(join(target, name), text);
  }
  for (const [name, text] of Object.entries(testCase.extra ?? {})) writeFileSync(join(root, name), text);
  for (const [name, to] of Object.entries(testCase.link ?? {})) symlinkSync(to, join(root, name));
  return target;
}

/** The compact report of a scan without a cache. */
function compact(target, args) {
  return spawnSync(process.execPath, [cli, target, '--no-color', '--format', 'compact', ...args], {
    encoding: 'utf8',
  }).stdout;
}

/** Fills the cache folder with a scan, then poisons or truncates its one file. */
function prepareCache(target, args, cacheDir, testCase) {
  rmSync(cacheDir, { recursive: true, force: true });
  spawnSync(process.execPath, [cli, target, '--format', 'compact', ...args, '--cache', cacheDir]);
  const file = join(
    cacheDir,
    readdirSync(cacheDir).find((name) => name.endsWith('.v8')),
  );
  if (testCase.cache) rewriteCache(file, testCase.cache);
  if (testCase.truncate) {
    const bytes = readFileSync(file);
    writeFileSync(file, bytes.subarray(0, Math.floor(bytes.length / 2)));
  }
}

/** Runs every case `runs` times; one row each: median milliseconds, the bound, and whether the output was right. */
export function runHostileCases(runs = 3, match = '') {
  const scratch = mkdtempSync(join(tmpdir(), 'ses-hostile-'));
  try {
    return cases
      .filter((testCase) => testCase.name.includes(match))
      .map((testCase, index) => {
        const root = join(scratch, String(index));
        mkdirSync(root);
        const target = writeCase(root, testCase);
        const args = (testCase.args ?? []).map((arg) => (arg.endsWith('.yml') ? join(root, arg) : arg));
        const times = [];
        const peaks = [];
        const cpu = [];
        let right = true;
        const cached = testCase.cache || testCase.truncate;
        const cacheDir = join(root, 'cache');
        // A cache case must give the cold scan's findings exactly: the poisoned entries are ignored, not believed.
        const cold = cached ? compact(target, args) : undefined;
        for (let run = 0; run < runs; run++) {
          if (cached) prepareCache(target, args, cacheDir, testCase);
          const start = process.hrtime.bigint();
          // The compact form, one `file:line:column severity rule` line a finding, is what the checks read.
          const command = [
            cli,
            target,
            '--no-color',
            '--format',
            'compact',
            ...args,
            ...(cached ? ['--cache', cacheDir] : []),
          ];
          const child = spawnSync(process.execPath, ['--import', rssProbe, ...command], {
            encoding: 'utf8',
            maxBuffer: 1 << 28,
          });
          times.push(Number(process.hrtime.bigint() - start) / 1e6);
          const peak = peakRss.exec(child.stderr ?? '');
          peaks.push(peak ? Number(peak[1]) / 1024 : Infinity);
          cpu.push(peak ? Number(peak[2]) : Infinity);
          const output = `${child.stdout}${(child.stderr ?? '').replace(peakRss, '\n')}`;
          right &&= testCase.expect.test(output) && child.status === (testCase.status ?? 1);
          if (cold !== undefined) right &&= child.stdout === cold;
        }
        const ms = median(times);
        const mb = Math.max(...peaks);
        const boundMb = testCase.boundMb ?? defaultBoundMb;
        return {
          name: testCase.name,
          ms,
          // On a shared machine the wall time waits for the CPU; the CPU time says what the scan itself cost.
          cpuMs: median(cpu),
          boundMs: testCase.boundMs,
          mb,
          boundMb,
          met: right && ms <= testCase.boundMs && mb <= boundMb,
          right,
        };
      });
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

export function printHostileTable(rows) {
  console.log(
    '\n| hostile input | median ms | CPU ms | bound ms | peak MB | bound MB | output right | met |\n| --- | ---: | ---: | ---: | ---: | ---: | --- | --- |',
  );
  for (const row of rows)
    console.log(
      `| ${row.name} | ${row.ms.toFixed(0)} | ${row.cpuMs.toFixed(0)} | ${row.boundMs} | ${row.mb.toFixed(0)} | ${row.boundMb} | ${row.right ? 'yes' : 'no'} | ${row.met ? 'yes' : 'no'} |`,
    );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({
    options: { runs: { type: 'string', default: '3' }, match: { type: 'string', default: '' } },
  });
  const rows = runHostileCases(Math.max(1, Number(values.runs)), values.match);
  printHostileTable(rows);
  process.exitCode = rows.every((row) => row.met) ? 0 : 1;
}
