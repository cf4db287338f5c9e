import { describe, expect, it } from '@jest/globals';
import { classifySmtpHost, findSesSmtpHosts, sesApiRegion } from '../../src/credentials/endpoints.js';

describe('endpoints', () => {
  it('reads the region of SES SMTP hosts, FIPS and VPC endpoint hosts included', () => {
    expect(classifySmtpHost('email-smtp.eu-west-1.amazonaws.com').sesRegion).toBe('eu-west-1');
    expect(classifySmtpHost('email-smtp-fips.us-gov-west-1.amazonaws.com').sesRegion).toBe('us-gov-west-1');
    expect(classifySmtpHost('vpce-0abc-1234.email-smtp.us-east-1.vpce.amazonaws.com').sesRegion).toBe('us-east-1');
  });

  it('treats other SMTP servers as not SES', () => {
    expect(classifySmtpHost('smtp.gmail.com').sesRegion).toBeUndefined();
    expect(classifySmtpHost('email.us-east-1.amazonaws.com').sesRegion).toBeUndefined();
  });

  it('reads SES API hosts', () => {
    expect(sesApiRegion('email.us-east-1.amazonaws.com')).toBe('us-east-1');
    expect(sesApiRegion('email.eu-west-2.api.aws')).toBe('eu-west-2');
  });

  it('finds SES SMTP hosts inside text with their offsets', () => {
    const text = 'curl smtps://email-smtp.ca-central-1.amazonaws.com:465';
    expect(findSesSmtpHosts(text)).toEqual([
      { host: 'email-smtp.ca-central-1.amazonaws.com', region: 'ca-central-1', offset: 13 },
    ]);
  });
});
