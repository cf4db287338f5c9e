import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { classifyValue, isPlaceholder, looksRandom } from '../../src/credentials/values.js';

const base64Alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/**
 * The rest of a random secret access key after `lead`: random base64 with at least one capital, small
 * letter and digit, as all but one random key in ten thousand has.
 */
const randomRest = (length: number) =>
  fc
    .tuple(
      fc.array(fc.constantFrom(...base64Alphabet), { minLength: length - 3, maxLength: length - 3 }),
      fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'),
      fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'),
      fc.constantFrom(...'0123456789'),
      fc.nat(),
    )
    .map(([body, upper, lower, digit, at]) => {
      const chars = [...body];
      for (const char of [upper, lower, digit]) chars.splice(at % (chars.length + 1), 0, char);
      return chars.join('');
    });

const leadWords = ['My', 'my', 'test', 'Test', 'some', 'fake', 'your', 'dummy', 'secret', 'password', 'todo'];

describe('placeholders, by shape', () => {
  it('takes a random 40-character key for a secret key whatever word it happens to start with', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...leadWords).chain((lead) => randomRest(40 - lead.length).map((rest) => lead + rest)),
        (key) => {
          expect(key).toHaveLength(40);
          expect(isPlaceholder(key)).toBe(false);
          expect(classifyValue(key)?.kind).toBe('secret-access-key');
        },
      ),
      { numRuns: 300 },
    );
  });

  it.each([
    'your-secret-access-key',
    'YOUR_SECRET_ACCESS_KEY_HERE',
    'MySecretPassword',
    'my_password',
    'test1234',
    'testpassword123',
    'some-smtp-password',
    'fake',
    'changeme',
    'change_me',
    'replace-with-your-key',
    'dummy-key-for-tests',
    'placeholder',
    'REDACTED',
    'secret',
    'password1',
    'xxx-xxx',
  ])('%s is a placeholder word with nothing random after it', (value) => {
    expect(isPlaceholder(value)).toBe(true);
  });

  it.each([
    ['a run of one character', `AKIA${'X'.repeat(16)}`],
    ['stars', '********'],
    ['zeros', 'AKIA0000000000000000'],
    ['xxxx inside', 'wJalrXUtnFEMIxxxxK7MDENGbPxRfiCYz9Qp2LmN'],
    ['XXXX inside', 'AKIAQ2R3XXXX4T5U6V7W'],
    ['EXAMPLE', 'AKIAIOSFODNN7EXAMPLE'],
    ['example in any case', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYexampleKEY'],
    ['an ellipsis', 'AKIA...'],
    ['a Unicode ellipsis', 'wJalr…'],
    ['angle brackets', '<secret access key>'],
    ['a template', '${SECRET_ACCESS_KEY}'],
  ])('%s makes a placeholder: %s', (_why, value) => {
    expect(isPlaceholder(value)).toBe(true);
    expect(classifyValue(value)).toBeUndefined();
  });

  it.each([
    ['a random key', 'wJ8rkTz9Qp2LmN4vB6xC1yD3eF5gH7iJ0kL2mN4o'],
    ['seven of one character, as random keys may hold', 'wJ8rkTz9Qp2LmN4vB6xC1yD3eF5gH7aaaaaaaN4o'],
    ['a session token with its run of slashes', 'IQoJb3JpZ2luX2VjEJr//////////wEaCXVzLWVhc3QtMSJHMEUCIQ'],
    ['three x', 'wJ8rkTz9Qp2LmNxxxB6xC1yD3eF5gH7iJ0kL2mN4'],
    ['a lead word on a random rest of sixteen', `test${'Qp2LmN4vB6xC1yD3'}`],
  ])('%s is no placeholder', (_why, value) => {
    expect(isPlaceholder(value)).toBe(false);
  });

  it('keeps a lead word on fifteen random characters a placeholder: too short for the rest of a key', () => {
    expect(isPlaceholder(`test${'Qp2LmN4vB6xC1yD'}`)).toBe(true);
  });
});

describe('looksRandom', () => {
  it.each([
    ['upper, lower and digit', 'gB3', true],
    ['no capital', 'ab3cdef', false],
    ['no small letter', 'AB3CDEF', false],
    ['no digit', 'aBcDeF', false],
    ['hex digest', '3f786850e387550fdab836ed7e6dc881de23001b', false],
    ['upper-case hex', '3F786850E387550FDAB836ED7E6DC881DE23001B', false],
  ])('%s: %s', (_why, value, random) => {
    expect(looksRandom(value)).toBe(random);
  });
});
