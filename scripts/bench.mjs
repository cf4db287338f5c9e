#!/usr/bin/env node
// The benchmark: builds the shared corpora once into .bench-cache/, runs the bundled CLI over them
// several times, and prints medians, peak memory, throughput, ripgrep on the same tree, and recall —
// on the system Node and on Node 24 (the action's runtime, `runs.using: node24`) in the same run.
// Usage: npm run bench [-- --runs 5 --scales 1,10 --shared ../shared/bench --node24 PATH|skip]
import { spawnSync } from 'node:child_process';
import {
  appendFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { printHostileTable, runHostileCases } from './bench-hostile.mjs';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    scales: { type: 'string', default: '1,10' },
    shared: { type: 'string', default: process.env.SES_BENCH_DIR ?? '../shared/bench' },
    node24: { type: 'string' },
  },
});
const runs = Math.max(1, Number(values.runs));
const scales = values.scales.split(',').map(Number);
const benchDir = resolve(values.shared);
const cache = resolve('.bench-cache');
const cli = resolve('dist/cli.js');
const floorScript = resolve('scripts/bench-floor.mjs');
const scratch = mkdtempSync(join(tmpdir(), 'ses-bench-'));
const hasTime = existsSync('/usr/bin/time');
const hasRipgrep = spawnSync('rg', ['--version']).status === 0;

if (!existsSync(join(benchDir, 'make-corpus.mjs'))) {
  console.error(`bench: no make-corpus.mjs in ${benchDir}; pass --shared DIR or set SES_BENCH_DIR`);
  process.exit(2);
}
if (!hasRipgrep) console.error('bench: ripgrep (rg) is not installed, so no ratios (Debian: apt-get install ripgrep)');
if (!existsSync(cli)) {
  console.error('bench: dist/cli.js is missing; run npm run build first');
  process.exit(2);
}

/**
 * Node 24, the runtime the action runs on: the official binary from the npm registry's
 * `node-<platform>-<arch>` package, installed once into .bench-cache/ (scripts ignored; the system
 * Node is never touched). `--node24 PATH` names a binary instead; `--node24 skip` leaves it out.
 */
function node24Binary() {
  if (values.node24 === 'skip') return undefined;
  if (values.node24) return resolve(values.node24);
  if (process.versions.node.startsWith('24.')) return process.execPath;
  const prefix = join(cache, 'node24');
  const binary = join(prefix, 'node_modules', `node-${process.platform}-${process.arch}`, 'bin', 'node');
  if (!existsSync(binary)) {
    console.error(`bench: installing Node 24 into ${prefix} …`);
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const pkg = `node-${process.platform}-${process.arch}@24`;
    const args = ['install', '--prefix', prefix, '--no-save', '--ignore-scripts', '--no-audit', '--no-fund', pkg];
    const installed = spawnSync(npm, args, { stdio: ['ignore', 'ignore', 'inherit'] });
    if (installed.status !== 0 || !existsSync(binary)) {
      console.error('bench: Node 24 could not be installed; its rows are left out (--node24 PATH to name one)');
      return undefined;
    }
  }
  return binary;
}
const node24 = node24Binary();
const node24Version = node24 ? spawnSync(node24, ['--version'], { encoding: 'utf8' }).stdout.trim() : undefined;

const median = (xs) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/**
 * Runs a command; wall time from our clock, peak RSS from GNU time when present, and the scanner's own time
 * per stage (the JSON line it prints on stderr with SES_CREDENTIAL_HYGIENE_TIMINGS=1).
 */
function measure(command, args, extraEnv = {}) {
  const full = hasTime ? ['/usr/bin/time', ['-f', '%M %U %S', command, ...args]] : [command, args];
  const env = { ...process.env, SES_CREDENTIAL_HYGIENE_TIMINGS: '1', ...extraEnv };
  const start = process.hrtime.bigint();
  const child = spawnSync(full[0], full[1], { encoding: 'utf8', maxBuffer: 1 << 30, env });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (child.status !== 0 && child.status !== 1)
    throw new Error(`${command} ${args.join(' ')} failed (${child.status}): ${child.stderr}`);
  const [rssKb, user, system] = hasTime
    ? child.stderr.trim().split('\n').at(-1).split(' ').map(Number)
    : [NaN, NaN, NaN];
  const stageLine = child.stderr.split('\n').find((line) => line.startsWith('{'));
  return { seconds, cpuSeconds: user + system, rssMb: rssKb / 1024, stages: stageLine ? JSON.parse(stageLine) : {} };
}

/** The corpus's YAML, Terraform, JSON and dotenv files, in a stable order: the ones a re-scan edits. */
function scannable(dir) {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((path) => /\.(ya?ml|tf|json|env)$/.test(path) && !path.includes('.expected'))
    .sort();
}

/**
 * The cache path (`--cache DIR`) as the action meets it on a pull request: a copy of the corpus made a git
 * work tree and scanned once per runtime to fill that runtime's cache; then per run ten of its files edited
 * (a comment line appended, a different ten each run) and added to the index, as a fresh checkout's index
 * matches every file, and the copy scanned again on each runtime: the ten are read and parsed, the rest
 * known from .git/index unread. Once more on Node 24 (or the system Node) with .git moved away: every file
 * read and hashed to be looked up.
 */
function warmRescans(dir, count) {
  const copy = join(scratch, 'warm-corpus');
  cpSync(dir, copy, { recursive: true });
  const git = (...args) => spawnSync('git', args, { cwd: copy, stdio: 'ignore' }).status === 0;
  const indexed = git('init', '-q') && git('add', '-A');
  const files = scannable(copy);
  const runtimes = [['system', process.execPath], ...(node24 ? [['node24', node24]] : [])];
  const scanWith = (name, binary) =>
    measure(binary, [
      ...[cli, copy, '--exclude', '.expected.json', '--format', 'sarif', '--fail-on', 'never'],
      ...['--output', join(scratch, `warm-${name}.sarif`), '--cache', join(scratch, `warm-cache-${name}`)],
    ]);
  const withoutIndex = () => {
    renameSync(join(copy, '.git'), join(scratch, 'moved.git'));
    try {
      return scanWith('no-index', node24 ?? process.execPath);
    } finally {
      renameSync(join(scratch, 'moved.git'), join(copy, '.git'));
    }
  };
  // The ten files edited per run are spread over the sorted list and are seldom Terraform; a change to a
  // `.tf` file makes the configuration read again as a whole, so one more variant adds one to the ten.
  const terraformFiles = files.filter((file) => file.endsWith('.tf'));
  let terraformEdits = 0;
  const withTerraformChange = () => {
    const file = join(copy, terraformFiles[(terraformEdits++ * 37) % terraformFiles.length]);
    const before = readFileSync(file);
    appendFileSync(file, '\n# edited\n');
    if (indexed) git('add', '-A');
    try {
      return scanWith('terraform', node24 ?? process.execPath);
    } finally {
      // Put back, so the other variants meet only the ten files edited for all.
      writeFileSync(file, before);
      if (indexed) git('add', '-A');
    }
  };
  const variants = [...runtimes.map(([name, binary]) => [name, () => scanWith(name, binary)])];
  if (indexed) variants.push(['no-index', withoutIndex]);
  if (terraformFiles.length > 0) variants.push(['terraform', withTerraformChange]);
  const fill = Object.fromEntries(
    variants.map(([name, scan]) => [
      name,
      name === 'terraform' ? scanWith('terraform', node24 ?? process.execPath) : scan(),
    ]),
  );
  const runs = Object.fromEntries(variants.map(([name]) => [name, []]));
  for (let run = 0; run < count; run++) {
    for (let n = 0; n < 10; n++) {
      const file = files[((run * 10 + n) * 37) % files.length];
      appendFileSync(join(copy, file), file.endsWith('.json') ? ' ' : '\n# edited\n');
    }
    if (indexed) git('add', '-A');
    for (const [name, scan] of variants) runs[name].push(scan());
  }
  rmSync(copy, { recursive: true, force: true });
  const summary = (name) => ({
    fillSeconds: fill[name].seconds,
    fillCpuSeconds: fill[name].cpuSeconds,
    seconds: median(runs[name].map((r) => r.seconds)),
    cpuSeconds: median(runs[name].map((r) => r.cpuSeconds)),
    rssMb: Math.max(...runs[name].map((r) => r.rssMb)),
    stages: medianStages(runs[name].map((r) => r.stages)),
  });
  return { indexed, variants: Object.fromEntries(variants.map(([name]) => [name, summary(name)])) };
}

function corpus(scale) {
  const dir = join(cache, `corpus-s${scale}`);
  if (!existsSync(join(dir, '.expected.json'))) {
    mkdirSync(cache, { recursive: true });
    console.error(`bench: generating the scale-${scale} corpus in ${dir} …`);
    const made = spawnSync(
      process.execPath,
      [join(benchDir, 'make-corpus.mjs'), dir, '--scale', String(scale), '--force', '--quiet'],
      { stdio: 'inherit' },
    );
    if (made.status !== 0) process.exit(2);
  }
  return { dir, expected: JSON.parse(readFileSync(join(dir, '.expected.json'), 'utf8')) };
}

/** The median of each stage over the runs, in the order the scanner reported them. */
function medianStages(reports) {
  const names = [...new Set(reports.flatMap((report) => Object.keys(report)))];
  return Object.fromEntries(names.map((name) => [name, median(reports.map((report) => report[name] ?? 0))]));
}

const fmt = (n, digits = 2) => (Number.isFinite(n) ? n.toFixed(digits) : 'n/a');
const rows = [];
const results = {};

for (const scale of scales) {
  const { dir, expected } = corpus(scale);
  const sarif = join(scratch, `s${scale}.sarif`);
  const args = [cli, dir, '--exclude', '.expected.json', '--format', 'sarif', '--output', sarif, '--fail-on', 'never'];
  measure(process.execPath, args); // warm the page cache
  // Interleaved, so a burst of load on the machine hits both sides of the ratio alike.
  const ours = [];
  const rg = [];
  const floor = [];
  const oneThread = [];
  const withWorker = [];
  const lexFloor = [];
  const on24 = [];
  const on24Fresh = [];
  if (node24) measure(node24, args); // warm its code cache too (and V8's compile cache, src/common/compile-cache.ts)
  for (let run = 0; run < runs; run++) {
    ours.push(measure(process.execPath, args));
    if (node24) on24.push(measure(node24, args));
    // A fresh runner has no compile cache yet: the action's first scan on it.
    if (node24) on24Fresh.push(measure(node24, args, { NODE_DISABLE_COMPILE_CACHE: '1' }));
    if (hasRipgrep) rg.push(measure('rg', ['-uu', '-c', '--no-messages', 'AKIA[A-Z2-7]{16}', dir]));
    oneThread.push(measure(process.execPath, args, { SES_CREDENTIAL_HYGIENE_THREADS: 'never' }));
    withWorker.push(measure(process.execPath, args, { SES_CREDENTIAL_HYGIENE_THREADS: 'always' }));
    floor.push(measure(process.execPath, [floorScript, dir]));
    lexFloor.push(measure(process.execPath, [floorScript, dir, '--lex']));
  }
  const warm = scale === Math.max(...scales) ? warmRescans(dir, runs) : undefined;
  const score = JSON.parse(
    spawnSync(process.execPath, [join(benchDir, 'score.mjs'), dir, sarif, '--json'], { encoding: 'utf8' }).stdout,
  );
  const seconds = median(ours.map((r) => r.seconds));
  const rgSeconds = rg.length ? median(rg.map((r) => r.seconds)) : NaN;
  const result = {
    scale,
    files: expected.corpus.files,
    mb: expected.corpus.bytes / 1e6,
    seconds,
    rssMb: Math.max(...ours.map((r) => r.rssMb)),
    rgSeconds,
    cpuSeconds: median(ours.map((r) => r.cpuSeconds)),
    rgCpuSeconds: rg.length ? median(rg.map((r) => r.cpuSeconds)) : NaN,
    ratio: seconds / rgSeconds,
    oneThreadSeconds: median(oneThread.map((r) => r.seconds)),
    oneThreadCpuSeconds: median(oneThread.map((r) => r.cpuSeconds)),
    oneThreadRssMb: Math.max(...oneThread.map((r) => r.rssMb)),
    workerSeconds: median(withWorker.map((r) => r.seconds)),
    workerCpuSeconds: median(withWorker.map((r) => r.cpuSeconds)),
    workerRssMb: Math.max(...withWorker.map((r) => r.rssMb)),
    usedWorker: ours.some((r) => 'parse wait' in r.stages),
    floorSeconds: median(floor.map((r) => r.seconds)),
    lexFloorSeconds: median(lexFloor.map((r) => r.seconds)),
    recallInScope: score.recallInScope,
    recall: score.recall,
    noise: score.noiseLocations,
    noiseOnDecoys: score.noiseOnDecoys,
    stages: medianStages(ours.map((r) => r.stages)),
    warm,
    ratios: ours.map((r, index) => r.seconds / (rg[index]?.seconds ?? NaN)),
    node24: on24.length
      ? {
          seconds: median(on24.map((r) => r.seconds)),
          cpuSeconds: median(on24.map((r) => r.cpuSeconds)),
          rssMb: Math.max(...on24.map((r) => r.rssMb)),
          ratio: median(on24.map((r) => r.seconds)) / rgSeconds,
          ratios: on24.map((r, index) => r.seconds / (rg[index]?.seconds ?? NaN)),
          cpuRatio: median(on24.map((r) => r.cpuSeconds)) / median(rg.map((r) => r.cpuSeconds)),
          fresh: {
            seconds: median(on24Fresh.map((r) => r.seconds)),
            cpuSeconds: median(on24Fresh.map((r) => r.cpuSeconds)),
            rssMb: Math.max(...on24Fresh.map((r) => r.rssMb)),
            ratio: median(on24Fresh.map((r) => r.seconds)) / rgSeconds,
          },
        }
      : undefined,
  };
  results[scale] = result;
  rows.push(result);
}

const emptyDir = join(scratch, 'empty');
mkdirSync(emptyDir);
const coldRuns = Array.from({ length: Math.max(runs, 5) }, () => measure(process.execPath, [cli, emptyDir]));
const cold = median(coldRuns.map((r) => r.seconds));
const versionRuns = Array.from({ length: Math.max(runs, 5) }, () => measure(process.execPath, [cli, '--version']));
const coldVersion = median(versionRuns.map((r) => r.seconds));
const bareRuns = Array.from({ length: Math.max(runs, 5) }, () => measure(process.execPath, ['-e', '0']));
const bareNode = median(bareRuns.map((r) => r.seconds));
const cpuMs = (list) => fmt(1000 * median(list.map((r) => r.cpuSeconds)), 0);
const bundleMb = readdirSync('dist').reduce((sum, name) => sum + statSync(join('dist', name)).size, 0) / 1e6;
rmSync(scratch, { recursive: true, force: true });

console.log(`\nses-credential-hygiene benchmark — ${runs} runs each, medians; node ${process.version}\n`);
console.log(
  '| scale | files | MB | wall s | peak RSS MB | files/s | MB/s | ripgrep s | ratio | recall in scope | recall all | noise (decoys) |',
);
console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const r of rows) {
  console.log(
    `| ${r.scale} | ${r.files} | ${fmt(r.mb, 1)} | ${fmt(r.seconds, 3)} | ${fmt(r.rssMb, 0)} | ${fmt(r.files / r.seconds, 0)} | ${fmt(r.mb / r.seconds, 1)} | ${fmt(r.rgSeconds, 3)} | ${fmt(r.ratio, 1)}× | ${fmt(100 * r.recallInScope, 1)} % | ${fmt(100 * r.recall, 1)} % | ${r.noise} (${r.noiseOnDecoys}) |`,
  );
}
if (node24) {
  console.log(`\nthe same scans on ${node24Version} (the action's runtime), interleaved with the runs above:`);
  console.log(
    '| scale | wall s | CPU s | peak RSS MB | ratio to ripgrep | per run | CPU ratio | vs system Node | no compile cache (fresh runner) |',
  );
  console.log('| ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: | --- |');
  for (const r of rows.filter((row) => row.node24)) {
    const n = r.node24;
    const f = n.fresh;
    console.log(
      `| ${r.scale} | ${fmt(n.seconds, 3)} | ${fmt(n.cpuSeconds)} | ${fmt(n.rssMb, 0)} | ${fmt(n.ratio, 1)}× | ${n.ratios.map((x) => fmt(x, 1)).join(', ')} | ${fmt(n.cpuRatio, 1)}× | ${fmt(n.seconds / r.seconds, 2)}× | ${fmt(f.seconds, 3)} s, CPU ${fmt(f.cpuSeconds)} s, ${fmt(f.rssMb, 0)} MB, ${fmt(f.ratio, 1)}× |`,
    );
  }
}
console.log(
  `\ncold start: --version ${fmt(coldVersion * 1000, 0)} ms, empty folder ${fmt(cold * 1000, 0)} ms (bare node ${fmt(bareNode * 1000, 0)} ms) · bundle (dist/): ${fmt(bundleMb, 2)} MB`,
);
console.log(
  `ratio to ripgrep per run: ${rows.map((r) => `scale ${r.scale}: ${r.ratios.map((x) => fmt(x, 1)).join(', ')}`).join(' · ')}`,
);
// CPU time (user + system) is steadier than wall time on a loaded machine.
console.log(
  `CPU s (ours / ripgrep): ${rows.map((r) => `scale ${r.scale}: ${fmt(r.cpuSeconds)} / ${fmt(r.rgCpuSeconds)} = ${fmt(r.cpuSeconds / r.rgCpuSeconds, 1)}×`).join(' · ')} · cold start CPU ms: --version ${cpuMs(versionRuns)}, empty folder ${cpuMs(coldRuns)}, bare node ${cpuMs(bareRuns)}`,
);
// The same scan forced onto one thread and onto two (SES_CREDENTIAL_HYGIENE_THREADS), to show what the
// parse worker gives on this machine's cores; the default uses it only with 4 cores or more.
console.log(
  `parse worker on ${availableParallelism()} cores, same run (default ${rows.every((r) => r.usedWorker) ? 'used' : 'did not use'} it): ${rows.map((r) => `scale ${r.scale}: one thread ${fmt(r.oneThreadSeconds, 3)} s (CPU ${fmt(r.oneThreadCpuSeconds)} s, ${fmt(r.oneThreadRssMb, 0)} MB), with the worker ${fmt(r.workerSeconds, 3)} s (CPU ${fmt(r.workerCpuSeconds)} s, ${fmt(r.workerRssMb, 0)} MB) = ${fmt(r.workerSeconds / r.oneThreadSeconds, 2)}×`).join(' · ')}`,
);
// The cache path: a re-scan with ten files changed from a warm cache, against ripgrep's median of the same run.
const warmNames = {
  system: `system Node ${process.version}`,
  node24: node24Version,
  'no-index': 'without .git/index',
  terraform: `${node24 ? node24Version : `system Node ${process.version}`}, a .tf file changed too`,
};
for (const r of rows.filter((row) => row.warm)) {
  if (!r.warm.indexed) console.log('warm cache: git could not make the copy a work tree, so .git/index is not used');
  for (const [name, w] of Object.entries(r.warm.variants)) {
    console.log(
      `warm cache, scale ${r.scale}, 10 files changed, ${warmNames[name]}: ${fmt(w.seconds, 3)} s = ${fmt(w.seconds / r.rgSeconds, 1)}× ripgrep, CPU ${fmt(w.cpuSeconds)} s = ${fmt(w.cpuSeconds / r.rgCpuSeconds, 1)}×, ${fmt(w.rssMb, 0)} MB; ${w.stages['cache hits']} files from the cache (${w.stages['cache from index'] ?? 0} known from .git/index unread), ${w.stages['cache misses']} parsed, ${w.stages['cache rejoined'] ?? 0} Terraform files parsed again with a changed one, ${w.stages['cache uncached']} over the size limit · filling it: ${fmt(w.fillSeconds, 3)} s (CPU ${fmt(w.fillCpuSeconds)} s)`,
    );
  }
}
// The floor: a bare Node process that lists the tree and reads the same kinds of files, parsing nothing.
console.log(
  `Node floor, same run (start Node, walk, read YAML/JSON/HCL/dotenv files, no parsing): ${rows.map((r) => `scale ${r.scale}: ${fmt(r.floorSeconds, 3)} s = ${fmt(r.floorSeconds / r.rgSeconds, 1)}× ripgrep`).join(' · ')}`,
);
console.log(
  `  … plus yaml's lexer over the YAML files (tokens only, no tree): ${rows.map((r) => `scale ${r.scale}: ${fmt(r.lexFloorSeconds, 3)} s = ${fmt(r.lexFloorSeconds / r.rgSeconds, 1)}× ripgrep`).join(' · ')}`,
);
console.log(
  `load average at the end: ${loadavg()
    .map((x) => fmt(x, 2))
    .join(' ')} on ${availableParallelism()} cores`,
);

// Time per stage, median over the runs; each stage counts only its own time (see src/common/timings.ts).
const stageNames = [...new Set(rows.flatMap((r) => Object.keys(r.stages)))];
console.log(`\n| stage ms | ${rows.map((r) => `scale ${r.scale}`).join(' | ')} |`);
console.log(`| --- | ${rows.map(() => '---:').join(' | ')} |`);
for (const name of stageNames) console.log(`| ${name} | ${rows.map((r) => fmt(r.stages[name] ?? 0, 0)).join(' | ')} |`);

// The cache path's stages (ms, or files for the cache counts), median over the warm re-scans.
for (const r of rows.filter((row) => row.warm)) {
  const variants = Object.entries(r.warm.variants);
  const names = [...new Set(variants.flatMap(([, w]) => Object.keys(w.stages)))];
  console.log(`\n| warm re-scan, scale ${r.scale} | ${variants.map(([name]) => warmNames[name]).join(' | ')} |`);
  console.log(`| --- | ${variants.map(() => '---:').join(' | ')} |`);
  for (const name of names)
    console.log(`| ${name} | ${variants.map(([, w]) => fmt(w.stages[name] ?? 0, 0)).join(' | ')} |`);
}

const big = results[10];
const small = results[1];
const big24 = big?.node24;
const targets = [
  [
    'scale 10 on Node 24, cold: within 5× ripgrep (aim 4×)',
    big24 && Number.isFinite(big24.ratio) ? big24.ratio <= 5 : undefined,
    big24 ? `${fmt(big24.ratio, 1)}×` : 'not run',
  ],
  [
    'scale 10 on Node 24 peak RSS ≤ 200 MB',
    big24 ? big24.rssMb <= 200 : undefined,
    big24 ? `${fmt(big24.rssMb, 0)} MB` : 'not run',
  ],
  [
    'scale 10 within 3× ripgrep (aim 2×)',
    big && Number.isFinite(big.ratio) ? big.ratio <= 3 : undefined,
    big ? `${fmt(big.ratio, 1)}×` : 'not run',
  ],
  [
    'scale 10 on Node 24, warm cache, 10 files changed: within 3× ripgrep (aim 2×)',
    big?.warm?.variants.node24 ? big.warm.variants.node24.seconds / big.rgSeconds <= 3 : undefined,
    big?.warm?.variants.node24 ? `${fmt(big.warm.variants.node24.seconds / big.rgSeconds, 1)}×` : 'not run',
  ],
  ['scale 10 peak RSS < 200 MB', big ? big.rssMb < 200 : undefined, big ? `${fmt(big.rssMb, 0)} MB` : 'not run'],
  [
    'scale 1 → 10 time growth ≤ 11×',
    big && small ? big.seconds / small.seconds <= 11 : undefined,
    big && small ? `${fmt(big.seconds / small.seconds, 1)}×` : 'not run',
  ],
  ['cold start (--version) < 100 ms', coldVersion < 0.1, `${fmt(coldVersion * 1000, 0)} ms`],
  [
    'in-scope recall 100 %, no decoy hit',
    rows.every((r) => r.recallInScope === 1 && r.noiseOnDecoys === 0),
    rows.map((r) => `${fmt(100 * r.recallInScope, 1)} %/${r.noiseOnDecoys}`).join(', '),
  ],
  ['bundle < 5 MB', bundleMb < 5, `${fmt(bundleMb, 2)} MB`],
];
const hostile = runHostileCases(Math.min(runs, 3));
targets.push([
  'hostile inputs within their bounds (table below)',
  hostile.every((row) => row.met),
  `${hostile.filter((row) => row.met).length}/${hostile.length}`,
]);
console.log('\n| target | measured | met |\n| --- | --- | --- |');
for (const [name, met, measured] of targets)
  console.log(`| ${name} | ${measured} | ${met === undefined ? 'n/a' : met ? 'yes' : 'no'} |`);
printHostileTable(hostile);
