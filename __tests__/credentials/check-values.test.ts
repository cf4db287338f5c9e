import { describe, expect, it } from '@jest/globals';
import { checkValues, credentialVariables } from '../../src/credentials/check-values.js';
import { classifyName } from '../../src/credentials/names.js';

const classify = (name: string) => classifyName(name);
const facts = (env: Record<string, string>, regions: string[]) =>
  checkValues(credentialVariables(env, classify), regions);

describe('checkValues', () => {
  // DOMAIN.md's vectors: "some+secret+key" in eu-central-1 and us-west-1.
  const key = { AWS_SECRET_ACCESS_KEY: 'some+secret+key' };

  it('accepts a password derived from the key for the region in use', () => {
    expect(
      facts({ ...key, SES_SMTP_PASSWORD: 'BMXhUYlu5Z3gSXVQORxlVa7XPaz91aGWdfHxvkOZdWZ2' }, ['eu-central-1']).find(
        (f) => f.name === 'SES_SMTP_PASSWORD',
      )?.derivation,
    ).toEqual({
      status: 'match',
      region: 'eu-central-1',
      secretName: 'AWS_SECRET_ACCESS_KEY',
      expectedRegions: ['eu-central-1'],
    });
  });

  it('tells a password derived for another region', () => {
    expect(
      facts({ ...key, SES_SMTP_PASSWORD: 'BH+jbMzper5WwlwUar9E1ySBqHa9whi0GPo+sJ0mVYJj' }, ['eu-central-1']).find(
        (f) => f.name === 'SES_SMTP_PASSWORD',
      )?.derivation,
    ).toMatchObject({ status: 'region-mismatch', region: 'us-west-1' });
  });

  it('tells a password derived from another key', () => {
    expect(
      facts({ ...key, SES_SMTP_PASSWORD: 'BBbphbrQmrKMx42d1N6+C7VINYEBGI5v9VsZeTxwskfh' }, ['eu-central-1']).find(
        (f) => f.name === 'SES_SMTP_PASSWORD',
      )?.derivation?.status,
    ).toBe('mismatch');
  });

  it('reads shapes: a secret key named as a password, a version-2 password', () => {
    const result = facts(
      {
        SMTP_PASSWORD: 'wJ8rkTz9Qp2LmN4vB6xC1yD3eF5gH7iJ0kL2mN4o',
        SES_SMTP_PASSWORD_V2: 'AnkqhOiWEcszZZzTMCQbOY1sPGoLFgMH9zhp4eNgSjo4',
      },
      [],
    );
    expect(result.map((f) => [f.name, f.nameKind, f.shapeKind])).toEqual([
      ['SES_SMTP_PASSWORD_V2', 'smtp-password-v2', 'smtp-password-v2'],
      ['SMTP_PASSWORD', 'smtp-password', 'secret-access-key'],
    ]);
  });

  it("ignores the runner's own variables and names that are no credentials", () => {
    expect(
      credentialVariables(
        { GITHUB_TOKEN: 'x', INPUT_PASSWORD: 'y', RUNNER_TEMP: '/tmp', SMTP_HOST: 'h', AWS_ACCESS_KEY_ID: 'AKIA' },
        classify,
      ).map((v) => v.name),
    ).toEqual(['AWS_ACCESS_KEY_ID']);
  });
});
