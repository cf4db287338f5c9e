import { describe, expect, it } from '@jest/globals';
import { globMatcher } from '../../src/discovery/glob.js';
import type { Finding } from '../../src/model/findings.js';
import { applySuppressions } from '../../src/suppressions/apply.js';
import { inlineIgnoresInComments } from '../../src/comments/markers.js';
import { changedUnderFolder } from '../../src/suppressions/scope.js';

const finding = (ruleId: string, file: string, line: number, fingerprint: string): Finding => ({
  ruleId,
  severity: 'error',
  file,
  span: { startLine: line, startColumn: 1, endLine: line, endColumn: 2 },
  message: 'm',
  fingerprintSeed: `${ruleId}|${file}`,
  fingerprint,
});

const findings = [
  finding('root-credentials', 'a.yml', 3, 'f1'),
  finding('root-credentials', 'legacy/b.yml', 1, 'f2'),
  finding('hardcoded-access-key', 'c.yml', 5, 'f3'),
  finding('hardcoded-access-key', 'd.yml', 7, 'f4'),
  finding('undefined-secret', '', 0, 'f5'),
];
const none = { inline: new Map(), config: [] };
const state = (result: ReturnType<typeof applySuppressions>) => [
  ...result.findings.map((f) => `${f.fingerprint}${f.outsideDiff ? ' outside' : ''}`),
  ...result.suppressed.map((f) => `${f.fingerprint} ${f.suppressed}`),
];

describe('applySuppressions', () => {
  it('leaves findings as they are when nothing suppresses them', () => {
    expect(applySuppressions(findings, none)).toEqual({ findings, suppressed: [] });
  });

  it('gives each finding one final state: comment first, then config, then baseline; the rest keep their order', () => {
    const result = applySuppressions(findings, {
      inline: new Map([
        ['c.yml', inlineIgnoresInComments('\n\n\n# ses-credential-hygiene: ignore[hardcoded-access-key]\n', 'c.yml')],
      ]),
      config: [{ glob: 'legacy/**', matches: globMatcher('legacy/**') }],
      baseline: new Set(['f4', 'f3', 'f1']),
    });
    expect(state(result)).toEqual(['f5', 'f2 config', 'f3 inline', 'f1 baseline', 'f4 baseline']);
  });

  it('marks counted findings outside the changed files, the repository findings included; suppressed ones are not marked', () => {
    const result = applySuppressions(findings, {
      ...none,
      baseline: new Set(['f2']),
      changedFiles: new Set(['a.yml']),
    });
    expect(state(result)).toEqual(['f1', 'f3 outside', 'f4 outside', 'f5 outside', 'f2 baseline']);
  });

  it('changes no finding it is given', () => {
    const frozen = findings.map((f) => Object.freeze({ ...f }));
    applySuppressions(frozen, { ...none, baseline: new Set(['f1']), changedFiles: new Set() });
    expect(frozen).toEqual(findings);
  });
});

describe('changedUnderFolder', () => {
  it('turns repository paths into paths from the scanned folder, dropping files outside it', () => {
    const changed = ['examples/.github/workflows/a.yml', 'README.md', 'examplesX/b.yml'];
    expect([...changedUnderFolder(changed, 'examples')]).toEqual(['.github/workflows/a.yml']);
    expect([...changedUnderFolder(changed, './examples/')]).toEqual(['.github/workflows/a.yml']);
    expect([...changedUnderFolder(changed, '')]).toEqual(changed);
  });
});
