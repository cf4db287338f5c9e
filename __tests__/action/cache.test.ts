import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type * as actionsCache from '@actions/cache';
import { createHash } from 'node:crypto';
import { runnerCommands } from '../hostile/runner-commands.js';
import * as core from '../helpers/core.js';

/**
 * GitHub's cache service, stood in at the module boundary: a saved folder is copied into `saved` under its
 * key and the scope of the run that saved it, and a restore looks in the scopes GitHub lets a run read
 * (its own ref, then a pull request's base branch), exact key first, then the newest entry of a prefix.
 */
interface SavedCache {
  key: string;
  scope: string;
  folder: string;
}
const saved: SavedCache[] = [];
let store: string;
const readableScopes = () =>
  process.env.GITHUB_EVENT_NAME === 'pull_request'
    ? [process.env.GITHUB_REF, `refs/heads/${process.env.GITHUB_BASE_REF}`]
    : [process.env.GITHUB_REF];
const service = {
  isFeatureAvailable: jest.fn<typeof actionsCache.isFeatureAvailable>(() => true),
  restoreCache: jest.fn<typeof actionsCache.restoreCache>(async (paths, key, restoreKeys = []) => {
    for (const scope of readableScopes()) {
      const inScope = saved.filter((cache) => cache.scope === scope).reverse();
      const found =
        inScope.find((cache) => cache.key === key) ??
        restoreKeys.map((prefix) => inScope.find((cache) => cache.key.startsWith(prefix))).find(Boolean);
      if (found) {
        cpSync(found.folder, paths[0]!, { recursive: true });
        return found.key;
      }
    }
    return undefined;
  }),
  saveCache: jest.fn<typeof actionsCache.saveCache>(async (paths, key) => {
    const folder = join(store, String(saved.length));
    cpSync(paths[0]!, folder, { recursive: true });
    saved.push({ key, scope: process.env.GITHUB_REF ?? '', folder });
    return saved.length;
  }),
};

jest.unstable_mockModule('@actions/core', () => core);
jest.unstable_mockModule('@actions/cache', () => service);
const { cachePlan, restoreParseCache } = await import('../../src/action/cache.js');
const { run } = await import('../../src/action/run.js');
const { scan } = await import('../../src/scan/scan.js');
const { renderJson } = await import('../../src/report/json.js');
const { cacheFileFor } = await import('../../src/scan/cache.js');

const workspace = resolve('.');
const savedEnv = { ...process.env };
let dir: string;
const main = 'a'.repeat(40);
const next = 'b'.repeat(40);
const merge = 'c'.repeat(40);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sch-action-cache-'));
  store = join(dir, 'store');
  mkdirSync(store);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
beforeEach(() => {
  core.useInputs({});
  core.captureStdout();
});
afterEach(() => {
  jest.restoreAllMocks();
  process.env = { ...savedEnv };
});

/** The environment of a run: a push to main, or a pull request into main. */
function runEnv(event: 'push' | 'pull_request' | 'pull_request_target' | 'workflow_run', sha: string, temp: string) {
  const pull = event.startsWith('pull_request');
  process.env = {
    PATH: savedEnv.PATH,
    GITHUB_WORKSPACE: workspace,
    RUNNER_OS: 'Linux',
    RUNNER_TEMP: temp,
    GITHUB_EVENT_NAME: event,
    GITHUB_SHA: sha,
    GITHUB_REF: pull && event === 'pull_request' ? 'refs/pull/7/merge' : 'refs/heads/main',
    GITHUB_REF_NAME: pull && event === 'pull_request' ? '7/merge' : 'main',
    ...(pull ? { GITHUB_BASE_REF: 'main', GITHUB_HEAD_REF: 'feature' } : {}),
  };
}

/** A copy of the examples to scan, made once. */
let checkoutCopy: string | undefined;
function checkoutOf(): string {
  checkoutCopy ??= join(dir, 'checkout-forged');
  cpSync('examples', checkoutCopy, { recursive: true });
  return checkoutCopy;
}

const info = () => core.info.mock.calls.map(([line]) => line).filter((line) => line.includes(': cache: '));

describe('the cache keys', () => {
  it('key a push on its branch and commit, and restore by the branch', () => {
    runEnv('push', main, dir);
    expect(cachePlan(process.env)).toEqual({
      dir: join(dir, 'ses-credential-hygiene-cache'),
      key: `ses-credential-hygiene-v1.0.0-Linux-main-${main}`,
      restoreKeys: ['ses-credential-hygiene-v1.0.0-Linux-main-'],
    });
  });

  it('key a pull request on its base branch, and save only in its own scope', () => {
    runEnv('pull_request', merge, dir);
    expect(cachePlan(process.env)).toMatchObject({
      key: `ses-credential-hygiene-v1.0.0-Linux-main-${merge}`,
      restoreKeys: ['ses-credential-hygiene-v1.0.0-Linux-main-'],
    });
    expect(cachePlan(process.env)).not.toHaveProperty('noSave');
  });

  it.each(['pull_request_target', 'workflow_run'] as const)(
    'never save from %s, whose cache its base branch would read',
    (event) => {
      runEnv(event, merge, dir);
      expect(cachePlan(process.env)).toMatchObject({
        noSave: expect.stringMatching(/could be read by the base branch/),
      });
    },
  );

  it('keep a branch name from breaking the key, and refuse a cache input that is not true or false', () => {
    runEnv('push', main, dir);
    process.env.GITHUB_REF_NAME = 'a,b c';
    expect(cachePlan(process.env)).toMatchObject({ key: `ses-credential-hygiene-v1.0.0-Linux-a_b_c-${main}` });
    process.env.INPUT_CACHE = 'sometimes';
    expect(() => cachePlan(process.env)).toThrow('input cache must be true or false, not "sometimes"');
    process.env.INPUT_CACHE = 'false';
    expect(cachePlan(process.env)).toEqual({ off: 'turned off (cache: false)' });
  });
});

describe('the action with the cache service', () => {
  /** A copy of the examples the runs scan, and a fresh runner temp folder for each run. */
  let checkout: string;
  let runs = 0;
  beforeAll(() => {
    checkout = join(dir, 'checkout');
    cpSync('examples', checkout, { recursive: true });
  });
  const temp = () => {
    const folder = join(dir, `temp-${(runs += 1)}`);
    mkdirSync(folder);
    return folder;
  };

  it('saves on main, and a second push restores it: the summary says how many files came from the cache', async () => {
    runEnv('push', main, temp());
    process.env.GITHUB_STEP_SUMMARY = join(dir, 'summary-1.md');
    core.useInputs({ path: checkout, 'sarif-file': join(dir, 'one.sarif'), 'fail-on': 'never' });
    await run();
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(saved.map((cache) => [cache.key, cache.scope])).toEqual([
      [`ses-credential-hygiene-v1.0.0-Linux-main-${main}`, 'refs/heads/main'],
    ]);
    expect(readFileSync(join(dir, 'summary-1.md'), 'utf8')).toMatch(/Parse cache: 0 of \d+ files came from the cache/);

    runEnv('push', next, temp());
    process.env.GITHUB_STEP_SUMMARY = join(dir, 'summary-2.md');
    core.useInputs({ path: checkout, 'sarif-file': join(dir, 'two.sarif'), 'fail-on': 'never' });
    await run();
    expect(info()).toContain(
      `ses-credential-hygiene: cache: restored ses-credential-hygiene-v1.0.0-Linux-main-${main}`,
    );
    const line = /Parse cache: (\d+) of (\d+) files came from the cache; (\d+) were read and parsed\./.exec(
      readFileSync(join(dir, 'summary-2.md'), 'utf8'),
    );
    expect(Number(line?.[1])).toBeGreaterThan(10);
    expect(Number(line?.[1]) + Number(line?.[3])).toBe(Number(line?.[2]));
    expect(readFileSync(join(dir, 'two.sarif'), 'utf8')).toBe(readFileSync(join(dir, 'one.sarif'), 'utf8'));
    expect(saved).toHaveLength(2);
  });

  it('on a pull request reads the base branch’s cache and saves in the pull request’s scope only', async () => {
    runEnv('pull_request', merge, temp());
    const cached = await restoreParseCache(process.env, '', service);
    expect(service.restoreCache).toHaveBeenLastCalledWith(
      [join(process.env.RUNNER_TEMP!, 'ses-credential-hygiene-cache')],
      `ses-credential-hygiene-v1.0.0-Linux-main-${merge}`,
      ['ses-credential-hygiene-v1.0.0-Linux-main-'],
    );
    await scan({ root: checkout, threads: 'never', ...(cached.scan ? { cache: cached.scan } : {}) });
    expect(cached.summaryLine()).toMatch(/^Parse cache: [1-9]\d* of \d+ files came from the cache/);
    await cached.save();
    expect(saved.at(-1)).toMatchObject({ scope: 'refs/pull/7/merge' });

    // The base branch cannot read what the pull request saved: its next run restores its own newest.
    runEnv('push', 'd'.repeat(40), temp());
    const base = await restoreParseCache(process.env, '', service);
    expect(await service.restoreCache.mock.results.at(-1)?.value).toBe(
      `ses-credential-hygiene-v1.0.0-Linux-main-${next}`,
    );
    expect(base.scan).toBeDefined();
  });

  it('ignores a restored cache that fails to verify, with a note, and scans as cold', async () => {
    runEnv('push', 'e'.repeat(40), temp());
    const cold = renderJson(await scan({ root: checkout, threads: 'never' }));
    const cached = await restoreParseCache(process.env, '', service);
    const restored = join(process.env.RUNNER_TEMP!, 'ses-credential-hygiene-cache');
    for (const name of readdirSync(restored)) {
      const bytes = readFileSync(join(restored, name));
      writeFileSync(join(restored, name), bytes.subarray(0, bytes.length - 100));
    }
    const result = await scan({ root: checkout, threads: 'never', ...(cached.scan ? { cache: cached.scan } : {}) });
    expect(renderJson(result)).toBe(cold);
    expect(info()).toContainEqual(
      expect.stringMatching(/cache: ignored the cache file .*: its checksum does not match \(truncated or altered\)$/),
    );
    expect(cached.summaryLine()).toMatch(/^Parse cache: 0 of \d+ files came from the cache/);
  });
});

describe('a restored cache file is input to the log too', () => {
  it('quotes nothing from it that the runner would read as a command, or that is not one plain line', async () => {
    runEnv('push', 'f'.repeat(40), join(dir, 'temp-forged'));
    mkdirSync(process.env.RUNNER_TEMP!);
    // A cache saved by anything that could write to the branch's scope: its version field is a command.
    const forged = [
      'x',
      '::set-output name=verdict::pass',
      '##[add-mask]ses-credential-hygiene',
      `\u001b]0;pwned\u0007${'y'.repeat(100_000)}`,
    ].join('\n');
    // The file's header line (JSON) then no entries, framed and checksummed as the tool writes it.
    const payload = Buffer.from(`${JSON.stringify({ version: forged, build: '', settings: '', entries: 0 })}\n`);
    const bytes = Buffer.concat([
      Buffer.from('ses-credential-hygiene parse cache 2\n'),
      createHash('sha256').update(payload).digest(),
      payload,
    ]);
    const restored = join(process.env.RUNNER_TEMP!, 'ses-credential-hygiene-cache');
    const restore = service.restoreCache.mockImplementationOnce(async () => {
      mkdirSync(restored, { recursive: true });
      writeFileSync(cacheFileFor(restored, checkoutOf()), bytes);
      return 'ses-credential-hygiene-v1.0.0-Linux-main-\n::error::forged key';
    });
    const cached = await restoreParseCache(process.env, '', service);
    await scan({ root: checkoutOf(), threads: 'never', ...(cached.scan ? { cache: cached.scan } : {}) });
    expect(restore).toHaveBeenCalled();
    const notes = info();
    expect(notes).toContainEqual(expect.stringMatching(/ignored the cache file .*: it was written by another build/));
    const log = notes.join('\n');
    expect(runnerCommands(log)).toEqual([]);
    expect(log).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(notes.every((note) => !note.includes('\n') && note.length < 2000)).toBe(true);
  });
});

describe('a pull request costs what it changes', () => {
  /** A git work tree of the examples whose index is older than its files were last written: none is racy. */
  function gitCheckout(): string {
    const root = join(dir, 'checkout-git');
    cpSync('examples', root, { recursive: true });
    const past = new Date(Date.now() - 60_000);
    const touch = (folder: string): void => {
      for (const entry of readdirSync(folder, { withFileTypes: true })) {
        const path = join(folder, entry.name);
        if (entry.isDirectory()) touch(path);
        else utimesSync(path, past, past);
      }
    };
    touch(root);
    execFileSync('git', ['init', '-q'], { cwd: root });
    execFileSync('git', ['add', '-A'], { cwd: root });
    return root;
  }

  it('reads and parses only the files the pull request changed, and finds what a cold scan finds', async () => {
    saved.length = 0;
    const root = gitCheckout();
    runEnv('push', '1'.repeat(40), temp('push'));
    process.env.GITHUB_STEP_SUMMARY = join(dir, 'pr-summary-push.md');
    core.useInputs({ path: root, 'sarif-file': join(dir, 'pr-push.sarif'), 'fail-on': 'never' });
    await run();
    expect(saved).toHaveLength(1);

    // The pull request changes a workflow and a .env; every other file is as the base branch's cache saw it.
    const changed = ['.github/workflows/digest.yml', 'services/mailer/.env'];
    for (const file of changed)
      writeFileSync(join(root, file), `${readFileSync(join(root, file), 'utf8')}\n# changed\n`);
    runEnv('pull_request', '2'.repeat(40), temp('pr'));
    process.env.GITHUB_STEP_SUMMARY = join(dir, 'pr-summary.md');
    core.useInputs({ path: root, 'sarif-file': join(dir, 'pr.sarif'), 'fail-on': 'never' });
    await run();
    const line =
      /Parse cache: (\d+) of (\d+) files came from the cache \((\d+) known from the git index without being read\); (\d+) were read and parsed\./.exec(
        readFileSync(join(dir, 'pr-summary.md'), 'utf8'),
      );
    const [hits, files, unread, parsed] = (line?.slice(1) ?? []).map(Number);
    expect(parsed).toBe(changed.length);
    expect(hits).toBe(Number(files) - changed.length);
    expect(unread).toBe(hits);

    // The same pull request scanned cold: the same SARIF.
    runEnv('pull_request', '2'.repeat(40), temp('pr-cold'));
    process.env.GITHUB_STEP_SUMMARY = join(dir, 'pr-summary-cold.md');
    core.useInputs({ path: root, 'sarif-file': join(dir, 'pr-cold.sarif'), 'fail-on': 'never', cache: 'false' });
    await run();
    expect(readFileSync(join(dir, 'pr-summary-cold.md'), 'utf8')).not.toContain('Parse cache:');
    expect(readFileSync(join(dir, 'pr.sarif'), 'utf8')).toBe(readFileSync(join(dir, 'pr-cold.sarif'), 'utf8'));
  });
});

/** A fresh runner temp folder. */
function temp(name: string): string {
  const folder = join(dir, `temp-pr-${name}`);
  mkdirSync(folder);
  return folder;
}
