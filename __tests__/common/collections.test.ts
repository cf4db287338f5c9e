import { describe, expect, it } from '@jest/globals';
import { remembering } from '../../src/common/collections.js';
import { lineEndAt } from '../../src/common/line-end.js';

describe('remembering', () => {
  it('computes each key once and answers it again, undefined answers too', () => {
    const asked: string[] = [];
    const half = remembering((name: string) => {
      asked.push(name);
      return name.startsWith('SMTP') ? name.length : undefined;
    });
    expect([half('SMTP_USER'), half('OTHER'), half('SMTP_USER'), half('OTHER')]).toEqual([9, undefined, 9, undefined]);
    expect(asked).toEqual(['SMTP_USER', 'OTHER']);
  });
});

describe('lineEndAt', () => {
  it('gives the line break of the line holding the offset, or the end of the text', () => {
    expect(lineEndAt('a: 1\nb: 2', 0)).toBe(4);
    expect(lineEndAt('a: 1\nb: 2', 5)).toBe(9);
    expect(lineEndAt('a: 1\r\n', 0)).toBe(5);
    expect(lineEndAt('', 0)).toBe(0);
  });
});
