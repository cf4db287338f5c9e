import { run } from './action/run.js';
import { printTimings } from './common/timings.js';

await run();
printTimings();
