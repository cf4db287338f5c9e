import { afterEach, describe, expect, it } from '@jest/globals';
import { forgetSecrets, rememberSecret } from '../../src/credentials/redact.js';
import { scrubCredentials as scrubSecrets } from '../../src/credentials/values.js';
import { errorText } from '../../src/credentials/error-text.js';

afterEach(() => forgetSecrets());

const body = 'A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8S9t0';

describe('scrubCredentials', () => {
  it('keeps a long path of lower-case words, and still redacts a base64 run with a capital or a digit', () => {
    const path = 'upmaru/bootstrap/instellar//modules/storage';
    expect(scrubSecrets(`module ${path} is not followed`)).toBe(`module ${path} is not followed`);
    expect(scrubSecrets(`key ${body} here`)).toMatch(/^key \S{2,4}… here$/);
    const oneCapital = `${'a'.repeat(39)}Q`;
    expect(scrubSecrets(oneCapital)).not.toContain(oneCapital);
  });

  it.each([
    ['ghp_', `ghp_${body}`],
    ['gho_', `gho_${body}`],
    ['ghu_', `ghu_${body}`],
    ['ghs_', `ghs_${body}`],
    ['ghr_', `ghr_${body}`],
    ['github_pat_', `github_pat_11ABCDEFG0_${body}${body}`],
  ])('redacts GitHub %s tokens', (_, token) => {
    const scrubbed = scrubSecrets(`Bad credentials: ${token}.`);
    expect(scrubbed).not.toContain(token.slice(6, 20));
    expect(scrubbed).toMatch(/^Bad credentials: \S{2,4}…\.$/);
  });

  it('redacts AWS session tokens, also URL-encoded in a quoted request', () => {
    const token = `IQoJb3JpZ2luX2VjEJr//////////wEaCXVzLWVhc3QtMSJHMEUCIQ+abc/def==`;
    const encoded = encodeURIComponent(token);
    for (const text of [`token=${token}`, `<Token>${encoded}</Token>`]) {
      const scrubbed = scrubSecrets(text);
      expect(scrubbed).not.toContain('X2VjEJr');
      expect(scrubbed).not.toContain('wEaCXVz');
    }
  });

  it('replaces every remembered value, longest first, and ignores values too short to matter', () => {
    rememberSecret('short-secret');
    rememberSecret('short-secret-and-longer');
    rememberSecret('ab');
    expect(scrubSecrets('x short-secret-and-longer y short-secret z ab')).toBe('x *** y *** z ab');
  });

  it('keeps redacting key IDs and secret keys as before', () => {
    expect(scrubSecrets(`AKIA${'Q2R3S4T5Q2R3S4T5'} and wJalrXUtnFEMI/K7MDENG/bPxRfiCYzzzzzzzzzzzz`)).toBe(
      'AKIA… and wJal…',
    );
  });

  it('is what error texts go through', () => {
    rememberSecret('pr-token-value');
    expect(errorText(new Error(`HttpError: Bad credentials for pr-token-value and ghs_${body}`))).toBe(
      'HttpError: Bad credentials for *** and ghs_…',
    );
  });
});
