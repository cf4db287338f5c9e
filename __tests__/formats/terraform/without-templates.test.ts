import { describe, expect, it } from '@jest/globals';
import { withoutTemplates } from '../../../src/formats/terraform/smtp-user-names.js';
import { joinedPieces, seeded } from '../../helpers/seeded.js';

/** The one replace `withoutTemplates` narrowed: quadratic in `${${…` with no `}` to close them. */
const onePattern = (value: string) => value.replace(/\$\{[^}]*\}/g, '/');

const pieces = ['${', '$', '{', '}', '}}', 'var.name', '/', 'smtp', '-', '\n', ''];

describe('withoutTemplates', () => {
  it('answers as the one replace did, on 20 000 generated names', () => {
    const random = seeded(20261208);
    let changed = 0;
    for (let n = 0; n < 20_000; n++) {
      const value = joinedPieces(random, pieces, Math.floor(random() * 9));
      expect([value, withoutTemplates(value)]).toEqual([value, onePattern(value)]);
      if (onePattern(value) !== value) changed++;
    }
    // Both answers are well represented, so the comparison says something either way.
    expect(changed).toBeGreaterThan(1_000);
    expect(changed).toBeLessThan(19_000);
  });

  it('leaves a thousand unclosed `${` as they are, and replaces what closes before them', () => {
    const open = '${'.repeat(1_000);
    expect(withoutTemplates(`a/\${b}/${open}`)).toBe(`a///${open}`);
  });
});
