import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { closeSync, mkdtempSync, openSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { mayMatterInPieces, prefilterPieceBytes, readText, wordReach } from '../../src/discovery/read.js';
import { adapterFor } from '../../src/formats/index.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sch-read-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const root = join(import.meta.dirname, '..', '..');

/** Every YAML and JSON file of the tests and examples, with the prefilter its adapter puts it to. */
function prefilteredFiles(): Array<{ path: string; mayMatter: (bytes: Buffer) => boolean }> {
  const found: Array<{ path: string; mayMatter: (bytes: Buffer) => boolean }> = [];
  const visit = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) visit(path);
      else if (entry.isFile()) {
        const mayMatter = adapterFor(relative(root, path).split('\\').join('/'))?.mayMatter;
        if (mayMatter) found.push({ path, mayMatter });
      }
    }
  };
  visit(join(root, '__tests__'));
  visit(join(root, 'examples'));
  return found;
}

function inPieces(path: string, mayMatter: (bytes: Buffer) => boolean, pieceBytes?: number): boolean {
  const fd = openSync(path, 'r');
  try {
    return mayMatterInPieces(fd, statSync(path).size, mayMatter, pieceBytes);
  } finally {
    closeSync(fd);
  }
}

/** Data no format reads, `bytes` long: JSON records without any format's word. */
function filler(bytes: number): string {
  const record = '  {"id": "user_7", "status": "sent", "amount": 12.5, "tags": []},\n';
  return `[\n${record.repeat(Math.ceil(bytes / record.length))}`.slice(0, bytes);
}

const holdsApiVersion = (bytes: Buffer) => bytes.includes('apiVersion');

describe('mayMatterInPieces', () => {
  it('passes every file of the tests and examples that its whole-file prefilter passes, wherever the cuts fall', () => {
    const files = prefilteredFiles().filter(({ path, mayMatter }) => mayMatter(readFileSync(path)));
    expect(files.length).toBeGreaterThan(100);
    for (const { path, mayMatter } of files)
      for (const pieceBytes of [7, 16, 63, 64, 65, 100, 1000])
        expect({ path, pieceBytes, passes: inPieces(path, mayMatter, pieceBytes) }).toEqual({
          path,
          pieceBytes,
          passes: true,
        });
  });

  it('agrees with the whole-file test wherever a word sits against the cuts (CloudFormation, Kubernetes, env maps)', () => {
    const words = ['AWSTemplateFormatVersion', 'Type: AWS::IAM::User', 'Custom::Mailer', 'apiVersion: v1', '\nenv:'];
    const mayMatter = adapterFor('stack.json')?.mayMatter;
    const yamlMayMatter = adapterFor('config/app.yaml')?.mayMatter;
    if (!mayMatter || !yamlMayMatter) throw new Error('the JSON and YAML readers have a prefilter');
    fc.assert(
      fc.property(
        fc.constantFrom(...words),
        fc.nat(400),
        fc.integer({ min: 1, max: 130 }),
        fc.constantFrom(mayMatter, yamlMayMatter),
        (word, at, pieceBytes, test) => {
          const path = join(dir, 'placed.json');
          const text = filler(400);
          writeFileSync(path, `${text.slice(0, at)}${word}${text.slice(at)}`);
          const whole = test(readFileSync(path));
          // Never dropped when the whole file passes; a piece's false alarm is allowed, the caller tests again.
          if (whole) expect(inPieces(path, test, pieceBytes)).toBe(true);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('agrees for every word of every content format at every place against the cuts (Serverless, Compose, env keys)', () => {
    // Each format's words, with the line break a line-start key needs, the longest ones, and near misses.
    const words = ['provider', 'services', 'AWS::', 'Custom::', 'apiVersion', 'AWSTemplateFormatVersion', 'xenv:']
      .concat(
        ['env', 'envs', 'envVars', 'extraEnv', 'extraEnvVars', 'secretEnv', 'environment'].map((key) => `\n${key}:`),
      )
      .concat(['\r\nenvironment:', 'AWS:', 'Custom:', 'apiversion']);
    const tests = ['stack.json', 'config/app.yaml'].map((path) => adapterFor(path)?.mayMatter);
    const path = join(dir, 'every-place.yaml');
    const misses: Array<{ word: string; at: number; pieceBytes: number }> = [];
    let compared = 0;
    for (const word of words)
      for (let at = 0; at <= 150; at++) {
        writeFileSync(path, `${filler(200).slice(0, at)}${word}${filler(200).slice(at)}`);
        const bytes = readFileSync(path);
        for (const test of tests) {
          if (!test) throw new Error('the JSON and YAML readers have a prefilter');
          if (!test(bytes)) continue;
          for (const pieceBytes of [1, 13, 63, 64, 65, 128])
            if (!inPieces(path, test, pieceBytes)) misses.push({ word, at, pieceBytes });
          compared++;
        }
      }
    expect(misses).toEqual([]);
    expect(compared).toBeGreaterThan(3000);
  });

  it('drops a file none of whose pieces holds a word, and keeps UTF-16 text as the whole-file reader does', () => {
    const data = join(dir, 'data.json');
    writeFileSync(data, filler(3 * prefilterPieceBytes + 17));
    expect(inPieces(data, holdsApiVersion)).toBe(false);
    const utf16 = join(dir, 'utf16.json');
    writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(filler(1000), 'utf16le')]));
    expect(inPieces(utf16, holdsApiVersion, 64)).toBe(true);
  });
});

describe('readText with a prefilter', () => {
  const large = (word: string, at: number): string => {
    const text = filler(2 * prefilterPieceBytes + 500);
    return `${text.slice(0, at)}${word}${text.slice(at)}`;
  };

  it('drops a large data file without the words, and reads one whose word a piece cuts', () => {
    const data = join(dir, 'large.json');
    writeFileSync(data, large('', 0));
    expect(readText(data, 10 * 1024 * 1024, holdsApiVersion)).toEqual({ ok: false, irrelevant: true });
    const cut = large('"apiVersion": "v1",', prefilterPieceBytes - 4);
    writeFileSync(data, cut);
    expect(readText(data, 10 * 1024 * 1024, holdsApiVersion)).toEqual({ ok: true, text: cut });
  });

  it('tests the whole file after a piece’s false alarm: a key at the start of a piece need not start a line', () => {
    const envMap = adapterFor('config/app.yaml')?.mayMatter;
    if (!envMap) throw new Error('the YAML reader has a prefilter');
    // The second piece keeps the first one's last `wordReach` bytes and begins with `env:`, which follows
    // `x` in the file: a line-start key to the piece, none to the file.
    const text = large('xenv:', prefilterPieceBytes - wordReach - 1);
    const path = join(dir, 'app.yaml');
    writeFileSync(path, text);
    expect(envMap(Buffer.from(text))).toBe(false);
    expect(readText(path, 10 * 1024 * 1024, envMap)).toEqual({ ok: false, irrelevant: true });
  });
});
