import { describe, expect, it } from '@jest/globals';
import { globMatcher } from '../../src/discovery/glob.js';
import type { PathIgnore } from '../../src/config/config.js';
import type { Finding } from '../../src/model/findings.js';
import { applySuppressions } from '../../src/suppressions/apply.js';
import { seeded } from '../helpers/seeded.js';

// The config's ignores are tried once per file, not once per finding. This is the rule they must still
// follow, written as it was: a finding is ignored when some ignore's glob matches its file and the ignore
// names no rules or names the finding's.
const ignoredByConfig = (finding: Finding, config: readonly PathIgnore[]) =>
  config.some((ignore) => ignore.matches(finding.file) && (!ignore.rules || ignore.rules.has(finding.ruleId)));

const ruleIds = ['hardcoded-access-key', 'root-credentials', 'undefined-secret', 'incomplete-credential-pair'];
const folders = ['', 'a/', 'a/b/', 'legacy/', '.github/workflows/', 'infra/modules/x/'];
const names = ['main.tf', 'secret.yml', '.env', 'ci.yml', 'x.json', 'a'];
const globs = [
  '**',
  'a/**',
  '*.tf',
  '.env',
  'legacy/',
  'a/b/*',
  '!a/**',
  '**/*.yml',
  'infra/**/main.tf',
  'x.json',
  'b/',
];

const pick = <T>(random: () => number, list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;

describe('config ignores, tried once per file', () => {
  it('suppress exactly the findings the per-finding rule does, on 300 generated configs and finding lists', () => {
    const random = seeded(3203);
    let configSuppressed = 0;
    let kept = 0;
    for (let round = 0; round < 300; round++) {
      const config: PathIgnore[] = Array.from({ length: Math.floor(random() * 5) }, () => {
        const glob = pick(random, globs);
        const rules = random() < 0.5 ? new Set(ruleIds.filter(() => random() < 0.4)) : undefined;
        return { glob, matches: globMatcher(glob), ...(rules ? { rules } : {}) };
      });
      const findings: Finding[] = Array.from({ length: 1 + Math.floor(random() * 40) }, (_, index) => {
        const file = random() < 0.05 ? '' : `${pick(random, folders)}${pick(random, names)}`;
        const ruleId = pick(random, ruleIds);
        return {
          ruleId,
          severity: 'error',
          file,
          span: { startLine: 1 + index, startColumn: 1, endLine: 1 + index, endColumn: 2 },
          message: 'm',
          fingerprintSeed: `${ruleId}|${file}`,
          fingerprint: `f${index}`,
        };
      });
      const result = applySuppressions(findings, { inline: new Map(), config });
      const expected = findings.filter((finding) => ignoredByConfig(finding, config)).map((f) => f.fingerprint);
      expect(result.suppressed.map((f) => [f.fingerprint, f.suppressed])).toEqual(expected.map((f) => [f, 'config']));
      expect(result.findings.map((f) => f.fingerprint)).toEqual(
        findings.filter((finding) => !ignoredByConfig(finding, config)).map((f) => f.fingerprint),
      );
      configSuppressed += result.suppressed.length;
      kept += result.findings.length;
    }
    // Both outcomes were generated, many times.
    expect(configSuppressed).toBeGreaterThan(500);
    expect(kept).toBeGreaterThan(500);
  });
});
