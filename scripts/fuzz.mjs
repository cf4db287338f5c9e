#!/usr/bin/env node
// Fuzzes every format adapter for a bounded time: mutates each fixture (examples/ and earlier
// regressions), parses it, and saves any input that crashes an adapter, puts a position outside the
// file, or takes too long, as a new regression fixture under __tests__/hostile/regressions/.
// A share of the time goes to file and folder names (bytes that are not UTF-8, runner commands,
// paths past PATH_MAX: walked, read and logged) and to config files (parsed, their name patterns and
// globs run on long names); failures there are saved under __tests__/hostile/fuzz-found/.
// Usage: npm run fuzz [-- --seconds 60 --seed 1234 --slow-ms 2000]
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { checkConfig, checkNames, configSeeds, randomNames } from './fuzz-names-config.mjs';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '60' },
    seed: { type: 'string' },
    'slow-ms': { type: 'string', default: '2000' },
  },
});
const { adapterFor } = await import('../build/src/formats/index.js');
const { parseFile } = await import('../build/src/scan/parse-files.js');
const { classifyName } = await import('../build/src/credentials/names.js');

const regressions = '__tests__/hostile/regressions';
const seeds = [];
const collect = (dir, base) => {
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) collect(full, base);
    else {
      const path =
        base === regressions
          ? name.replace(/^[0-9a-f]{12}__/, '').replaceAll('__', '/')
          : relative(base, full).split('\\').join('/');
      if (adapterFor(path)) seeds.push({ path, text: readFileSync(full, 'utf8') });
    }
  }
};
collect('examples', 'examples');
mkdirSync(regressions, { recursive: true });
collect(regressions, regressions);
// Every parser loaded up front (the scan loads tree-sitter only when a file needs it): mutants that the fast
// HCL reader declines are parsed by tree-sitter, as in a scan.
await Promise.all([...new Set(seeds.map((seed) => adapterFor(seed.path)))].map((adapter) => adapter?.prepare?.()));

// A small deterministic PRNG (mulberry32), so a run can be repeated with --seed.
let state = Number(values.seed ?? Date.now()) >>> 0;
const seedUsed = state;
const random = () => {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = (items) => items[Math.floor(random() * items.length)];
const tokens = [
  '(a+)+',
  '(?:.*)*',
  '**/',
  '\n',
  '\r\n',
  ': ',
  '- ',
  '{',
  '}',
  '[',
  ']',
  '"',
  "'",
  '${{',
  '}}',
  '${',
  '*',
  '&a ',
  '!Ref ',
  '!GetAtt ',
  '#',
  '\t',
  '\u0000',
  '\u2028',
  '😀',
  '<<EOT\n',
  'AKIA',
  'secrets.',
  'email-smtp.',
  'aws_iam_access_key.k.',
  '=',
  'ses:*',
  '\\',
  '%',
  // YAML aliases and merge keys: what they stand for is read, within a budget.
  '*a',
  '*k ',
  '<<: *a\n',
  '<<: [*a, *k]\n',
  '&k [*a, *a, *a]',
  // HCL string escapes and template escapes, decoded before values are classified.
  '\\u0041',
  '\\U0001F600',
  '\\"',
  '\\n',
  '$${',
  '%%{',
];

/** Moves one `key: value` line's value under an anchor at the top, leaving `key: *fz` in its place. */
function aliasValue(text) {
  const lines = [...text.matchAll(/^([ \t]*(?:- )?[A-Za-z_][\w-]*:[ \t]+)([^\s#&*|>][^\n#]*)$/gm)];
  if (lines.length === 0) return text;
  const line = pick(lines);
  const at = line.index + line[1].length;
  const rest = text.slice(at + line[2].length);
  return `x-fuzz: &fz ${line[2]}\n${text.slice(0, at)}*fz${rest}`;
}

/** Writes one character of a quoted HCL string as a `\\uNNNN` escape (or `$${` for a `${`). */
function hclEscape(text) {
  const strings = [...text.matchAll(/"([^"\\\n]{2,})"/g)];
  if (strings.length === 0) return text;
  const string = pick(strings);
  const offset = Math.floor(random() * string[1].length);
  const at = string.index + 1 + offset;
  const char = text.charAt(at);
  const escaped = text.startsWith('${', at) ? '$${' : `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
  return text.slice(0, at) + escaped + text.slice(at + (escaped === '$${' ? 2 : 1));
}

function mutate(text) {
  let out = text;
  const edits = 1 + Math.floor(random() * 8);
  for (let i = 0; i < edits; i++) {
    const at = Math.floor(random() * (out.length + 1));
    const kind = random();
    if (kind < 0.4) out = out.slice(0, at) + pick(tokens) + out.slice(at);
    else if (kind < 0.6) out = out.slice(0, at) + out.slice(at + 1 + Math.floor(random() * 16));
    else if (kind < 0.75)
      out = out.slice(0, at) + out.slice(Math.floor(random() * out.length)).slice(0, 64) + out.slice(at);
    else if (kind < 0.9)
      out = out.slice(0, at) + String.fromCharCode(Math.floor(random() * 0x3000)) + out.slice(at + 1);
    else if (kind < 0.95) out = out.slice(0, at) + pick(tokens).repeat(1 + Math.floor(random() * 200)) + out.slice(at);
    else out = random() < 0.5 ? aliasValue(out) : hclEscape(out);
  }
  return out;
}

function inside(span, lines) {
  if (!span) return true;
  const ok = (line, column) =>
    line >= 1 && line <= lines.length && column >= 1 && column <= (lines[line - 1]?.length ?? 0) + 2;
  return ok(span.startLine, span.startColumn) && ok(span.endLine, span.endColumn);
}

function check(path, text) {
  const start = performance.now();
  let model;
  try {
    model = parseFile(path, text, { classifyName: (name) => classifyName(name) });
  } catch (error) {
    return `threw: ${error instanceof Error ? error.message : String(error)}`;
  }
  const elapsed = performance.now() - start;
  if (elapsed > Number(values['slow-ms'])) return `took ${elapsed.toFixed(0)} ms`;
  const crash = model.problems.find((p) => p.message.startsWith('could not be read as'));
  if (crash) return crash.message;
  // Lines as the scanner counts them: `\n`, `\r\n` or a lone `\r` ends one.
  const lines = text.split(/\r\n|\r|\n/);
  const spans = [
    ...model.references.map((r) => r.span),
    ...model.uses.map((u) => u.span),
    ...model.problems.map((p) => p.span),
  ];
  if (!spans.every((span) => inside(span, lines))) return 'a position outside the file';
  return undefined;
}

const deadline = Date.now() + Number(values.seconds) * 1000;
let runs = 0;
const found = [];
const counts = { adapters: 0, names: 0, configs: 0 };
const foundFolder = '__tests__/hostile/fuzz-found';
const saveFound = (kind, input, failure) => {
  mkdirSync(foundFolder, { recursive: true });
  const hash = createHash('sha256').update(kind).update(input).digest('hex').slice(0, 12);
  const file = join(foundFolder, `${hash}.${kind}.json`);
  writeFileSync(file, JSON.stringify({ kind, input, failure }, null, 2));
  found.push(`${file}: ${failure}`);
  console.log(`found: ${kind}: ${failure} → ${file}`);
};
const slowMs = Number(values['slow-ms']);
while (Date.now() < deadline) {
  const share = random();
  if (share < 0.15) {
    counts.names++;
    const names = randomNames(random);
    const failure = await checkNames(names, slowMs);
    if (failure)
      saveFound('names', JSON.stringify(names.map((parts) => parts.map((part) => part.toString('hex')))), failure);
    continue;
  }
  if (share < 0.3) {
    counts.configs++;
    const seedText = pick(configSeeds);
    const text = random() < 0.2 ? seedText : mutate(seedText);
    const failure = checkConfig(text, slowMs);
    if (failure) saveFound('config', text, failure);
    continue;
  }
  counts.adapters++;
  const seed = pick(seeds);
  const text = mutate(seed.text);
  runs++;
  const failure = check(seed.path, text);
  if (!failure) continue;
  const hash = createHash('sha256').update(seed.path).update(text).digest('hex').slice(0, 12);
  const file = join(regressions, `${hash}__${seed.path.replaceAll('/', '__')}`);
  writeFileSync(file, text);
  found.push(`${file}: ${failure}`);
  console.log(`found: ${seed.path}: ${failure} → ${file}`);
}
console.log(
  `fuzz: ${runs + counts.names + counts.configs} inputs in ${values.seconds} s (seed ${seedUsed}): ${counts.adapters} files over ${seeds.length} seeds, ${counts.names} sets of file and folder names, ${counts.configs} config files; ${found.length} failure(s) saved`,
);
process.exitCode = found.length > 0 ? 1 : 0;
