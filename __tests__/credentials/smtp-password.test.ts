import { describe, expect, it } from '@jest/globals';
import { deriveSmtpPasswordV2, deriveSmtpPasswordV4 } from '../../src/credentials/smtp-password.js';
import { classifyValue } from '../../src/credentials/values.js';

describe('SES SMTP password derivation', () => {
  // The vectors published with the Terraform AWS provider's tests (DOMAIN.md).
  it.each([
    ['eu-central-1', 'some+secret+key', 'BMXhUYlu5Z3gSXVQORxlVa7XPaz91aGWdfHxvkOZdWZ2'],
    ['eu-central-1', 'another+secret+key', 'BBbphbrQmrKMx42d1N6+C7VINYEBGI5v9VsZeTxwskfh'],
    ['us-west-1', 'some+secret+key', 'BH+jbMzper5WwlwUar9E1ySBqHa9whi0GPo+sJ0mVYJj'],
    ['us-west-1', 'another+secret+key', 'BKVmjjMDFk/qqw8EROW99bjCS65PF8WKvK5bSr4Y6EqF'],
  ])('derives the version-4 password for %s from %s', (region, secret, expected) => {
    expect(deriveSmtpPasswordV4(secret, region)).toBe(expected);
  });

  it.each([
    ['some+secret+key', 'AnkqhOiWEcszZZzTMCQbOY1sPGoLFgMH9zhp4eNgSjo4'],
    ['another+secret+key', 'Akwqr0Giwi8FsQFgW3DXWCC2DiiQ/jZjqLDWK8TeTBgL'],
  ])('derives the version-2 password from %s', (secret, expected) => {
    expect(deriveSmtpPasswordV2(secret)).toBe(expected);
  });

  it('is region-specific', () => {
    expect(deriveSmtpPasswordV4('some+secret+key', 'us-east-1')).not.toBe(
      deriveSmtpPasswordV4('some+secret+key', 'eu-west-1'),
    );
  });

  it('produces passwords the shape classifier recognises', () => {
    expect(classifyValue(deriveSmtpPasswordV4('wJ8rkTz9Qp2LmN4vB6xC1yD3eF5gH7iJ0kL2mN4o', 'eu-west-1'))?.kind).toBe(
      'smtp-password',
    );
    expect(classifyValue(deriveSmtpPasswordV2('wJ8rkTz9Qp2LmN4vB6xC1yD3eF5gH7iJ0kL2mN4o'))?.kind).toBe(
      'smtp-password-v2',
    );
  });
});
