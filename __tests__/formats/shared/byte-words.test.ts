import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { lineStartKeyFinder, wordFinder } from '../../../src/formats/shared/byte-words.js';
import { kubernetesAdapter, mayHoldEnvMap } from '../../../src/formats/kubernetes.js';
import { cloudFormationAdapter } from '../../../src/formats/cloudformation.js';
import { wordReach } from '../../../src/discovery/read.js';

const envKeys = ['env', 'envs', 'envVars', 'extraEnv', 'extraEnvVars', 'secretEnv', 'environment'];

/** The plain definition: `key:` at the file's start or after a line break, one search per key. */
function byEachKey(bytes: Buffer): boolean {
  return envKeys.some(
    (key) => bytes.includes(`\n${key}:`) || bytes.subarray(0, key.length + 1).equals(Buffer.from(`${key}:`)),
  );
}

describe('lineStartKeyFinder', () => {
  it('finds a key at the start of the file or of a line, followed by a colon', () => {
    expect(mayHoldEnvMap(Buffer.from('env:\n  A: b\n'))).toBe(true);
    expect(mayHoldEnvMap(Buffer.from('name: x\nextraEnvVars:\n'))).toBe(true);
    expect(mayHoldEnvMap(Buffer.from('a: 1\r\nsecretEnv: {}\n'))).toBe(true);
  });

  it('ignores a key that is indented, quoted, without its colon, or only the end of a longer word', () => {
    expect(mayHoldEnvMap(Buffer.from('  env:\n'))).toBe(false);
    expect(mayHoldEnvMap(Buffer.from('{"env": {}}\n'))).toBe(false);
    expect(mayHoldEnvMap(Buffer.from('environments:\nenv\n'))).toBe(false);
    expect(mayHoldEnvMap(Buffer.from('myenv:\nxsecretEnv:\n'))).toBe(false);
  });

  it('agrees with one search per key on any text made of the keys’ pieces', () => {
    const piece = fc.constantFrom(
      '\n',
      'env',
      'nv',
      'e',
      'extraE',
      'extraEnv',
      'secret',
      'Vars',
      's',
      'ironment',
      ':',
      ' ',
      'x',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const bytes = Buffer.from(pieces.join(''));
        expect(mayHoldEnvMap(bytes)).toBe(byEachKey(bytes));
      }),
      { numRuns: 5000, seed: 20261128 },
    );
  });

  it('refuses keys that do not hold the anchor exactly once', () => {
    expect(() => lineStartKeyFinder(['path'], 'nv')).toThrow(/must hold "nv" exactly once/);
    expect(() => lineStartKeyFinder(['nvnv'], 'nv')).toThrow(/exactly once/);
  });
});

describe('wordFinder', () => {
  const words = ['AWS::', 'AWSTemplateFormatVersion'];
  const find = wordFinder(words, 'AWS');

  it('finds a word anywhere, at the start and the end of the bytes too', () => {
    expect(find(Buffer.from('AWS::S3::Bucket'))).toBe(true);
    expect(find(Buffer.from('{"AWSTemplateFormatVersion": "2010-09-09"}'))).toBe(true);
    expect(find(Buffer.from('Type: AWS::'))).toBe(true);
    expect(find(Buffer.from('AWS: AWS:x AWSTemplate'))).toBe(false);
  });

  it('agrees with one search per word on any text made of the words’ pieces', () => {
    const piece = fc.constantFrom('AWS', 'AW', ':', '::', 'Template', 'FormatVersion', 'A', 'Custom', 'x', '\n');
    const custom = wordFinder(['Custom::'], 'Custom');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const bytes = Buffer.from(pieces.join(''));
        expect(find(bytes)).toBe(words.some((word) => bytes.includes(word)));
        expect(custom(bytes)).toBe(bytes.includes('Custom::'));
      }),
      { numRuns: 5000, seed: 20261207 },
    );
  });

  it('keeps the formats’ prefilters to their words: apiVersion, an env map, AWS::, Custom:: and the version key', () => {
    const kubernetes = (text: string) => kubernetesAdapter.mayMatter?.(Buffer.from(text));
    const cloudFormation = (text: string) => cloudFormationAdapter.mayMatter?.(Buffer.from(text));
    expect(kubernetes('{"apiVersion": "v1"}')).toBe(true);
    expect(kubernetes('{"version": "v1", "Version": 2, "api": 1}')).toBe(false);
    expect(kubernetes('a: 1\nenvVars:\n')).toBe(true);
    expect(cloudFormation('Type: Custom::Mailer')).toBe(true);
    expect(cloudFormation('"AWSTemplateFormatVersion": "2010-09-09"')).toBe(true);
    expect(cloudFormation('{"Type": "AWS::IAM::User"}')).toBe(true);
    expect(cloudFormation('{"arn": "arn:aws:ses:us-east-1:1:identity/x", "c": "std::string Custom"}')).toBe(false);
  });

  it('refuses words that do not hold the anchor exactly once', () => {
    expect(() => wordFinder(['Custom::'], 'AWS')).toThrow(/must hold "AWS" exactly once/);
  });
});

describe('the words a finder may look for', () => {
  it('fit in the overlap of the pieces a large file is tested in, with the line break before a key', () => {
    const longest = 'x'.repeat(wordReach - 4);
    expect(() => wordFinder([`${longest}AWS`], 'AWS')).not.toThrow();
    expect(() => wordFinder([`${longest}xAWS`], 'AWS')).toThrow(/longer than a piece's overlap/);
    expect(() => lineStartKeyFinder([`${longest}nv`], 'nv')).not.toThrow();
    expect(() => lineStartKeyFinder([`${longest}xnv`], 'nv')).toThrow(/longer than a piece's overlap/);
  });
});
