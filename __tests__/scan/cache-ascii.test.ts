import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { isAscii } from 'node:buffer';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cacheFileFor } from '../../src/scan/cache.js';
import { scanOutputs } from '../helpers/scan-outputs.js';
import { cacheEntriesOf, isJsonEntry, rewriteJsonEntries } from '../helpers/cache-entries.js';

let scratch: string;
let root: string;
let cacheDir: string;
beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'sch-cache-ascii-'));
  root = join(scratch, 'repo');
  cacheDir = join(scratch, 'cache');
  mkdirSync(join(root, '.github', 'workflows'), { recursive: true });
  // Step names and a value beyond ASCII (`›`, `é`, an emoji of two UTF-16 code units) where a finding is.
  writeFileSync(
    join(root, '.github', 'workflows', 'mail.yml'),
    [
      'on: push',
      'jobs:',
      '  notify:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - name: Envoi › courriel é 📨',
      '        uses: dawidd6/action-send-mail@v3',
      '        with:',
      '          server_address: email-smtp.eu-west-1.amazonaws.com',
      '          username: AKIAL4XUUPE32OZAUI6H',
      '          password: ${{ secrets.AWS_SECRET_ACCESS_KEY }}',
      '',
    ].join('\n'),
  );
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');

describe('JSON entries written in ASCII', () => {
  it('escape every character beyond ASCII, and give the cold scan back byte for byte', async () => {
    rmSync(cacheDir, { recursive: true, force: true });
    const cold = await scanOutputs(root, undefined);
    expect(cold.output.json).toContain('AKIAL4XUUPE32OZAUI6H'.slice(0, 4));
    await scanOutputs(root, cacheDir);
    const json = cacheEntriesOf(cacheFileFor(cacheDir, root))
      .map(([, bytes]) => bytes)
      .filter(isJsonEntry);
    expect(json.length).toBeGreaterThan(0);
    for (const bytes of json) expect(isAscii(bytes)).toBe(true);
    expect(json.some((bytes) => latin1(bytes).includes('\\u203a'))).toBe(true);
    const warm = await scanOutputs(root, cacheDir);
    expect(warm.use).toMatchObject({ hits: 1, misses: 0, notes: [] });
    expect(warm.output).toEqual(cold.output);
  });

  it.each([
    ['p', '"__\\u0070roto__"'],
    ['r', '"__p\\u0072oto__"'],
    ['o', '"__pr\\u006Fto__"'],
    ['t', '"__pro\\u0074o__"'],
    ['_', '"_\\u005Fproto__"'],
  ])('with a `__proto__` key whose %s is escaped are ignored with a note', async (_char, key) => {
    rmSync(cacheDir, { recursive: true, force: true });
    const cold = await scanOutputs(root, undefined);
    await scanOutputs(root, cacheDir);
    const file = cacheFileFor(cacheDir, root);
    const forged = rewriteJsonEntries(file, (bytes) =>
      Buffer.from(`{${key}:{"polluted":true},${latin1(bytes).slice(1)}`, 'latin1'),
    );
    expect(forged).toBe(1);
    const warm = await scanOutputs(root, cacheDir);
    expect(warm.notes).toContain('ignored 1 cache entry that did not match their file');
    expect(warm.use?.misses).toBe(1);
    expect(warm.output).toEqual(cold.output);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
