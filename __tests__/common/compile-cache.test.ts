import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { chmodSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import module from 'node:module';
import { join, resolve } from 'node:path';
import { compileCacheFolder } from '../../src/common/compile-cache.js';

let scratch: string;
beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'sch-compile-cache-'));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const ownName = `ses-credential-hygiene-compile-cache-${process.getuid?.() ?? ''}`.replace(/-$/, '');

describe('the compile cache folder', () => {
  it('is made in the temp folder it is given, readable by this user alone', () => {
    const temp = join(scratch, 'fresh');
    mkdirSync(temp);
    const folder = compileCacheFolder(temp);
    expect(folder).toBe(join(temp, ownName));
    expect(lstatSync(folder ?? '').mode & 0o077).toBe(0);
  });

  it('is not used when it is a link (to a folder someone else chose)', () => {
    const temp = join(scratch, 'linked');
    mkdirSync(join(temp, 'elsewhere'), { recursive: true });
    symlinkSync(join(temp, 'elsewhere'), join(temp, ownName));
    expect(compileCacheFolder(temp)).toBeUndefined();
  });

  it('is not used when others may write to it', () => {
    const temp = join(scratch, 'open');
    mkdirSync(join(temp, ownName), { recursive: true });
    chmodSync(join(temp, ownName), 0o777);
    expect(compileCacheFolder(temp)).toBeUndefined();
  });
});

describe('the CLI', () => {
  const cli = resolve('dist/cli.js');
  it('fills the cache on a Node that has one, and never writes in the scanned folder', () => {
    const temp = join(scratch, 'cli-temp');
    const checkout = join(scratch, 'checkout');
    mkdirSync(temp);
    mkdirSync(checkout);
    const run = spawnSync(process.execPath, [cli, checkout, '--format', 'json', '--fail-on', 'never'], {
      encoding: 'utf8',
      env: { ...process.env, TMPDIR: temp },
    });
    expect(run.status).toBe(0);
    expect(readdirSync(checkout)).toEqual([]);
    // Node 20 has no compile cache; the action's Node 24 has.
    const hasCache = typeof (module.enableCompileCache as unknown) === 'function';
    expect(readdirSync(temp)).toEqual(hasCache ? [ownName] : []);
  });
});
