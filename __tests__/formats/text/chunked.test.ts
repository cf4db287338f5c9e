import { describe, expect, it } from '@jest/globals';
import { classifyName } from '../../../src/credentials/names.js';
import { LineIndex } from '../../../src/formats/shared/lines.js';
import { ChunkedLiteralScan } from '../../../src/formats/text/chunked.js';
import { findLiterals, literalReach } from '../../../src/formats/text/literals.js';
import { fake } from '../../helpers/scan.js';

const isSecretKeyName = (name: string) => classifyName(name)?.kind === 'secret-access-key';

/** What one pass over the whole text finds, with its places: what the chunked scan must give. */
function wholeText(text: string): string[] {
  const lines = new LineIndex(text);
  return findLiterals(text, isSecretKeyName).map((hit) => {
    const span = lines.span(hit.start, hit.end);
    return `${hit.kind} ${hit.start}-${hit.end} ${span.startLine}:${span.startColumn}-${span.endLine}:${span.endColumn} ${hit.name ?? ''}`;
  });
}

function inPieces(text: string, pieceLength: number): string[] {
  const scan = new ChunkedLiteralScan(isSecretKeyName);
  for (let at = 0; at < text.length; at += pieceLength) scan.push(text.slice(at, at + pieceLength));
  return scan
    .end()
    .map(
      ({ hit, span }) =>
        `${hit.kind} ${hit.start}-${hit.end} ${span.startLine}:${span.startColumn}-${span.endLine}:${span.endColumn} ${hit.name ?? ''}`,
    );
}

const id = fake.accessKeyId();
const secret = fake.secretKey();
const smtp = fake.smtpPasswordV4();

/** Every shape the layer finds, and what it must not, in lines of many lengths, several windows long. */
const corpus = [
  `aws_access_key_id = ${id}\naws_secret_access_key = ${secret}\n`,
  // A key ID, then the secret far along the same line: beside a key ID, further back than any margin.
  `pair: ${id} ${'-'.repeat(3 * literalReach)} ${secret}\n`,
  // A long base64 run with key-ID pieces inside it, and a 60-character run that is no secret.
  `blob: ${'Ab9+'.repeat(300)}${id}/${'x'.repeat(60)}/${id}+tail\n`,
  `SMTP_PASSWORD: ${smtp}\npadded: ${secret}=\n`,
  `é 😀 ünïcödé ${'ü'.repeat(literalReach)} AWS_SECRET_ACCESS_KEY="${secret}"\n`,
  `${' '.repeat(literalReach - 3)}export AWS_SECRET_ACCESS_KEY=${secret}\n`,
  `no newline at the end ${id}`,
].join('');
const text = Array.from({ length: 12 }, (_, i) => `# block ${i}\n${'filler '.repeat(i * 37)}\n${corpus}\n`).join('');

describe('ChunkedLiteralScan', () => {
  it('finds, piece by piece, exactly what one pass over the whole text finds, at the same places', () => {
    const expected = wholeText(text);
    expect(expected.length).toBeGreaterThan(80);
    for (const pieceLength of [1, 7, 64, literalReach, 2 * literalReach + 1, 1000, 4093, text.length])
      expect([pieceLength, inPieces(text, pieceLength)]).toEqual([pieceLength, expected]);
  });

  it('finds a key cut by every possible piece boundary', () => {
    const line = `${'x '.repeat(3 * literalReach)}\nAWS_SECRET_ACCESS_KEY=${secret} ${id}\n${'y '.repeat(3 * literalReach)}`;
    const expected = wholeText(line);
    expect(expected).toHaveLength(2);
    const keyAt = line.indexOf(secret);
    for (let cut = keyAt - literalReach; cut <= keyAt + 64; cut++) {
      const scan = new ChunkedLiteralScan(isSecretKeyName);
      scan.push(line.slice(0, cut));
      scan.push(line.slice(cut, cut + 5 * literalReach));
      scan.push(line.slice(cut + 5 * literalReach));
      expect([cut, scan.end().map(({ span }) => `${span.startLine}:${span.startColumn}`)]).toEqual([
        cut,
        [`${3 * 0 + 2}:23`, `2:${23 + 41}`],
      ]);
    }
  });

  it('does not take the tail of a longer run, cut by a window, for a key ID on the line', () => {
    // In the whole text the key ID is part of a longer piece, so the bare 40 characters later on the line stand beside none.
    const line = `${'x '.repeat(3 * literalReach)}\nvalue: ${'Q'.repeat(500)}${id}${' '.repeat(3 * literalReach)}${secret}\n`;
    const idAt = line.indexOf(id);
    expect(wholeText(line)).toEqual([]);
    for (let cut = idAt + 2 * literalReach - 30; cut <= idAt + 2 * literalReach + 30; cut++) {
      const scan = new ChunkedLiteralScan(isSecretKeyName);
      scan.push(line.slice(0, cut));
      scan.push(line.slice(cut));
      expect([cut, scan.end()]).toEqual([cut, []]);
    }
  });

  it('holds a window, not the text: pushing many pieces keeps it linear', () => {
    const piece = `${'z'.repeat(1000)}\n`;
    const scan = new ChunkedLiteralScan(isSecretKeyName);
    for (let i = 0; i < 5000; i++) scan.push(piece);
    scan.push(`AWS_SECRET_ACCESS_KEY=${secret}\n`);
    expect(scan.end().map(({ span }) => `${span.startLine}:${span.startColumn}`)).toEqual(['5001:23']);
  });
});
