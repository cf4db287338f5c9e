import { describe, expect, it } from '@jest/globals';
import {
  classifySmtpHost,
  findOtherSmtpProvider,
  findSesSmtpHosts,
  otherSmtpProvider,
  sesApiRegion,
} from '../../src/credentials/endpoints.js';

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

  it.each([
    ['smtp.mailgun.org', 'Mailgun'],
    ['smtp.eu.mailgun.org', 'Mailgun'],
    ['smtp.sendgrid.net', 'SendGrid'],
    ['smtp.gmail.com', 'Gmail'],
    ['smtp-relay.gmail.com', 'Gmail'],
    ['smtp.postmarkapp.com', 'Postmark'],
    ['sandbox.smtp.mailtrap.io', 'Mailtrap'],
    ['smtp.office365.com', 'Microsoft 365'],
    ['smtp-mail.outlook.com', 'Microsoft 365'],
    ['acme-com.mail.protection.outlook.com', 'Microsoft 365'],
    ['in-v3.mailjet.com', 'Mailjet'],
    ['smtp-relay.sendinblue.com', 'Brevo'],
    ['smtp-relay.brevo.com', 'Brevo'],
    ['smtp.sparkpostmail.com', 'SparkPost'],
    ['smtp.zoho.eu', 'Zoho'],
    ['SMTP.MAILGUN.ORG.', 'Mailgun'],
  ])('knows %s as another provider’s server (%s)', (host, provider) => {
    expect(otherSmtpProvider(host)).toBe(provider);
    expect(classifySmtpHost(host).sesRegion).toBeUndefined();
  });

  it.each(['gmail.com', 'mailgun.org', 'email-smtp.eu-west-1.amazonaws.com', 'smtp.acme.com', 'notmailgun.org'])(
    'knows %s as no other provider’s server',
    (host) => {
      expect(otherSmtpProvider(host)).toBeUndefined();
    },
  );

  it('finds another provider’s host inside text, but not a mailbox’s domain', () => {
    expect(findOtherSmtpProvider('[smtp.sendgrid.net]:587')).toBe('SendGrid');
    expect(findOtherSmtpProvider('smtps://apikey:x@smtp.sendgrid.net:465')).toBe('SendGrid');
    expect(findOtherSmtpProvider('relay via smtp.gmail.com then')).toBe('Gmail');
    expect(findOtherSmtpProvider('postmaster@mg.mailgun.org')).toBeUndefined();
    expect(findOtherSmtpProvider('email-smtp.eu-west-1.amazonaws.com')).toBeUndefined();
    expect(findOtherSmtpProvider('')).toBeUndefined();
  });
});
