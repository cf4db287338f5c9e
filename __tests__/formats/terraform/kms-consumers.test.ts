import { describe, expect, it } from '@jest/globals';
import { firstReferringTexts } from '../../../src/formats/terraform/kms-consumers.js';
import { joinedPieces, seeded } from '../../helpers/seeded.js';

/** What the index replaced: for each name, an expression tried on every text in turn (quadratic in both). */
function oneByOne(names: readonly string[], texts: readonly string[]): Map<string, number> {
  const found = new Map<string, number>();
  for (const name of names) {
    const address = new RegExp(`\\baws_kms_ciphertext\\.${name}\\b`);
    const index = texts.findIndex((text) => address.test(text));
    if (index >= 0) found.set(name, index);
  }
  return found;
}

const namePieces = ['a', 'b', 'smtp', '_', '-', '1', 'A', ''];
const textPieces = [
  'aws_kms_ciphertext.',
  'aws_kms_ciphertext',
  'xaws_kms_ciphertext.',
  '.',
  '.ciphertext_blob',
  '${',
  '}',
  ' ',
  '-',
  '_',
  'é',
  ...namePieces,
];

function pick(random: () => number, pieces: readonly string[], most: number): string {
  return joinedPieces(random, pieces, Math.floor(random() * most));
}

describe('firstReferringTexts', () => {
  it('answers as one expression a name tried on each text did, on 5 000 generated modules', () => {
    const random = seeded(20261208);
    let referred = 0;
    for (let n = 0; n < 5_000; n++) {
      const names = Array.from({ length: 1 + Math.floor(random() * 4) }, () => pick(random, namePieces, 4));
      const texts = Array.from({ length: Math.floor(random() * 4) }, () => {
        // Now and then a text refers to one of the names, so both answers are frequent.
        const named = random() < 0.5 ? `aws_kms_ciphertext.${names[Math.floor(random() * names.length)]!}` : '';
        return pick(random, textPieces, 3) + named + pick(random, textPieces, 3);
      });
      const expected = oneByOne(names, texts);
      expect([names, texts, firstReferringTexts(names, texts)]).toEqual([names, texts, expected]);
      referred += expected.size;
    }
    // Both answers are well represented, so the comparison says something either way.
    expect(referred).toBeGreaterThan(1_000);
    expect(referred).toBeLessThan(15_000);
  });

  it('finds each of a thousand ciphertexts in the output that refers to it', () => {
    const names = Array.from({ length: 1_000 }, (_, index) => `c${index}`);
    const texts = names.map((name) => `aws_kms_ciphertext.${name}.ciphertext_blob`).reverse();
    const found = firstReferringTexts(names, texts);
    expect(found.get('c0')).toBe(999);
    expect(found.get('c999')).toBe(0);
    expect(found.size).toBe(1_000);
  });
});
