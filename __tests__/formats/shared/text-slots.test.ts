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
  'ses',
  'sesv2',
  'Send-SES',
  'Email',
  '2',
  'client(',
  'new',
  'SESClient',
  'SESv2Client',
  'A',
  'W',
  'S',
  'a',
  'w',
  's',
];
const scripts = fc.array(fc.constantFrom(...pieces), { maxLength: 12 }).map((parts) => parts.join(''));

const sesApiPattern =
  /\baws\s+(?:ses|sesv2)\s|\bSend-SES(?:2)?(?:Email|RawEmail)\b|client\(\s*['"]ses(?:v2)?['"]|\bnew\s+SES(?:v2)?Client\b/;

describe('script slot rows', () => {
  it('see an SES API call as the pattern alone does, on any script made of its pieces', () => {
    expect(analyzeText('aws ses send-email --to x', { script: true }).sesApi).toBe(true);
    expect(analyzeText("boto3.client('ses')", { script: true }).sesApi).toBe(true);
    expect(analyzeText('echo done', { script: true }).sesApi).toBe(false);
    fc.assert(
      fc.property(scripts, (script) => {
        expect(analyzeText(script, { script: true }).sesApi).toBe(sesApiPattern.test(script));
      }),
      { numRuns: 3000 },
    );
  });

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
