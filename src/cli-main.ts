#!/usr/bin/env node
import { lap, printTimings } from './timings.js';
import { toolVersion } from './version.js';

lap('node start');

// `--version` answers before the scanner is loaded: compiling the whole bundle is most of a cold start.
const argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v')) process.stdout.write(`${toolVersion}\n`);
else {
  const { main } = await import('./cli.js');
  lap('bundle load');
  process.exitCode = await main(argv);
}
printTimings();
