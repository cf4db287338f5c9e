import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readTextInChunks } from '../../src/discovery/read-chunks.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sch-chunks-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function readAll(name: string, content: Buffer | string, options: Parameters<typeof readTextInChunks>[2] = {}) {
  writeFileSync(join(dir, name), content);
  const pieces: string[] = [];
  const result = readTextInChunks(join(dir, name), (text) => pieces.push(text), options);
  return { result, text: pieces.join(''), pieces };
}

describe('readTextInChunks', () => {
  it('decodes a character cut by a chunk boundary whole, and drops a byte-order mark', () => {
    const text = `é😀${'ü'.repeat(20)}😀end`;
    const read = readAll('utf8.txt', `\uFEFF${text}`, { chunkBytes: 3 });
    expect(read.text).toBe(text);
    expect(read.pieces.length).toBeGreaterThan(10);
    expect(read.result).toEqual({ ok: true, size: Buffer.byteLength(`\uFEFF${text}`), capped: false, relevant: true });
  });

  it('reads UTF-16 with its byte-order mark, in chunks', () => {
    const text = 'AWS_SECRET_ACCESS_KEY=x\n';
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    expect(readAll('utf16.txt', bytes, { chunkBytes: 5 }).text).toBe(text);
  });

  it('stops at the cap and says so', () => {
    const read = readAll('capped.txt', 'a'.repeat(100), { chunkBytes: 16, cap: 40 });
    expect(read.text).toBe('a'.repeat(40));
    expect(read.result).toEqual({ ok: true, size: 100, capped: true, relevant: true });
  });

  it('refuses a binary file after its first chunk', () => {
    const read = readAll('binary.bin', Buffer.alloc(10_000), { chunkBytes: 1000 });
    expect(read.result).toEqual({ ok: false, reason: 'binary file (NUL byte)' });
    expect(read.text).toBe('');
  });

  it("finds the format's word even where a chunk boundary cuts it", () => {
    const mayMatter = (bytes: Buffer) => bytes.includes('apiVersion');
    const text = `${'x'.repeat(95)}apiVersion: v1\n`;
    for (const chunkBytes of [7, 16, 97, 100])
      expect(readAll('word.yaml', text, { chunkBytes, mayMatter }).result).toMatchObject({ relevant: true });
    expect(readAll('none.yaml', 'x'.repeat(300), { chunkBytes: 16, mayMatter }).result).toMatchObject({
      relevant: false,
    });
  });
});
