import { Parser, Language } from 'web-tree-sitter';
import { readFileSync } from 'node:fs';
await Parser.init();
const lang = await Language.load(readFileSync('node_modules/@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-terraform.wasm'));
const p = new Parser(); p.setLanguage(lang);
for (const f of process.argv.slice(2)) {
  const src = readFileSync(f, 'utf8');
  let t0 = Date.now();
  const t = p.parse(src);
  const parseMs = Date.now() - t0;
  t0 = Date.now();
  const c = t.walk(); let n = 1;
  outer: for (;;) { if (c.gotoFirstChild()) { n++; continue; } while (!c.gotoNextSibling()) { if (!c.gotoParent()) break outer; } n++; }
  c.delete();
  console.log(f, 'parse', parseMs, 'ms nodes', n, 'walk', Date.now()-t0, 'rss', Math.round(process.memoryUsage().rss/1e6), 'MB', 'err', t.rootNode.hasError);
  t.delete();
}
