import { beforeAll, describe, expect, it } from '@jest/globals';
import { decodeTemplateLiteral } from '../../../src/formats/terraform/escapes.js';
import { loadHcl } from '../../../src/formats/terraform/hcl.js';
import { fake, locate, scanFiles } from '../../helpers/scan.js';

/** `\uNNNN` for every character of `text`: how a checkout hides a literal from a reader of raw text. */
const unicodeEscaped = (text: string) =>
  [...text].map((char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`).join('');

beforeAll(loadHcl);

describe('HCL template literal escapes', () => {
  it('decodes what Terraform decodes in a quoted template, and places each character at its escape', () => {
    const raw = '\\u0041K\\n\\t\\r\\"\\\\ $${x} %%{y} \\U0001F600!';
    const decoded = decodeTemplateLiteral(raw, false);
    expect(decoded.text).toBe('AK\n\t\r"\\ ${x} %{y} \u{1F600}!');
    // `A` is the 6 characters of `\u0041`; `K` follows them; the surrogate pair shares its escape.
    expect([0, 1, 2].map(decoded.rawOffset)).toEqual([0, 6, 7]);
    const emoji = decoded.text.indexOf('\u{1F600}');
    expect([emoji, emoji + 1, emoji + 2].map(decoded.rawOffset)).toEqual([
      raw.indexOf('\\U'),
      raw.indexOf('\\U'),
      raw.indexOf('!'),
    ]);
    expect(decoded.rawOffset(decoded.text.length)).toBe(raw.length);
  });

  it('takes backslashes literally in a heredoc, where only $${ and %%{ are escapes', () => {
    expect(decodeTemplateLiteral('a\\u0041\\n $${b} %%{c}', true).text).toBe('a\\u0041\\n ${b} %{c}');
  });

  it('keeps an unknown or short escape as written', () => {
    expect(decodeTemplateLiteral(String.raw`\q \u12 \U110000zz`, false).text).toBe(String.raw`\q \u12 \U110000zz`);
  });

  it('finds an escaped provider key pair as the plain pair is found, at the literal in the source', () => {
    const key = fake.accessKeyId();
    const secret = fake.secretKey();
    const escapedKey = `${unicodeEscaped('A')}${key.slice(1)}`;
    const escapedSecret = `${secret.slice(0, 10)}\\u002f${secret.slice(11)}`;
    const plainSecret = `${secret.slice(0, 10)}/${secret.slice(11)}`;
    const plain = `provider "aws" {\n  access_key = "${key}"\n  secret_key = "${plainSecret}"\n}\n`;
    const escaped = `provider "aws" {\n  access_key = "${escapedKey}"\n  secret_key = "${escapedSecret}"\n}\n`;
    const rules = (text: string) =>
      scanFiles({ 'infra/main.tf': text })
        .findings.map((finding) => `${finding.ruleId}:${finding.severity}`)
        .sort();
    expect(rules(escaped)).toEqual(rules(plain));
    expect(rules(escaped)).toContain('hardcoded-access-key:error');
    const found = scanFiles({ 'infra/main.tf': escaped }).findings.find((f) => f.ruleId === 'hardcoded-access-key');
    expect(found && `${found.file}:${found.span.startLine}:${found.span.startColumn}`).toBe(
      locate(escaped, escapedKey, 1, 'infra/main.tf'),
    );
    // No output holds the decoded credential either.
    expect(JSON.stringify(scanFiles({ 'infra/main.tf': escaped }))).not.toContain(key);
  });
});
