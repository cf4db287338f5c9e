import { describe, expect, it } from '@jest/globals';
import { parseConfig } from '../../src/config/config.js';
import {
  describeBaselineChange,
  describeConfigChange,
  renderConfigChangeSection,
} from '../../src/report/config-change.js';
import { expectNoPlantedSecret, plantedSecrets } from '../helpers/secrets.js';

describe('describeConfigChange', () => {
  it('lists everything the head config turns off or loosens', () => {
    const base = parseConfig('rules:\n  long-lived-access-key: error\n', 'base');
    const head = parseConfig(
      [
        'rules:',
        '  root-credentials: off',
        '  long-lived-access-key: notice',
        '  ambiguous-credential-name: error',
        'ignore:',
        '  - "**"',
        '  - path: infra/**',
        '    rules: [hardcoded-access-key]',
        'exclude: [".github/**"]',
        'max-file-size: 1',
      ].join('\n'),
      'head',
    );
    expect(describeConfigChange(base, head)).toEqual([
      'turns rule `root-credentials` off',
      'lowers rule `long-lived-access-key` to notice (was error)',
      'ignores `**` for every rule',
      'ignores `infra/**` for `hardcoded-access-key`',
      'excludes `.github/**`',
      'lowers max-file-size to 1 bytes (was 10485760)',
    ]);
  });

  it('quotes the pull request’s globs inertly and shortened, and names a lowered max-nodes', () => {
    const base = parseConfig('{}\n', 'base');
    const head = parseConfig(`exclude: ["a\`|b${'x.'.repeat(150)}"]\nmax-nodes: 5\n`, 'head');
    expect(describeConfigChange(base, head)).toEqual([
      // A fence longer than the backtick inside: the glob stays one code span, its backtick and pipe shown as they are.
      `excludes \`\`a\`|b${'x.'.repeat(98)}…\`\``,
      'lowers max-nodes to 5 (was 250000)',
    ]);
  });

  it('shows a key ID or secret key pasted into a glob redacted, in the summary too', () => {
    const { keyId, secretKey } = plantedSecrets();
    const base = parseConfig('{}\n', 'base');
    const head = parseConfig(
      [`exclude: ["creds/${keyId}/**"]`, 'ignore:', `  - path: "${secretKey}"`, '    rules: [root-credentials]'].join(
        '\n',
      ),
      'head',
    );
    const lines = describeConfigChange(base, head);
    expect(lines).toEqual(['ignores `Leak…` for `root-credentials`', 'excludes `creds/AKIA…/**`']);
    const section = renderConfigChangeSection({ files: [`${keyId}.yml`], wouldTurnOff: lines });
    expect(section).toContain('This pull request changes `AKIA….yml`.');
    expectNoPlantedSecret('summary', section);
  });

  it('is empty when nothing loosens', () => {
    const config = parseConfig('rules:\n  root-credentials: error\n', 'x');
    expect(describeConfigChange(config, config)).toEqual([]);
  });
});

describe('describeBaselineChange', () => {
  it('counts fingerprints the head adds', () => {
    expect(describeBaselineChange(new Set(['a']), new Set(['a', 'b', 'c']))).toEqual([
      'adds 2 fingerprint(s) to the baseline, which would suppress those findings',
    ]);
    expect(describeBaselineChange(new Set(['a']), new Set())).toEqual([]);
  });
});

describe('renderConfigChangeSection', () => {
  it('names the files and lists what the change would turn off', () => {
    expect(
      renderConfigChangeSection({
        files: ['.github/ses-credential-hygiene.yml'],
        wouldTurnOff: ['turns rule `x` off'],
      }),
    ).toBe(
      [
        '### Settings this pull request changes (not applied)',
        '',
        "This pull request changes `.github/ses-credential-hygiene.yml`. The scan used the base commit's settings instead. What the change does:",
        '',
        '- turns rule `x` off',
        '',
      ].join('\n'),
    );
  });
  it('lists at most 50 changes and says how many more there are', () => {
    const section = renderConfigChangeSection({
      files: ['c.yml'],
      wouldTurnOff: Array.from({ length: 1000 }, (_, i) => `excludes \`d${i}/**\``),
    });
    expect(section.split('\n').filter((line) => line.startsWith('- excludes'))).toHaveLength(50);
    expect(section).toContain('- and 950 more change(s), not listed (at most 50 are)');
  });
});
