import { run } from './action.js';
import { printTimings } from './timings.js';

await run();
printTimings();
