import { describe, expect, it } from '@jest/globals';
import { decode } from '../../src/discovery/read.js';
import { scanTexts } from '../../src/scan/scan.js';
import { defaultConfig } from '../../src/config/config.js';

/** Decodes bytes as the scanner reads a file, then scans them: the path from disk in one step. */
function scanBytes(path: string, bytes: Buffer) {
  const read = decode(bytes);
  if (!read.ok) return { read, result: undefined };
  return { read, result: scanTexts([{ path, text: read.text }], defaultConfig()) };
}

const key = `AKIA${'ENCODING'}${'Q2R3S4T5'}`;
const env = `# first line\nAWS_ACCESS_KEY_ID=${key}\n`;
const place = (result: ReturnType<typeof scanBytes>['result']) =>
  result?.findings
    .filter((f) => f.ruleId === 'hardcoded-access-key')
    .map((f) => `${f.span.startLine}:${f.span.startColumn}`);

describe('encodings', () => {
  it('UTF-8 with a BOM: positions as GitHub shows them (the BOM is not a column)', () => {
    const { result } = scanBytes(
      '.env',
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`AWS_ACCESS_KEY_ID=${key}\n`)]),
    );
    expect(place(result)).toEqual(['1:19']);
  });

  it('UTF-16 LE and BE files are decoded and scanned', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(env, 'utf16le')]);
    const be = Buffer.from(le.subarray(2)).swap16();
    expect(place(scanBytes('.env', le).result)).toEqual(['2:19']);
    expect(place(scanBytes('.env', Buffer.concat([Buffer.from([0xfe, 0xff]), be])).result)).toEqual(['2:19']);
  });

  it('invalid UTF-8 bytes are replaced, reported, and the rest is still scanned', () => {
    const { read, result } = scanBytes(
      '.env',
      Buffer.concat([Buffer.from('# caf'), Buffer.from([0xe9, 0xff]), Buffer.from(`\nAWS_ACCESS_KEY_ID=${key}\n`)]),
    );
    expect(read).toMatchObject({ ok: true, warning: 'not valid UTF-8; invalid bytes were replaced' });
    expect(place(result)).toEqual(['2:19']);
  });

  it('CRLF line endings keep positions exact', () => {
    expect(place(scanBytes('.env', Buffer.from(env.replace(/\n/g, '\r\n'))).result)).toEqual(['2:19']);
    const workflow = `on: push\r\njobs:\r\n  a:\r\n    runs-on: x\r\n    steps:\r\n      - run: echo\r\n        env:\r\n          AWS_ACCESS_KEY_ID: ${key}\r\n`;
    expect(place(scanBytes('.github/workflows/crlf.yml', Buffer.from(workflow)).result)).toEqual(['8:30']);
  });

  it('a NUL byte makes a file binary: skipped with a reason', () => {
    expect(scanBytes('.env', Buffer.from(`A=1\u0000${key}`)).read).toEqual({
      ok: false,
      reason: 'binary file (NUL byte)',
      binary: Buffer.from(`A=1\u0000${key}`),
    });
  });
});
