import { describe, expect, it } from '@jest/globals';
import { classifySmtpHost, findSesSmtpHosts } from '../../src/credentials/endpoints.js';
import { joinedPieces, seeded } from '../helpers/seeded.js';

/**
 * What `findSesSmtpHosts` was: each host widened to the left over every host before it, then classified again
 * (quadratic in a chain). Its search is lower-cased with the text's offsets kept, as now: lower-cased whole, an
 * `İ` moved the later hosts' offsets and they were missed.
 */
function asBefore(text: string): Array<{ host: string; region: string; offset: number }> {
  const hostTail = /email-smtp(?:-fips)?\.[a-z]{2}(?:-[a-z]+)+-\d\.(?:vpce\.)?amazonaws\.com/iy;
  const found: Array<{ host: string; region: string; offset: number }> = [];
  const lower = text.replaceAll('\u0130', '\0').toLowerCase();
  for (let at = lower.indexOf('email-smtp'); at >= 0; at = lower.indexOf('email-smtp', at + 1)) {
    hostTail.lastIndex = at;
    const tail = hostTail.exec(text);
    if (!tail) continue;
    let start = at;
    while (start > 0 && text[start - 1] === '.') {
      let label = start - 1;
      while (label > 0 && /[a-z0-9-]/i.test(text[label - 1] ?? '')) label--;
      if (label === start - 1) break;
      start = label;
    }
    const classified = classifySmtpHost(text.slice(start, at + tail[0].length));
    if (classified.sesRegion) found.push({ host: classified.host, region: classified.sesRegion, offset: start });
  }
  return found;
}

const pieces = [
  'email-smtp.us-east-1.amazonaws.com',
  'email-smtp.us-east-1.amazonaws.com.',
  'email-smtp.ap-south-1.amazonaws.com.',
  'EMAIL-SMTP-FIPS.US-GOV-WEST-1.AMAZONAWS.COM',
  'email-smtp.eu-west-2.vpce.amazonaws.com',
  'email-smtp',
  'Email-Smtp-fips',
  '.',
  '..',
  'us-east-1',
  'Eu-Central-1',
  '.amazonaws.com',
  'vpce-0ab',
  'mail',
  'x',
  '-',
  ' ',
  ':',
  '\u0130',
  '\u212a',
  '\u017f',
  'ß',
];

function randomText(random: () => number): string {
  return joinedPieces(random, pieces, Math.floor(random() * 10));
}

describe('findSesSmtpHosts', () => {
  it('answers as before, on 20 000 generated texts', () => {
    const random = seeded(20261208);
    let hosts = 0;
    let chained = 0;
    for (let n = 0; n < 20_000; n++) {
      const text = randomText(random);
      const old = asBefore(text);
      expect([text, findSesSmtpHosts(text)]).toEqual([text, old]);
      hosts += old.length;
      if (old.some((host) => host.host.split('email-smtp').length > 2)) chained++;
    }
    // Hosts, and hosts chained after hosts, are well represented, so the comparison says something.
    expect(hosts).toBeGreaterThan(2_000);
    expect(chained).toBeGreaterThan(200);
  });

  it('finds a host after an `İ`, where the text has it', () => {
    const text = 'İZMİR: email-smtp.eu-west-1.amazonaws.com';
    expect(findSesSmtpHosts(text)).toEqual([
      { host: 'email-smtp.eu-west-1.amazonaws.com', region: 'eu-west-1', offset: 7 },
    ]);
  });

  it('finds each host of a chain of a thousand, each widened to the chain’s start', () => {
    const text = `A.${'email-smtp.us-east-1.amazonaws.com.'.repeat(1_000)}`;
    const found = findSesSmtpHosts(text);
    expect(found).toHaveLength(1_000);
    expect(found.every((host) => host.offset === 0 && host.region === 'us-east-1')).toBe(true);
    expect(found[2]!.host).toBe(
      `a.${'email-smtp.us-east-1.amazonaws.com.'.repeat(2)}email-smtp.us-east-1.amazonaws.com`,
    );
  });
});
