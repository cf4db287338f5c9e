// ncc names every bundle index.js; the CLI bundle goes next to the action's as dist/cli.js.
import { chmodSync, copyFileSync } from 'node:fs';

copyFileSync('build/cli/index.js', 'dist/cli.js');
chmodSync('dist/cli.js', 0o755);
