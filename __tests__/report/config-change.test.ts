import { describe, expect, it } from '@jest/globals';
import { parseConfig } from '../../src/config/config.js';
import {
  describeBaselineChange,
  describeConfigChange,
  renderConfigChangeSection,
} from '../../src/report/config-change.js';

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
});
