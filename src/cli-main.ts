#!/usr/bin/env node
import { isMainThread } from 'node:worker_threads';
import { lap, printTimings } from './timings.js';
import { toolVersion } from './version.js';

lap('node start');

// `--version` answers before the scanner is loaded: compiling the whole bundle is most of a cold start.
const argv = process.argv.slice(2);
// The same file is the parse worker's entry (src/parse-worker.ts), so a worker needs no bundle of its own.
if (!isMainThread) {
  const { isParseWorker, serveParseWorker } = await import('./parse-worker.js');
  if (isParseWorker()) await serveParseWorker();
} else if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v')) process.stdout.write(`${toolVersion}\n`);
else {
  const { main } = await import('./cli.js');
  lap('bundle load');
  process.exitCode = await main(argv);
}
if (isMainThread) printTimings();
