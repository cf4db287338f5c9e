#!/usr/bin/env node
// What any Node scanner pays on a corpus before it understands anything: start Node, list the tree,
// read the files a scanner of workflows and IaC reads (YAML, JSON, HCL, dotenv), and with `--lex` run
// `yaml`'s lexer — tokens only, no tree — over the YAML ones. The benchmark runs this beside the
// scanner and ripgrep, so the ratio to ripgrep has a floor to be read against.
// Usage: node scripts/bench-floor.mjs DIR [--lex]
import { closeSync, constants, openSync, readdirSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { Lexer } from 'yaml';

const [root, mode] = process.argv.slice(2);
// The same folders and file kinds the scanner reads (src/discovery/walk.ts, src/formats/shared/paths.ts),
// approximately: its adapters decide by path, this by name only.
const skipped = new Set([
  '.git',
  'node_modules',
  '.terraform',
  'vendor',
  'bower_components',
  '.venv',
  'venv',
  '__pycache__',
  '.terragrunt-cache',
]);
const read = /\.(?:ya?ml|json|template|tf|tfvars|env)$|(?:^|\/)\.env[^/]*$/i;
const neverRead =
  /(?:^|\/)(?:package(?:-lock)?\.json|npm-shrinkwrap\.json|composer\.(?:json|lock)|tsconfig[^/]*\.json|\.?eslintrc[^/]*|pnpm-lock\.yaml|yarn\.lock|renovate\.json|\.prettierrc[^/]*)$/i;

const files = [];
const pending = [root];
while (pending.length > 0) {
  const folder = pending.pop();
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory() && !skipped.has(entry.name)) pending.push(path);
    else if (entry.isFile() && read.test(path) && !neverRead.test(path)) files.push(path);
  }
}

let buffer = Buffer.allocUnsafe(1 << 16);
let bytes = 0;
let tokens = 0;
for (const path of files) {
  const fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW);
  try {
    let filled = 0;
    for (;;) {
      if (filled === buffer.length) buffer = Buffer.concat([buffer, Buffer.allocUnsafe(buffer.length)]);
      const count = readSync(fd, buffer, filled, buffer.length - filled, filled);
      if (count === 0) break;
      filled += count;
    }
    bytes += filled;
    if (mode === '--lex' && /\.ya?ml$/i.test(path))
      for (const token of new Lexer().lex(buffer.toString('utf8', 0, filled))) tokens += token.length > 0 ? 1 : 0;
  } finally {
    closeSync(fd);
  }
}
process.stdout.write(`${JSON.stringify({ files: files.length, bytes, tokens })}\n`);
