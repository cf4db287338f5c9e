import { describe, expect, it } from '@jest/globals';
import { classifyName } from '../../../src/credentials/names.js';
import { findLiterals, nameBefore } from '../../../src/formats/text/literals.js';
import { fake } from '../../helpers/scan.js';

const isSecretKeyName = (name: string) => classifyName(name)?.kind === 'secret-access-key';
const found = (text: string) =>
  findLiterals(text, isSecretKeyName).map((hit) => `${hit.kind}@${hit.start}:${text.slice(hit.start, hit.end)}`);
const at = (text: string, needle: string) => text.indexOf(needle);

describe('findLiterals', () => {
  const id = fake.accessKeyId();
  const secret = fake.secretKey();
  const smtp = fake.smtpPasswordV4();

  it('finds access key IDs wherever they stand', () => {
    const text = `# old key ${id}\nurl: https://x/${id}/y\n`;
    expect(found(text)).toEqual([`access-key-id@${at(text, id)}:${id}`, `access-key-id@${text.lastIndexOf(id)}:${id}`]);
  });

  it('finds a secret key beside a secret-key name, in any notation', () => {
    for (const line of [
      `echo "aws_secret_access_key=${secret}" >> ~/.aws/credentials`,
      `aws configure set aws_secret_access_key ${secret}`,
      `"SecretAccessKey": "${secret}",`,
      `export AWS_SECRET_ACCESS_KEY='${secret}'`,
      `  secret_key = "${secret}"`,
      `{ aws_secret_access_key: ${secret} }`,
      `echo "aws_secret_access_key={ ${secret} }" >> ~/.aws/credentials`,
    ]) {
      expect(found(line)).toEqual([`secret-access-key@${at(line, secret)}:${secret}`]);
    }
  });

  describe('a boot script given base64-encoded', () => {
    const script = `#!/bin/bash\nexport AWS_ACCESS_KEY_ID=${id}\nexport AWS_SECRET_ACCESS_KEY=${secret}\n`;
    const encoded = Buffer.from(script).toString('base64');
    const hitsIn = (text: string) =>
      findLiterals(text, isSecretKeyName).map((hit) => `${hit.kind}:${hit.value}@${text.slice(hit.start, hit.end)}`);

    it('finds the keys inside, each at the whole encoded literal', () => {
      for (const line of [
        `  user_data_base64 = "${encoded}"\n`,
        `      UserData: "${encoded}"\n`,
        `{"UserData": "${encoded}"}`,
      ])
        expect(hitsIn(line)).toEqual([`access-key-id:${id}@${encoded}`, `secret-access-key:${secret}@${encoded}`]);
    });

    it('leaves base64 under other names, binary scripts and short runs alone', () => {
      const gzip = Buffer.concat([Buffer.from([0x1f, 0x8b, 0x08, 0x00]), Buffer.from(script)]).toString('base64');
      for (const line of [
        `  certificate_body = "${encoded}"\n`,
        `  user_data_base64 = "${gzip}"\n`,
        `  user_data_base64 = "${Buffer.from('#!/bin/sh\necho up\n').toString('base64')}"\n`,
      ])
        expect(hitsIn(line)).toEqual([]);
    });
  });

  it('finds a secret key on the line of its access key ID', () => {
    const line = `curl -u ${id}:${secret} smtps://email-smtp.us-east-1.amazonaws.com`;
    expect(found(line)).toEqual([
      `access-key-id@${at(line, id)}:${id}`,
      `secret-access-key@${at(line, secret)}:${secret}`,
    ]);
  });

  it('never takes a credential for the name of the value after it', () => {
    const hits = findLiterals(`smtps://${id}:${secret}@email-smtp.us-east-1.amazonaws.com`, isSecretKeyName);
    expect(hits.map((hit) => [hit.kind, hit.name])).toEqual([
      ['access-key-id', undefined],
      ['secret-access-key', undefined],
    ]);
  });

  it('leaves 40-character values alone when nothing says they are secret keys', () => {
    expect(found(`commit: ${secret}\n`)).toEqual([]);
    expect(found(`${id}\n${secret}\n`)).toEqual([`access-key-id@0:${id}`]);
  });

  it('finds SMTP passwords by their exact shape, and not padded or longer runs', () => {
    const text = `pass: ${smtp}\nsha: ${smtp.slice(0, 43)}=\nlong: ${smtp}x\n`;
    expect(found(text)).toEqual([`smtp-password@${at(text, smtp)}:${smtp}`]);
  });

  it('skips documentation examples and placeholders', () => {
    expect(
      found('AKIAIOSFODNN7EXAMPLE AKIAXXXXXXXXXXXXXXXX aws_secret_access_key=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'),
    ).toEqual([]);
  });

  it('is linear: a megabyte of base64 and of separators takes one pass', () => {
    const text = `${'A'.repeat(500_000)}\n${'=:'.repeat(250_000)}\n${`k=${secret} `.repeat(2_000)}`;
    expect(findLiterals(text, isSecretKeyName)).toHaveLength(0);
  });
});

describe('nameBefore', () => {
  it.each([
    ['AWS_SECRET_ACCESS_KEY="VALUE"', 'AWS_SECRET_ACCESS_KEY'],
    ['"SecretAccessKey": "VALUE"', 'SecretAccessKey'],
    ['--password VALUE', 'password'],
    ['key => VALUE', 'key'],
    ['VALUE', undefined],
    ['x=ab+cd/Kc9Wd1b4:VALUE', undefined],
    ['  - VALUE', undefined],
  ])('%s → %s', (text, name) => {
    expect(nameBefore(text, text.indexOf('VALUE'))).toBe(name);
  });
});
