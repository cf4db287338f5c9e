import { describe, expect, it } from '@jest/globals';
import { defaultConfig } from '../../src/config/config.js';
import { parseText } from '../../src/scan/parse-files.js';
import { analyze } from '../../src/scan/scan.js';
import { workflow } from '../helpers/scan.js';
import { seeded } from '../helpers/seeded.js';

// The inventory groups the defined secrets by upper-case name once, rather than a pass over them per name
// used and over the names per secret defined. What it must still list, written as it was: each used name
// with the scopes of every defined secret equal to it in upper case, then each defined secret whose name
// nothing listed before equals in upper case, with the scopes of every defined secret equal to it in upper
// case too (the per-name passes gave such a secret only its first scope: one set for the repository and an
// environment read as the repository's alone).
function expectedDefinedIn(used: readonly string[], defined: ReadonlyArray<{ name: string; scope: string }>) {
  const entries = new Map<string, string[]>();
  for (const name of used)
    entries.set(
      name,
      defined.filter((secret) => secret.name.toUpperCase() === name.toUpperCase()).map((secret) => secret.scope),
    );
  for (const secret of defined) {
    if ([...entries.keys()].some((name) => name.toUpperCase() === secret.name.toUpperCase())) continue;
    entries.set(
      secret.name,
      defined.filter((same) => same.name.toUpperCase() === secret.name.toUpperCase()).map((same) => same.scope),
    );
  }
  return Object.fromEntries([...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

describe('inventory of defined secrets', () => {
  it('lists the scopes the per-name passes listed, on 150 generated workflows and secret lists', () => {
    const random = seeded(3232);
    const stems = [
      'SMTP_PASSWORD',
      'smtp_password',
      'Smtp_Password',
      'AWS_SECRET_ACCESS_KEY',
      'aws_secret_access_key',
      'SES_SMTP_USER',
    ];
    const pick = () => stems[Math.floor(random() * stems.length)] ?? 'MAIL';
    let scoped = 0;
    for (let round = 0; round < 150; round++) {
      const used = [...new Set(Array.from({ length: 1 + Math.floor(random() * 4) }, pick))];
      const defined = Array.from({ length: Math.floor(random() * 6) }, () => ({
        name: pick(),
        scope: ['repository', 'organization', 'environment prod'][Math.floor(random() * 3)] ?? 'repository',
        kind: undefined,
        root: false,
      }));
      const text = workflow(
        `      - run: ./send\n        env:\n${used.map((name, i) => `          V${i}: \${{ secrets.${name} }}\n`).join('')}`,
      );
      const config = defaultConfig();
      const result = analyze([parseText('.github/workflows/ci.yml', text, config)], config, [], '.', () => ({
        values: [],
        definedSecrets: defined,
      }));
      const listed = Object.fromEntries(result.inventory.map((entry) => [entry.name, entry.definedIn]));
      expect({ round, listed }).toEqual({ round, listed: expectedDefinedIn(used, defined) });
      scoped += result.inventory.filter((entry) => (entry.definedIn ?? []).length > 1).length;
    }
    expect(scoped).toBeGreaterThan(20);
  });

  it('lists a secret no file uses with every scope that defines it', () => {
    const config = defaultConfig();
    const text = workflow('      - run: ./send\n        env:\n          P: ${{ secrets.SMTP_PASSWORD }}\n');
    const defined = [
      { name: 'SMTP_PASSWORD', scope: 'repository', kind: undefined, root: false },
      { name: 'AWS_SECRET_ACCESS_KEY', scope: 'repository', kind: undefined, root: false },
      { name: 'aws_secret_access_key', scope: 'environment prod', kind: undefined, root: false },
    ];
    const result = analyze([parseText('.github/workflows/ci.yml', text, config)], config, [], '.', () => ({
      values: [],
      definedSecrets: defined,
    }));
    const unused = result.inventory.find((entry) => entry.name.toUpperCase() === 'AWS_SECRET_ACCESS_KEY');
    expect(unused).toMatchObject({ name: 'AWS_SECRET_ACCESS_KEY', channels: [], locations: [] });
    expect(unused?.definedIn).toEqual(['repository', 'environment prod']);
    expect(result.inventory.filter((entry) => entry.name.toUpperCase() === 'AWS_SECRET_ACCESS_KEY')).toHaveLength(1);
  });
});
