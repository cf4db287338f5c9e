// File and folder names, and config files, for scripts/fuzz.mjs. Imports the compiled sources from build/.
import { execFileSync } from 'node:child_process';
import { closeSync, constants, existsSync, mkdirSync, mkdtempSync, openSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import vm from 'node:vm';

const { walk } = await import('../build/src/discovery/walk.js');
const { readText } = await import('../build/src/discovery/read.js');
const { adapterFor } = await import('../build/src/formats/index.js');
const { escapeCommands } = await import('../build/src/output/log.js');
const { parseConfig, ConfigError } = await import('../build/src/config/config.js');
const { classifyName } = await import('../build/src/credentials/names.js');
const { runnerCommands } = await import('../build/__tests__/hostile/runner-commands.js');

const nameParts = [
  '##[set-output name=pwned;]x',
  '##[add-mask]',
  '::error::forged',
  '::stop-commands::t',
  '\n',
  '\r',
  '%0A',
  '\\',
  ' ',
  'AKIA',
  'd'.repeat(200),
  '.github',
  'workflows',
];
const endings = ['.env', '.yml', '.tf', 'docker-compose.yml', '.json', 'serverless.yml'];

/** Up to four paths, each a list of byte components: folders, then a file name an adapter reads. */
export function randomNames(random) {
  const pick = (items) => items[Math.floor(random() * items.length)];
  const component = (maxLength) => {
    const bytes = [];
    const length = 1 + Math.floor(random() * 6);
    for (let i = 0; i < length; i++) {
      if (random() < 0.5) bytes.push(...Buffer.from(pick(nameParts)));
      else bytes.push(1 + Math.floor(random() * 255));
    }
    const clean = bytes.filter((byte) => byte !== 0x2f && byte !== 0).slice(0, maxLength);
    const name = Buffer.from(clean.length > 0 ? clean : [0x61]);
    return name.equals(Buffer.from('.')) || name.equals(Buffer.from('..')) ? Buffer.from('dot') : name;
  };
  const paths = [];
  for (let p = 1 + Math.floor(random() * 4); p > 0; p--) {
    const depth = random() < 0.2 ? 15 + Math.floor(random() * 15) : Math.floor(random() * 3);
    const folders = Array.from({ length: depth }, () => component(250));
    const file = Buffer.concat([component(240), Buffer.from(pick(endings))]);
    paths.push([...folders, file]);
  }
  return paths;
}

/** Makes each path below `root` through folder handles, so length is no limit. */
function create(root, paths) {
  const made = [];
  for (const parts of paths) {
    let parent = Buffer.from(root);
    const handles = [];
    try {
      for (const folder of parts.slice(0, -1)) {
        const fd = openSync(parent, constants.O_RDONLY | constants.O_DIRECTORY);
        handles.push(fd);
        parent = Buffer.concat([Buffer.from(`/proc/self/fd/${fd}/`), folder]);
        if (!existsSync(parent)) mkdirSync(parent);
      }
      const fd = openSync(parent, constants.O_RDONLY | constants.O_DIRECTORY);
      handles.push(fd);
      writeFileSync(Buffer.concat([Buffer.from(`/proc/self/fd/${fd}/`), parts.at(-1)]), 'AWS_ACCESS_KEY_ID=x\n');
      made.push(parts);
    } catch {
      // A name the file system refuses (a folder and a file of the same name) is not a failure.
    } finally {
      for (const fd of handles) closeSync(fd);
    }
  }
  return made;
}

/** Walks the names, reads what it lists, and logs every path: nothing may throw, hang, go missing or become a command. */
export async function checkNames(paths, slowMs) {
  if (!existsSync('/proc/self/fd')) return undefined;
  const root = mkdtempSync(join(tmpdir(), 'sch-fuzz-names-'));
  try {
    const made = create(root, paths);
    const start = performance.now();
    const wanted = (path) => adapterFor(path) !== undefined;
    const { candidates, skipped } = walk(root, { wanted, excluded: () => false });
    for (const candidate of candidates) readText(candidate.absolute, 1 << 20);
    const listed = candidates.length + skipped.length;
    // One file per path: the generator can draw the same path twice (`\r.env` from one name part and an ending).
    const madePaths = new Set(made.map((parts) => parts.map((part) => part.toString('latin1')).join('/')));
    const expected = [...madePaths].filter(wanted).length;
    if (listed < expected) return `walked ${listed} of ${expected} file(s)`;
    const log = escapeCommands([...candidates, ...skipped].map((entry) => entry.path).join('\n'));
    const commands = runnerCommands(log);
    if (commands.length > 0) return `a name became the runner command ${commands[0].command}`;
    const elapsed = performance.now() - start;
    if (elapsed > slowMs) return `took ${elapsed.toFixed(0)} ms`;
    return undefined;
  } catch (error) {
    return `threw: ${error instanceof Error ? error.message : String(error)}`;
  } finally {
    execFileSync('rm', ['-rf', root]);
  }
}

export const configSeeds = [
  'rules:\n  root-credentials: off\n  hardcoded-access-key: warning\n',
  'ignore:\n  - "**"\n  - path: .github/workflows/*.yml\n    rules: [root-credentials]\n',
  'names:\n  - pattern: ^MAIL_(USER|PASS)$\n    kind: smtp-password\n  - pattern: "(A+)+$"\n    kind: access-key-id\n',
  'include:\n  - deploy/**/*.yaml\nexclude:\n  - "**/fixtures/**"\nmax-file-size: 1MB\nmax-depth: 64\n',
];

const longName = `${'A'.repeat(5000)}!`;
const longPath = `${'a/'.repeat(2000)}b.yml`;

/** Parses a config and runs what it compiled on long input, under a watchdog: a hang is a failure, not a stall. */
export function checkConfig(text, slowMs) {
  const start = performance.now();
  const run = () => {
    let config;
    try {
      config = parseConfig(text, 'fuzz.yml');
    } catch (error) {
      if (error instanceof ConfigError) return undefined;
      return `threw: ${error instanceof Error ? error.message : String(error)}`;
    }
    classifyName(longName, config.nameRules);
    classifyName(`${'A'.repeat(40)}B`, config.nameRules);
    for (const ignore of config.ignores) ignore.matches(longPath);
    return undefined;
  };
  try {
    const failure = vm.runInNewContext('run()', { run }, { timeout: slowMs });
    if (failure) return failure;
  } catch (error) {
    return error?.code === 'ERR_SCRIPT_EXECUTION_TIMEOUT' ? `took over ${slowMs} ms` : `threw: ${String(error)}`;
  }
  const elapsed = performance.now() - start;
  return elapsed > slowMs ? `took ${elapsed.toFixed(0)} ms` : undefined;
}
