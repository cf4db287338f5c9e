// Finishes the two ncc bundles: puts the CLI beside the action as dist/cli.js with the WebAssembly
// files both need, writes one dist/licenses.txt covering everything shipped in dist/, and mends
// web-tree-sitter's `await import("module")`, which ncc turns into a namespace without `createRequire`
// (webpack copies no properties from a CommonJS export that is a function). The native dynamic import
// works in the ESM bundle.
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import ts from 'typescript';

const brokenImport =
  /const \{ createRequire \} = await Promise\.resolve\(\/\* import\(\) \*\/\)\.then\((__(?:nccwpck|webpack)_require__)\.t\.bind\(\1, \d+, \d+\)\);/g;

/** Mends the one bundled import("module") among these files (a bundle and its chunks). */
function mend(...paths) {
  const found = paths.filter((path) => (readFileSync(path, 'utf8').match(brokenImport) ?? []).length > 0);
  const count = found.reduce((sum, path) => sum + readFileSync(path, 'utf8').match(brokenImport).length, 0);
  if (count !== 1)
    throw new Error(
      `${paths.join(', ')}: expected one bundled import("module") to mend, found ${count}; check web-tree-sitter and ncc versions`,
    );
  const text = readFileSync(found[0], 'utf8');
  writeFileSync(found[0], text.replace(brokenImport, 'const { createRequire } = await import("node:module");'));
}

/**
 * Writes a bundle file in ASCII: V8 keeps a script's source one byte a character only when every character
 * is ASCII, so one `…` in a comment doubles the source's memory and slows every load of the file (the CLI's
 * chunks: about a quarter of its bundle load on Node 24; the action's `dist/index.js` held 3 588 such
 * characters). Each other character becomes its `\u` escape, which means the same character in a string, a
 * template's text, a regular expression, an identifier and a comment.
 * Refused where it would not: after a backslash (an identity escape), a line or paragraph separator (it ends a
 * `//` comment), or in a tagged template (its tag sees the raw text). The result must still parse.
 */
function asciiOnly(path) {
  const text = readFileSync(path, 'utf8');
  if (!/[^\x00-\x7f]/.test(text)) return;
  if (/[\u2028\u2029]/.test(text)) throw new Error(`${path}: a line or paragraph separator; cannot write it in ASCII`);
  if (/\\[^\x00-\x7f]/.test(text)) throw new Error(`${path}: a backslash before a non-ASCII character`);
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && /[^\x00-\x7f]/.test(node.template.getText(source)))
      throw new Error(`${path}: a tagged template with non-ASCII text; cannot write it in ASCII`);
    ts.forEachChild(node, visit);
  };
  visit(source);
  const escape = (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`;
  writeFileSync(path, text.replace(/[^\x00-\x7f]/g, escape));
  const checked = spawnSync(process.execPath, ['--check', path], { encoding: 'utf8' });
  if (checked.status !== 0) throw new Error(`${path} does not parse once written in ASCII: ${checked.stderr}`);
}

// ncc writes each bundle's notices as entries of a package name, its license and the license text (left out
// when the package ships none), separated by blank lines. A header is a package name over a license expression.
const noticeHeader =
  /(?:^|\n\n)((?:@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*)\n([\w.+-]+(?: (?:OR|AND|WITH) [\w.+-]+)*|\([^\n)]+\))(?=\n)/g;

function readNotices(path) {
  const text = readFileSync(path, 'utf8');
  const headers = [...text.matchAll(noticeHeader)];
  return headers.map((header, index) => ({
    name: header[1],
    license: header[2],
    text: text
      .slice(header.index + header[0].length, headers[index + 1]?.index ?? text.length)
      .replace(/^\n+|\s+$/g, ''),
  }));
}

function packageNotice(name) {
  const { license } = JSON.parse(readFileSync(`node_modules/${name}/package.json`, 'utf8'));
  return { name, license, text: readFileSync(`node_modules/${name}/LICENSE`, 'utf8').replace(/^\n+|\s+$/g, '') };
}

// Both bundles' notices, plus the Terraform grammar, which is copied rather than bundled so ncc never sees it.
function writeNotices() {
  const notices = new Map();
  for (const notice of [
    ...readNotices('dist/licenses.txt'),
    ...readNotices('build/cli/licenses.txt'),
    packageNotice('@tree-sitter-grammars/tree-sitter-hcl'),
  ])
    notices.set(notice.name, notice);
  const sorted = [...notices.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  writeFileSync(
    'dist/licenses.txt',
    sorted.map(({ name, license, text }) => `${[name, license, text].filter(Boolean).join('\n')}\n\n`).join(''),
  );
}

copyFileSync('build/cli/index.js', 'dist/cli.js');
// The CLI's entry loads the scanner as chunks only when it scans (so `--version` starts fast); they go beside it.
const isChunk = (name) => /^\d+\.index\.js$/.test(name);
// The action loads the cache client as a chunk too; both bundles' chunks share dist/, so a name both use is refused.
const actionChunks = readdirSync('dist').filter(isChunk);
const cliChunks = readdirSync('build/cli').filter(isChunk);
const clashes = cliChunks.filter((chunk) => actionChunks.includes(chunk));
if (clashes.length > 0) throw new Error(`dist/: the action and CLI bundles both have chunk(s) ${clashes.join(', ')}`);
for (const chunk of cliChunks) copyFileSync(`build/cli/${chunk}`, `dist/${chunk}`);
// ncc emits a transformed copy of web-tree-sitter's own wasm that nothing loads; the original files go beside the bundles.
for (const asset of readdirSync('dist').filter((name) => /^[0-9a-f]{20}\.wasm$/.test(name))) rmSync(`dist/${asset}`);
copyFileSync('node_modules/web-tree-sitter/web-tree-sitter.wasm', 'dist/web-tree-sitter.wasm');
copyFileSync(
  'node_modules/@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-terraform.wasm',
  'dist/tree-sitter-terraform.wasm',
);
mend('dist/index.js', ...actionChunks.map((chunk) => `dist/${chunk}`));
// `--explain RULE` prints a rule's page; the CLI looks for it beside the bundle.
rmSync('dist/docs', { recursive: true, force: true });
mkdirSync('dist/docs/rules', { recursive: true });
for (const page of readdirSync('docs/rules')) copyFileSync(`docs/rules/${page}`, `dist/docs/rules/${page}`);
mend('dist/cli.js', ...cliChunks.map((chunk) => `dist/${chunk}`));
// Both entries and every chunk: the action's own bundle is what a workflow's step loads.
for (const file of ['index.js', 'cli.js', ...actionChunks, ...cliChunks]) asciiOnly(`dist/${file}`);
chmodSync('dist/cli.js', 0o755);
writeNotices();
