import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { displayName } from '../../src/discovery/names.js';
import { walk } from '../../src/discovery/walk.js';

const bytes = (...parts: Array<string | number[] | Buffer>) =>
  Buffer.concat(parts.map((part) => (Buffer.isBuffer(part) ? part : Buffer.from(part as string))));

/** Names a checkout can hold: not UTF-8, UTF-8 that looks like something else, byte-order marks, controls, long. */
const names: Buffer[] = [
  bytes([0xfe]),
  bytes('\\xfe'), // shown as the byte above is
  bytes([0xc0, 0x80]), // overlong NUL
  bytes([0xed, 0xa0, 0x80]), // a surrogate
  bytes([0xe2, 0x82]), // cut short
  bytes([0xef, 0xbb, 0xbf, 0xfe]), // a byte-order mark, then not UTF-8
  bytes('\uFFFD'),
  bytes('\uFEFF'),
  bytes('\uFEFF\uFEFF'),
  bytes('e\u0301'), // é decomposed
  bytes('\u00e9'), // é composed
  bytes('a\nb'),
  bytes('a\rb'),
  bytes('\x01\x1b[31m'),
  bytes('\u2028'),
  bytes('\u200b'),
  bytes('\uFFFE'),
  bytes('\u{1F600}'),
  bytes(' '),
  bytes('\\'),
  bytes('\u00e9'.repeat(120)),
];

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'sch-walk-names-'));
  const at = (relative: Buffer) => Buffer.concat([Buffer.from(`${root}/`), relative]);
  const folders: Buffer[] = [
    bytes(''),
    ...names,
    bytes('\uFEFFtop'),
    bytes('sub/', [0xfe]),
    bytes('\u00e9/', '\uFEFF'),
  ];
  // Just past the length the walk opens directly (3 800 bytes): below it, through a folder handle.
  let deep = bytes('deep');
  for (let i = 0; i < 15; i++) deep = bytes(deep, '/', i % 2 ? [0xfe] : '', '\u00e9'.repeat(125));
  folders.push(deep);
  for (const folder of folders) {
    if (folder.length > 0) mkdirSync(at(folder), { recursive: true });
    for (const name of names) {
      const relative = folder.length > 0 ? bytes(folder, '/', name, '.env') : bytes(name, '.env');
      // Each file holds its own name's bytes: the test knows which file a path opened.
      writeFileSync(at(relative), relative.toString('hex'));
    }
  }
  symlinkSync(at(bytes([0xfe], '.env')), at(bytes('link', [0xff], '.env')));
  symlinkSync(at(bytes('sub')), at(bytes('linked')));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Every regular file below the root, listed as bytes: its relative bytes. */
function everyFile(under: Buffer): Buffer[] {
  const out: Buffer[] = [];
  for (const entry of readdirSync(Buffer.concat([Buffer.from(root), under]), {
    withFileTypes: true,
    encoding: 'buffer',
  })) {
    const relative = Buffer.concat([under, Buffer.from('/'), entry.name]);
    if (entry.isDirectory() && !entry.isSymbolicLink()) out.push(...everyFile(relative));
    else if (entry.isFile()) out.push(relative.subarray(1));
  }
  return out;
}

describe('the walk of hostile names, folders listed as text or as bytes', () => {
  it('gives every file once, under the path displayName gives its bytes, and opens that file', () => {
    const { candidates, skipped } = walk(root, { wanted: () => true, excluded: () => false });
    const files = everyFile(Buffer.alloc(0));
    expect(files.length).toBeGreaterThan(500);
    const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
    expect(candidates.map((candidate) => candidate.path)).toEqual(files.map((file) => displayName(file)).sort(compare));
    // Each candidate opens a different file, and the file whose name shows as its path.
    const opened = candidates.map((candidate) => readFileSync(candidate.absolute, 'utf8'));
    expect(new Set(opened).size).toBe(files.length);
    candidates.forEach((candidate, at) =>
      expect(displayName(Buffer.from(opened[at] ?? '', 'hex'))).toBe(candidate.path),
    );
    expect(skipped.map((skip) => skip.path).sort()).toEqual(['link\\xff.env', 'linked']);
  });

  // Not from the text listing (the walk was so before it): `displayName` decodes with a TextDecoder that drops a
  // byte-order mark at the start of each run it decodes, the path's start and after every byte that is not UTF-8.
  it.failing('shows files whose names differ in their bytes under different paths', () => {
    const { candidates } = walk(root, { wanted: (path) => !path.includes('/'), excluded: () => false });
    // [fe], "\\xfe" and [ef bb bf fe] all show as `\xfe.env`; "\uFEFFtop/…" is shown without its mark.
    expect(candidates.filter((candidate) => candidate.path === '\\xfe.env')).toHaveLength(1);
  });
});
