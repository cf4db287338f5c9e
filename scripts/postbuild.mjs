// Finishes the two ncc bundles: puts the CLI beside the action as dist/cli.js with the WebAssembly
// files both need, and mends web-tree-sitter's `await import("module")`, which ncc turns into a
// namespace without `createRequire` (webpack copies no properties from a CommonJS export that is a
// function). The native dynamic import works in the ESM bundle.
import { chmodSync, copyFileSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const brokenImport =
  /const \{ createRequire \} = await Promise\.resolve\(\/\* import\(\) \*\/\)\.then\(__nccwpck_require__\.t\.bind\(__nccwpck_require__, \d+, \d+\)\);/g;

function mend(path) {
  const text = readFileSync(path, 'utf8');
  const matches = text.match(brokenImport) ?? [];
  if (matches.length !== 1)
    throw new Error(
      `${path}: expected one bundled import("module") to mend, found ${matches.length}; check web-tree-sitter and ncc versions`,
    );
  writeFileSync(path, text.replace(brokenImport, 'const { createRequire } = await import("node:module");'));
}

copyFileSync('build/cli/index.js', 'dist/cli.js');
// ncc emits a transformed copy of web-tree-sitter's own wasm that nothing loads; the original files go beside the bundles.
for (const asset of readdirSync('dist').filter((name) => /^[0-9a-f]{20}\.wasm$/.test(name))) rmSync(`dist/${asset}`);
copyFileSync('node_modules/web-tree-sitter/web-tree-sitter.wasm', 'dist/web-tree-sitter.wasm');
copyFileSync(
  'node_modules/@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-terraform.wasm',
  'dist/tree-sitter-terraform.wasm',
);
mend('dist/index.js');
mend('dist/cli.js');
chmodSync('dist/cli.js', 0o755);
