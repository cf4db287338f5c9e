import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { findVariableInterpolations, isSmtpHostName } from '../../../src/formats/shared/values.js';

/** The pattern alone, without the last-character gate `isSmtpHostName` starts with. */
const hostVariable = /(?:^|_)(?:SMTP|MAIL|EMAIL|MAILER)_?(?:HOST|SERVER|ADDRESS|ENDPOINT|SERVER_ADDRESS|SMTP_HOST)$/i;
const namePieces = ['SMTP', 'smtp', 'MAIL', 'Email', 'MAILER', '_', 'HOST', 'host', 'SERVER', 'Address', 'ENDPOINT'];
const names = fc
  .array(fc.oneof(fc.constantFrom(...namePieces), fc.string({ maxLength: 2 })), { maxLength: 6 })
  .map((parts) => parts.join(''));

describe('value helpers', () => {
  it('isSmtpHostName agrees with its pattern alone on any name made of its pieces', () => {
    expect(isSmtpHostName('SMTP_HOST')).toBe(true);
    expect(isSmtpHostName('email_server_address')).toBe(true);
    expect(isSmtpHostName('SMTP_PORT')).toBe(false);
    expect(isSmtpHostName('')).toBe(false);
    fc.assert(
      fc.property(names, (name) => {
        expect(isSmtpHostName(name)).toBe(hostVariable.test(name));
      }),
      { numRuns: 3000 },
    );
  });

  it('findVariableInterpolations finds each form, and none in a value without `$`', () => {
    expect(findVariableInterpolations('a ${HOST} $PORT ${env:USER} ${X:-y}').map((found) => found.start)).toEqual([
      2, 10, 16, 28,
    ]);
    expect(findVariableInterpolations('{HOST} env:USER')).toEqual([]);
  });
});
