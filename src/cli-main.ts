#!/usr/bin/env node
import { isMainThread } from 'node:worker_threads';
import { lap, printTimings } from './common/timings.js';
import { toolVersion } from './common/version.js';
import { enableCompileCache } from './common/compile-cache.js';
import { exitOnceWritten } from './common/exit.js';

lap('node start');
// Before the scanner's modules load: a second run on this machine then compiles little of the bundle. Only in
// the CLI's own thread: a parse worker the action starts (this file is its entry too) loads no cached code.
if (isMainThread) enableCompileCache();

// The same file is the parse worker's entry (src/scan/parse-worker.ts), so a worker needs no bundle of its own;
// a CLI that someone runs in a thread of their own is still the CLI.
const worker = isMainThread ? undefined : await import('./scan/parse-worker.js');
const argv = process.argv.slice(2);
if (worker?.isParseWorker()) await worker.serveParseWorker();
// `--version` answers before the scanner is loaded: compiling the whole bundle is most of a cold start.
else if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v')) process.stdout.write(`${toolVersion}\n`);
else {
  const { main } = await import('./cli/run.js');
  lap('bundle load');
  process.exitCode = await main(argv);
  printTimings();
  exitOnceWritten();
}
