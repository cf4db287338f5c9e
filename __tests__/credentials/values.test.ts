import { describe, expect, it } from '@jest/globals';
import {
  accessKeyIdInText,
  classifyValue,
  isEnumWord,
  isFlagOrNumber,
  isPlaceholder,
  isReferenceElsewhere,
  literalFits,
  looksLikeRealPassword,
  looksRandom,
  redact,
} from '../../src/credentials/values.js';
import fc from 'fast-check';
import { fake } from '../helpers/fake.js';

describe('classifyValue', () => {
  it('recognises access key IDs by prefix', () => {
    expect(classifyValue(fake.accessKeyId())).toEqual({ kind: 'access-key-id', certain: true });
    expect(classifyValue(`ASIA${fake.accessKeyId().slice(4)}`)?.kind).toBe('access-key-id');
  });

  it.each(['ABIA', 'ACCA'])('recognises %s key IDs (STS bearer token, context-specific) as credentials', (prefix) => {
    const id = `${prefix}${fake.accessKeyId().slice(4)}`;
    expect(classifyValue(id)).toEqual({ kind: 'access-key-id', certain: true });
    expect(literalFits('access-key-id', id)).toBe(true);
    expect(`export KEY=${id};`.match(accessKeyIdInText)).toEqual([id]);
  });

  it.each(['AIDA', 'AROA', 'AGPA', 'AIPA', 'ANPA', 'ANVA', 'APKA', 'ASCA'])(
    'does not take the unique-ID prefix %s for a credential',
    (prefix) => {
      const id = `${prefix}${fake.accessKeyId().slice(4)}`;
      expect(classifyValue(id)).toBeUndefined();
      expect(literalFits('access-key-id', id)).toBe(false);
      expect(`export KEY=${id};`.match(accessKeyIdInText)).toBeNull();
    },
  );

  it('finds a key ID in text only as a whole word of its own shape', () => {
    const id = fake.accessKeyId();
    expect(`curl -u ${id}:x`.match(accessKeyIdInText)).toEqual([id]);
    expect(`x${id}`.match(accessKeyIdInText)).toBeNull();
    expect(`${id}9`.match(accessKeyIdInText)).toBeNull();
    expect(`${id.slice(0, 19)}1`.match(accessKeyIdInText)).toBeNull();
  });

  it('recognises a 40-character secret access key', () => {
    expect(classifyValue(fake.secretKey())?.kind).toBe('secret-access-key');
  });

  it('does not take a git SHA or hex digest for a secret key', () => {
    expect(classifyValue('3f786850e387550fdab836ed7e6dc881de23001b')).toBeUndefined();
  });

  it('recognises each shape only whole: no character before or after', () => {
    const v4 = 'BMXhUYlu5Z3gSXVQORxlVa7XPaz91aGWdfHxvkOZdWZ2';
    const v2 = 'AnkqhOiWEcszZZzTMCQbOY1sPGoLFgMH9zhp4eNgSjo4';
    for (const value of [v4, v2, fake.secretKey(), fake.accessKeyId()]) {
      expect(classifyValue(value)).toBeDefined();
      expect(classifyValue(`${value}Q`)?.kind).not.toBe(classifyValue(value)?.kind);
      expect(classifyValue(`Q${value}`)?.kind).not.toBe(classifyValue(value)?.kind);
    }
    expect(classifyValue(`  ${fake.accessKeyId()}\n`)?.kind).toBe('access-key-id');
  });

  it('takes a 44-character base64 value for an SMTP password only with the version byte and randomness', () => {
    expect(classifyValue('BQXhUYlu5Z3gSXVQORxlVa7XPaz91aGWdfHxvkOZdWZ2')).toBeUndefined();
    expect(classifyValue('AwXhUYlu5Z3gSXVQORxlVa7XPaz91aGWdfHxvkOZdWZ2')).toBeUndefined();
    expect(classifyValue(`BM${'abcdefghij'.repeat(4)}kl`)).toBeUndefined();
    expect(classifyValue(`Ag${'abcdefghij'.repeat(4)}kl`)).toBeUndefined();
  });

  it('takes an e-mail address for an account e-mail, with no certainty', () => {
    expect(classifyValue('owner@acme.io')).toEqual({ kind: 'account-email', certain: false });
    expect(classifyValue('owner@acme')).toBeUndefined();
    expect(classifyValue('a b@acme.io')).toBeUndefined();
  });

  it('takes nothing longer than any credential', () => {
    expect(classifyValue(`${fake.secretKey()}${' '.repeat(1000)}`)).toBeUndefined();
    expect(classifyValue(`${fake.secretKey()}${' '.repeat(900)}`)?.kind).toBe('secret-access-key');
    expect(classifyValue('')).toBeUndefined();
    expect(classifyValue('   ')).toBeUndefined();
  });

  it('says a key ID or SMTP password is certain by shape, a secret key not', () => {
    expect(classifyValue(fake.secretKey())?.certain).toBe(false);
    expect(classifyValue('BMXhUYlu5Z3gSXVQORxlVa7XPaz91aGWdfHxvkOZdWZ2')?.certain).toBe(true);
    expect(classifyValue('AnkqhOiWEcszZZzTMCQbOY1sPGoLFgMH9zhp4eNgSjo4')?.certain).toBe(true);
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

describe('values that are no credential, whatever their slot', () => {
  it.each(['true', 'false', 'True', 'yes', 'no', 'on', 'off', 'null', 'none', '90', '-1', '0.5'])(
    '%s is a flag or a number',
    (value) => {
      expect(isFlagOrNumber(value)).toBe(true);
      for (const kind of ['access-key-id', 'secret-access-key', 'smtp-password', 'console-password'] as const)
        expect(literalFits(kind, value)).toBe(false);
    },
  );

  it.each(['Inactive', 'Active', 'ENABLED', 'read-only', 'Read Only', 'long_and_random'])(
    '%s is an enum word',
    (value) => {
      expect(isEnumWord(value)).toBe(true);
      expect(literalFits('smtp-password', value)).toBe(false);
      expect(literalFits('console-password', value)).toBe(false);
    },
  );

  it.each(['Xk9-not-a-real-one', 'QwErTyZx', 'hunter2', 'Tr0ub4dor&3'])('%s may be a password', (value) => {
    expect(isEnumWord(value)).toBe(false);
    expect(literalFits('smtp-password', value)).toBe(true);
  });

  it.each([
    '$(aws ssm get-parameter --name /app/key --query Parameter.Value --output text)',
    '`cat /run/secrets/key`',
    '${SMTP_PASSWORD}',
    'prefix-${var.key}',
    '$SMTP_PASSWORD',
    '$smtp_password',
    '%SMTP_PASSWORD%',
    '{{ smtp_password }}',
    'user-{{ .Values.key }}',
    '<secret access key>',
  ])('%s names where the value comes from', (value) => {
    expect(isReferenceElsewhere(value)).toBe(true);
    expect(isPlaceholder(value)).toBe(true);
    expect(literalFits('smtp-password', value)).toBe(false);
    expect(literalFits('secret-access-key', value)).toBe(false);
  });

  it.each(['$', '50%', 'a$b', '{ x }', '<', 'p@ss%word'])('%s holds no reference', (value) => {
    expect(isReferenceElsewhere(value)).toBe(false);
  });

  it('lets a user name be a word, and an account e-mail anything e-mail-shaped', () => {
    expect(literalFits('smtp-username', 'apikey')).toBe(true);
    expect(literalFits('smtp-username', 'true')).toBe(false);
    expect(literalFits('account-email', 'owner@example.com')).toBe(true);
    expect(literalFits('account-email', 'arn:aws:kms:eu-west-1:123456789012:key/x')).toBe(false);
  });

  it('fits a key ID or secret key only by its whole shape', () => {
    const id = fake.accessKeyId();
    expect(literalFits('access-key-id', id)).toBe(true);
    expect(literalFits('access-key-id', ` ${id} `)).toBe(true);
    expect(literalFits('access-key-id', `x${id}`)).toBe(false);
    expect(literalFits('access-key-id', `${id}x`)).toBe(false);
    expect(literalFits('secret-access-key', fake.secretKey())).toBe(true);
    expect(literalFits('secret-access-key', `${fake.secretKey()}A`)).toBe(false);
    expect(literalFits('secret-access-key', `-${fake.secretKey()}`)).toBe(false);
    expect(literalFits('secret-access-key', 'x'.repeat(2000))).toBe(false);
  });

  it('takes no ARN, URL or sentence for a password', () => {
    expect(literalFits('smtp-password', 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:x')).toBe(false);
    expect(literalFits('smtp-password', 'https://vault.internal/smtp')).toBe(false);
    expect(literalFits('console-password', 'see the wiki page')).toBe(false);
    // STS session tokens hold a run of slashes: no placeholder for that.
    expect(literalFits('session-token', 'FwoGZXIvYXdzEJr//////////wEaDOq3Vt9')).toBe(true);
  });
});

describe('looksLikeRealPassword', () => {
  it.each(['Xk9-not-a-real-one', 'Hunter22', 'S3cure!Pass', 'BMXhUYlu5Z3gSXVQORxlVa7XPaz91aGWdfHxvkOZdWZ2'])(
    '%s reads as a real password',
    (value) => {
      expect(looksLikeRealPassword(value)).toBe(true);
      expect(looksLikeRealPassword(` ${value} `)).toBe(true);
    },
  );

  it.each([
    ['too short', 'Ab3$x7'],
    ['a sentence', 'see the wiki'],
    ['a placeholder', 'your-smtp-password'],
    ['a key name', 'smtp-password'],
    ['a secret name', 'gitlab_ses.secrets'],
    ['a path', '/run/secrets/smtp'],
    ['a relative path', './secrets/smtp'],
    ['a home path', '~/smtp-password.txt'],
    ['an ARN', 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:x'],
    ['a URL', 'https://vault.internal/smtp'],
    ['a template', 'pre${SMTP_PASS}'],
    ['a Helm template', 'x{{ .Values.smtp }}'],
    ['a Windows variable inside', 'pre%{SMTP}x'],
  ])('%s is no real password: %s', (_why, value) => {
    expect(looksLikeRealPassword(value)).toBe(false);
  });

  it('takes nothing longer than any credential', () => {
    expect(looksLikeRealPassword(`Xk9-${'a'.repeat(1100)}`)).toBe(false);
  });
});

describe('redact', () => {
  it('keeps only a short prefix', () => {
    const key = fake.accessKeyId();
    expect(redact(key)).toBe(`${key.slice(0, 4)}…`);
    expect(redact('abc')).toBe('ab…');
  });
});

describe('the edges of each shape', () => {
  it('takes a value up to the longest a credential may be padded to, and nothing longer', () => {
    const padded = (length: number) => fake.secretKey().padEnd(length, ' ');
    expect(classifyValue(padded(1024))?.kind).toBe('secret-access-key');
    expect(classifyValue(padded(1025))).toBeUndefined();
    expect(literalFits('secret-access-key', padded(1024))).toBe(true);
    expect(literalFits('secret-access-key', padded(1025))).toBe(false);
    expect(looksLikeRealPassword(`Xk9-${'ab'.repeat(510)}`)).toBe(true);
    expect(looksLikeRealPassword(`Xk9-${'ab'.repeat(510)}c`)).toBe(false);
  });

  it('takes an e-mail address only whole: one @, a dot, a top-level domain of letters', () => {
    expect(classifyValue('owner@acme.com')?.kind).toBe('account-email');
    for (const value of ['owner@acme.io/x', 'owner@acme.i', 'a@b@acme.io', 'owner@acme.i0', '@acme.io', 'owner@.io'])
      expect(classifyValue(value)).toBeUndefined();
    expect(literalFits('account-email', 'owner@acme.io')).toBe(true);
    expect(literalFits('account-email', 'owner@acme.io x')).toBe(false);
  });

  it('takes a run of eight of one character for a placeholder, seven not', () => {
    expect(isPlaceholder(`Qz9${'a'.repeat(8)}Wk3`)).toBe(true);
    expect(isPlaceholder(`Qz9${'a'.repeat(7)}Wk3`)).toBe(false);
  });

  it('reads a placeholder word only at the start, in any case', () => {
    expect(isPlaceholder('Qz9testAbc')).toBe(false);
    expect(isPlaceholder('TEST123')).toBe(true);
  });

  it('takes a reference only whole or closed: an open `${`, `$(` or `{{` or a close before the open is none', () => {
    for (const value of ['pre${unclosed', 'a $(b', '{{ open', 'a}b', 'a)b', 'a}}b', 'x}${y', 'x)$(y', 'x}}{{y'])
      expect(isReferenceElsewhere(value)).toBe(false);
    for (const value of ['<a> and more', '$VAR and more', '%not a var%', '`a` b'])
      expect(isReferenceElsewhere(value)).toBe(false);
  });

  it('takes a flag or a number only whole', () => {
    for (const value of ['x90', '90x', 'nonew', 'trueish', '1.', '.5', '1.5.2', '--1'])
      expect(isFlagOrNumber(value)).toBe(false);
  });

  it('takes words of one case each for an enum, and nothing mixed, numbered or dangling', () => {
    for (const value of ['Read-only', 'READ-ONLY', 'read only', 'Inactive']) expect(isEnumWord(value)).toBe(true);
    for (const value of ['ReadOnly', 'aB', 'A1', 'read-', '-read', 'READ-only', 'Read-', 'Inactive1', '1ACTIVE'])
      expect(isEnumWord(value)).toBe(false);
  });

  it('lets nothing empty fit any kind', () => {
    for (const kind of ['smtp-password', 'smtp-username', 'access-key-id'] as const) {
      expect(literalFits(kind, '')).toBe(false);
      expect(literalFits(kind, '   ')).toBe(false);
    }
  });

  it('refuses an ARN or URL as a password only at its start', () => {
    expect(literalFits('smtp-password', 'Pass-arn:Word9')).toBe(true);
    expect(literalFits('smtp-password', 'Pass-https://x9')).toBe(true);
    expect(literalFits('smtp-password', 'http://vault.internal/smtp')).toBe(false);
    expect(literalFits('session-token', 'Fwo GZX')).toBe(false);
  });

  it('reads an identifier, path or template as no password only by its whole shape', () => {
    for (const value of ['smtp-Pass9word', 'Pass/word9', 'Pass~/word9', 'Pa$$word99', 'Xk9_arn:abc'])
      expect(looksLikeRealPassword(value)).toBe(true);
    for (const value of ['ARN:aws:x:y', 'HTTPS://vault/x', '../secrets/x', 'smtp.password:v2'])
      expect(looksLikeRealPassword(value)).toBe(false);
  });
});

describe('classifyValue before its placeholder test', () => {
  it('classifies nothing of a length no shape has and without an `@`, whatever it holds', () => {
    const lengths = fc.integer({ min: 0, max: 60 }).filter((length) => ![20, 40, 44].includes(length));
    const chars = fc.constantFrom('A', 'K', 'I', 'S', 'b', '7', '+', '/', '.', 'x', '2');
    fc.assert(
      fc.property(lengths, fc.array(chars, { maxLength: 60 }), (length, picked) => {
        const value = picked.join('').padEnd(length, 'Q').slice(0, length);
        expect(classifyValue(value)).toBeUndefined();
      }),
      { numRuns: 2000, seed: 20261207 },
    );
    expect(classifyValue(` ${fake.accessKeyId()} `)?.kind).toBe('access-key-id');
    expect(classifyValue('ops@mail.acme.io')?.kind).toBe('account-email');
  });

  it('takes an SMTP password only whole, though an `@` beside it lets the value past the length gate', () => {
    const v4 = fake.smtpPasswordV4();
    const v2 = `Ah${v4.slice(2)}`;
    expect(classifyValue(v4)?.kind).toBe('smtp-password');
    expect(classifyValue(v2)?.kind).toBe('smtp-password-v2');
    for (const value of [`x@${v4}`, `${v4}@x`, `x@${v2}`, `${v2}@x`]) expect(classifyValue(value)).toBeUndefined();
  });

  it('takes a value for random only with upper, lower and digits, and not all hexadecimal', () => {
    expect(looksRandom('Xyz123')).toBe(true);
    for (const value of ['xyz123abc', 'XYZ123ABC', 'XYZabcDEF', 'DEADBEEF01ab']) expect(looksRandom(value)).toBe(false);
  });
});
