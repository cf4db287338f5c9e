// Keeps src/ layered as src/README.md says: reads the layer table there, then every import of every
// .ts file under src/ (type-only imports count: a type is a dependency too), and fails on an import
// that runs up a layer, crosses to a peer on the same row, or closes a cycle.
//   node scripts/check-layers.mjs [SRC_DIR]     (default: src)
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The rows of the README's table, top first: each row the folders (`x/`) and root files it holds. */
export function readLayers(readme) {
  const rows = [];
  for (const line of readme.split('\n')) {
    const cells = line.split('|').map((cell) => cell.trim());
    if (cells.length < 4 || !cells[1]?.startsWith('`')) continue;
    const units = [...cells[1].matchAll(/`([^`]+)`/g)].map((match) => match[1].replace(/\/$/, ''));
    if (units.length > 0) rows.push(units);
  }
  return rows;
}

const importPattern =
  /(?:^|[\n;])\s*(?:import|export)\b[^'";]*?\bfrom\s*['"]([^'"]+)['"]|(?:^|[\n;])\s*import\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

/** The relative imports of one source text, as written. */
export function importsOf(text) {
  return [...text.matchAll(importPattern)]
    .map((match) => match[1] ?? match[2] ?? match[3])
    .filter((s) => s.startsWith('.'));
}

function sourceFiles(folder) {
  const files = [];
  for (const entry of readdirSync(folder).sort()) {
    const path = join(folder, entry);
    if (statSync(path).isDirectory()) files.push(...sourceFiles(path));
    else if (path.endsWith('.ts')) files.push(path);
  }
  return files;
}

/** Every violation in the tree under `root` (a src/ folder holding README.md), as sentences. */
export function checkLayers(root) {
  const rows = readLayers(readFileSync(join(root, 'README.md'), 'utf8'));
  const rowOf = new Map(rows.flatMap((units, index) => units.map((unit) => [unit, index])));
  const unitOf = (file) => relative(root, file).split(sep)[0];
  const files = sourceFiles(root);
  const known = new Set(files);
  const problems = [];
  const edges = new Map();
  for (const file of files) {
    const unit = unitOf(file);
    if (!rowOf.has(unit)) problems.push(`${relative(root, file)}: ${unit} is in no row of src/README.md's layer table`);
    const targets = [];
    for (const specifier of importsOf(readFileSync(file, 'utf8'))) {
      const target = resolve(dirname(file), specifier).replace(/\.js$/, '.ts');
      if (!known.has(target)) continue;
      targets.push(target);
      const to = unitOf(target);
      if (to === unit || !rowOf.has(to) || !rowOf.has(unit)) continue;
      const [from, into] = [rowOf.get(unit), rowOf.get(to)];
      if (into < from)
        problems.push(`${relative(root, file)} imports ${relative(root, target)}: ${to} is a layer above ${unit}`);
      else if (into === from)
        problems.push(`${relative(root, file)} imports ${relative(root, target)}: ${to} and ${unit} are peers`);
    }
    edges.set(file, targets);
  }
  for (const cycle of cycles(edges))
    problems.push(`import cycle: ${cycle.map((file) => relative(root, file)).join(' → ')}`);
  return problems;
}

/** Tarjan's strongly connected components of more than one file (or a file importing itself). */
function cycles(edges) {
  let counter = 0;
  const index = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const found = [];
  const visit = (node) => {
    index.set(node, counter);
    low.set(node, counter++);
    stack.push(node);
    onStack.add(node);
    for (const next of edges.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node), low.get(next)));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node), index.get(next)));
    }
    if (low.get(node) !== index.get(node)) return;
    const component = [];
    let member;
    do {
      member = stack.pop();
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    if (component.length > 1 || (edges.get(node) ?? []).includes(node)) found.push(component.reverse());
  };
  for (const node of edges.keys()) if (!index.has(node)) visit(node);
  return found;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const root = resolve(process.argv[2] ?? 'src');
  const problems = checkLayers(root);
  for (const problem of problems) console.error(problem);
  if (problems.length > 0) process.exit(1);
  console.log(`layers: ${sourceFiles(root).length} files, no import runs up a layer or closes a cycle`);
}
