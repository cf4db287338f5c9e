import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { analyzeText, scriptSlotRows } from '../../../src/formats/shared/text-slots.js';

/** Scripts made of the patterns' pieces, so that every row matches some of them. */
const pieces = [
  'aws',
  ' ',
  '\t',
  '\n',
  'configure',
  'set',
  'aws_secret_access_key',
  'AWS_ACCESS_KEY_ID',
  '=',
  '"',
  "'",
  '{',
  '-u',
  '--user',
  '--password',
  'export',
  'SMTP_PASSWORD',
  'user:pass',
  'AKIAIOSFODNN7EXAMPLE',
  ';',
  '-',
  'x',
  'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
];
const scripts = fc.array(fc.constantFrom(...pieces), { maxLength: 12 }).map((parts) => parts.join(''));

describe('script slot rows', () => {
  it('find slots written in a script', () => {
    const facts = analyzeText('export SMTP_PASSWORD=abc\naws configure set region x\ncurl -u me:pw', { script: true });
    expect(facts.slots.map((slot) => slot.sink.name)).toEqual(['--user (password)', 'SMTP_PASSWORD', 'region']);
  });

  it('each hold their `needs` text in every match, so a script without it is rightly not searched', () => {
    fc.assert(
      fc.property(scripts, (script) => {
        for (const row of scriptSlotRows)
          for (const match of script.matchAll(row.pattern)) expect(match[0].includes(row.needs)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});
