import { describe, expect, it } from '@jest/globals';
import { classifyValue, isPlaceholder, redact } from '../../src/credentials/values.js';
import { fake } from '../helpers/scan.js';

describe('classifyValue', () => {
  it('recognises access key IDs by prefix', () => {
    expect(classifyValue(fake.accessKeyId())).toEqual({ kind: 'access-key-id', certain: true });
    expect(classifyValue(`ASIA${fake.accessKeyId().slice(4)}`)?.kind).toBe('access-key-id');
  });

  it('does not take unique-ID prefixes for credentials', () => {
    for (const prefix of ['AIDA', 'AROA', 'AGPA', 'AIPA', 'ANPA', 'APKA'])
      expect(classifyValue(`${prefix}${fake.accessKeyId().slice(4)}`)).toBeUndefined();
  });

  it('recognises a 40-character secret access key', () => {
    expect(classifyValue(fake.secretKey())?.kind).toBe('secret-access-key');
  });

  it('does not take a git SHA or hex digest for a secret key', () => {
    expect(classifyValue('3f786850e387550fdab836ed7e6dc881de23001b')).toBeUndefined();
  });

  it('recognises SMTP password versions', () => {
    expect(classifyValue('BMXhUYlu5Z3gSXVQORxlVa7XPaz91aGWdfHxvkOZdWZ2')?.kind).toBe('smtp-password');
    expect(classifyValue('AnkqhOiWEcszZZzTMCQbOY1sPGoLFgMH9zhp4eNgSjo4')?.kind).toBe('smtp-password-v2');
  });

  it('ignores AWS documentation examples and placeholders', () => {
    expect(classifyValue('AKIAIOSFODNN7EXAMPLE')).toBeUndefined();
    expect(classifyValue('wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY')).toBeUndefined();
    expect(classifyValue(`AKIA${'X'.repeat(16)}`)).toBeUndefined();
    expect(isPlaceholder('your-secret-here')).toBe(true);
    expect(isPlaceholder('<smtp password>')).toBe(true);
    expect(isPlaceholder('AKIA...')).toBe(true);
  });

  it('does not take an account ID for a credential', () => {
    expect(classifyValue('123456789012')).toBeUndefined();
  });
});

describe('redact', () => {
  it('keeps only a short prefix', () => {
    const key = fake.accessKeyId();
    expect(redact(key)).toBe(`${key.slice(0, 4)}…`);
    expect(redact('abc')).toBe('ab…');
  });
});
