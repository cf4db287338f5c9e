import { describe, expect, it } from '@jest/globals';
import { classifyName } from '../../../src/credentials/names.js';
import { nestingDepth, nodeEstimate } from '../../../src/formats/shared/limits.js';
import { findLiterals } from '../../../src/formats/text/literals.js';
import { readTextOnce } from '../../../src/formats/text/one-pass.js';
import { fake } from '../../helpers/scan.js';

const isSecretKeyName = (name: string) => classifyName(name)?.kind === 'secret-access-key';

describe('readTextOnce', () => {
  const id = fake.accessKeyId();
  const secret = fake.secretKey();
  const texts = [
    '',
    `env:\n  AWS_ACCESS_KEY_ID: ${id}\n  AWS_SECRET_ACCESS_KEY: ${secret}\n`,
    `jobs:\n  a:\n    steps:\n      - - - run: echo ${id}\n        - [ {x: [1]} ]\n`,
    `${'  '.repeat(3)}${id}\n${'x:\n'.repeat(3)}{"k": [[["${secret}"]]]}`,
    `resource "x" "y" {\n  secret_key = "${secret}"\n  access_key = "${id}"\n}\r\n# comment\n`,
  ];

  it.each(texts.map((text, index): [number, string] => [index, text]))(
    'measures and finds what the two passes do (text %i)',
    (_, text) => {
      const pass = readTextOnce(text, 100, isSecretKeyName);
      expect(pass.depth).toBe(nestingDepth(text, 100));
      expect(pass.nodes).toBe(nodeEstimate(text, Number.MAX_SAFE_INTEGER));
      expect(pass.literals).toEqual(findLiterals(text, isSecretKeyName));
    },
  );

  it('finds the literals of a text nested past the limit, whose depth stops just past it', () => {
    const text = `${'['.repeat(30)}"${id}"${']'.repeat(30)}`;
    const pass = readTextOnce(text, 10, isSecretKeyName);
    expect(pass.depth).toBe(11);
    expect(pass.depth).toBe(nestingDepth(text, 10));
    expect(pass.literals.map((hit) => hit.value)).toEqual([id]);
  });

  it('counts indentation that follows a base64 run on the line before', () => {
    const text = `${id}\n  a:\n    b:\n      c: ${secret}\n`;
    expect(readTextOnce(text, 100, isSecretKeyName).depth).toBe(nestingDepth(text, 100));
    expect(nestingDepth(text, 100)).toBe(4);
  });
});
