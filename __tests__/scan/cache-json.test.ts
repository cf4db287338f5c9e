import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deserialize } from 'node:v8';
import { cacheFileFor, jsonExact } from '../../src/scan/cache.js';
import { scanOutputs } from '../helpers/scan-outputs.js';
import { cacheEntriesOf, isJsonEntry, rewriteJsonEntries } from '../helpers/cache-entries.js';

let scratch: string;
let root: string;
let cacheDir: string;
beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'sch-cache-json-'));
  root = join(scratch, 'cases');
  cacheDir = join(scratch, 'cache');
  cpSync('__tests__/real-world/cases', root, { recursive: true });
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const text = (bytes: Uint8Array) => Buffer.from(bytes).toString('utf8');

describe('jsonExact', () => {
  it('takes plain data JSON gives back as it was', () => {
    expect(jsonExact({ path: 'a.yml', model: { references: [], span: { startLine: 1 } }, ok: true, none: null })).toBe(
      true,
    );
    expect(jsonExact(['a', 1.5, -3, 0, false])).toBe(true);
  });

  it('refuses what JSON would change or drop', () => {
    expect(jsonExact({ zero: -0 })).toBe(false);
    expect(jsonExact({ count: Number.NaN })).toBe(false);
    expect(jsonExact({ count: Infinity })).toBe(false);
    expect(jsonExact({ gone: undefined })).toBe(false);
    expect(jsonExact([undefined])).toBe(false);
    expect(jsonExact({ ignores: new Map([['a', 1]]) })).toBe(false);
    expect(jsonExact({ names: new Set(['a']) })).toBe(false);
    expect(jsonExact([1, , 3])).toBe(false);
    expect(jsonExact({ when: new Date(0) })).toBe(false);
    expect(jsonExact({ shown: { toJSON: () => 'other' } })).toBe(false);
    expect(jsonExact({ big: 1n })).toBe(false);
    class Tree {
      readonly nodes = 1;
    }
    expect(jsonExact({ tree: new Tree() })).toBe(false);
  });
});

describe('parse results stored as JSON', () => {
  it('are most entries, and a warm scan gives the cold scan byte for byte from them', async () => {
    const cold = await scanOutputs(root, undefined);
    await scanOutputs(root, cacheDir);
    const values = cacheEntriesOf(cacheFileFor(cacheDir, root)).map(([, bytes]) => bytes);
    const json = values.filter(isJsonEntry);
    expect(json.length).toBeGreaterThan(values.length / 4);
    for (const bytes of json) expect(JSON.parse(text(bytes))).toMatchObject({ path: expect.any(String) });
    // What is not JSON is `node:v8`'s (a file with ignore comments keeps a Map) or an empty file's short entry.
    for (const bytes of values.filter((one) => !isJsonEntry(one))) expect([0x00, 0xff]).toContain(bytes[0]);
    const warm = await scanOutputs(root, cacheDir);
    expect(warm.use).toMatchObject({ misses: 0, notes: [] });
    expect(warm.output).toEqual(cold.output);
  });

  it.each([
    ['spelled out', '"__proto__"'],
    ['written with escapes', '"\\u005f_proto__"'],
  ])('with a `__proto__` key (%s) are ignored with a note', async (_how, key) => {
    const cold = await scanOutputs(root, undefined);
    await scanOutputs(root, cacheDir);
    const file = cacheFileFor(cacheDir, root);
    // The key added first in the object: `{"__proto__":{"polluted":true},"path":…}`.
    const forged = rewriteJsonEntries(
      file,
      (bytes) => Buffer.from(`{${key}:{"polluted":true},${text(bytes).slice(1)}`, 'utf8'),
      'first',
    );
    expect(forged).toBe(1);
    const warm = await scanOutputs(root, cacheDir);
    expect(warm.notes).toContain('ignored 1 cache entry that did not match their file');
    expect(warm.use?.misses).toBeGreaterThanOrEqual(1);
    expect(warm.output).toEqual(cold.output);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('that do not parse as JSON are ignored with a note', async () => {
    await scanOutputs(root, cacheDir);
    const file = cacheFileFor(cacheDir, root);
    const cut = rewriteJsonEntries(file, (bytes) => bytes.subarray(0, bytes.length - 1), 'first');
    expect(cut).toBe(1);
    const warm = await scanOutputs(root, cacheDir);
    expect(warm.notes).toContain('ignored 1 cache entry that did not match their file');
  });

  it('are told apart from `node:v8` entries by their first byte', () => {
    // `node:v8` starts with its version tag; an empty file's short entry with a NUL.
    expect(Buffer.from(JSON.stringify({ path: 'a' }))[0]).toBe(0x7b);
    expect(() => deserialize(Buffer.from('{"path":"a"}'))).toThrow();
  });
});
