import { describe, expect, it } from '@jest/globals';
import jestSarif from '@microsoft/jest-sarif';
import { readFileSync } from 'node:fs';
import { renderSarif, toSarif } from '../../src/report/sarif.js';
import { rules } from '../../src/rules/index.js';
import { scan } from '../../src/scan/scan.js';
import { matchesGolden } from '../helpers/golden.js';
import { scanFiles, workflow } from '../helpers/scan.js';

expect.extend(jestSarif as unknown as Parameters<typeof expect.extend>[0]);

describe('SARIF report', () => {
  it('matches the golden file for examples/', async () => {
    const { expected, actual } = matchesGolden(
      '__tests__/report/golden/examples.sarif',
      renderSarif(await scan({ root: 'examples' })),
    );
    expect(actual).toBe(expected);
  });

  it('validates against the SARIF 2.1.0 JSON schema', async () => {
    const log = toSarif(await scan({ root: 'examples' }));
    (expect(log) as unknown as { toBeValidSarifLog: () => void }).toBeValidSarifLog();
  });

  it('has a schema check that rejects a broken log', async () => {
    const log = toSarif(await scan({ root: 'examples' })) as unknown as {
      runs: Array<{ results: Array<{ level: string }> }>;
    };
    const first = log.runs[0]?.results[0];
    if (first) first.level = 'catastrophic';
    expect(() => (expect(log) as unknown as { toBeValidSarifLog: () => void }).toBeValidSarifLog()).toThrow();
  });

  it('lists every rule, fired or not, with help, tags and a security severity', () => {
    const log = toSarif(scanFiles(workflow('      - run: echo hi\n')));
    const listed = log.runs[0]?.tool.driver.rules ?? [];
    expect(listed.map((rule) => rule.id)).toEqual(rules.map((rule) => rule.meta.id));
    for (const rule of listed) {
      expect(rule.helpUri).toMatch(/docs\/rules\/[a-z0-9-]+\.md$/);
      expect(rule.shortDescription?.text).toBeTruthy();
      expect(Number(rule.properties?.['security-severity'])).toBeGreaterThan(0);
      expect(rule.properties?.tags?.length).toBeGreaterThan(0);
    }
  });

  it('tags every rule with a security-severity as security, so code scanning files it there', () => {
    const listed = toSarif(scanFiles(workflow('      - run: echo hi\n'))).runs[0]?.tool.driver.rules ?? [];
    for (const rule of listed) expect(rule.properties?.tags).toContain('security');
  });

  it("states each rule's precision: medium for name heuristics, high for shapes and IaC facts", () => {
    const listed = toSarif(scanFiles(workflow('      - run: echo hi\n'))).runs[0]?.tool.driver.rules ?? [];
    const precision = new Map(listed.map((rule) => [rule.id, rule.properties?.precision]));
    expect(precision.get('root-credentials')).toBe('medium');
    expect(precision.get('secret-key-as-smtp-password')).toBe('medium');
    expect(precision.get('hardcoded-access-key')).toBe('high');
    expect(precision.get('credential-exposed-in-output')).toBe('high');
  });

  it("takes informationUri from package.json's repository", () => {
    const { repository } = JSON.parse(readFileSync('package.json', 'utf8')) as { repository: { url: string } };
    const web = repository.url.replace(/^git\+/, '').replace(/\.git$/, '');
    expect(toSarif(scanFiles(workflow('      - run: echo hi\n'))).runs[0]?.tool.driver.informationUri).toBe(web);
  });

  it('keeps fingerprints when lines move', () => {
    const steps = `      - uses: dawidd6/action-send-mail@v3
        with:
          server_address: email-smtp.us-east-2.amazonaws.com
          username: \${{ secrets.AWS_ACCESS_KEY_ID }}
          password: \${{ secrets.AWS_SECRET_ACCESS_KEY }}
`;
    const before = toSarif(scanFiles(workflow(steps))).runs[0]?.results ?? [];
    const after =
      toSarif(scanFiles(workflow(`      - run: echo one\n      - run: echo two\n${steps}`))).runs[0]?.results ?? [];
    expect(before.length).toBeGreaterThan(0);
    expect(after.map((r) => r.partialFingerprints)).toEqual(before.map((r) => r.partialFingerprints));
    expect(after[0]?.locations?.[0]?.physicalLocation?.region?.startLine).toBe(
      (before[0]?.locations?.[0]?.physicalLocation?.region?.startLine ?? 0) + 2,
    );
  });

  it('gives two identical findings in one file different fingerprints', () => {
    const step = `      - uses: dawidd6/action-send-mail@v3
        with:
          server_address: email-smtp.us-east-2.amazonaws.com
          username: \${{ secrets.AWS_ACCESS_KEY_ID }}
          password: \${{ secrets.AWS_SECRET_ACCESS_KEY }}
`;
    const results = toSarif(scanFiles(workflow(step + step))).runs[0]?.results ?? [];
    const prints = results
      .filter((r) => r.ruleId === 'secret-key-as-smtp-password')
      .map((r) => JSON.stringify(r.partialFingerprints));
    expect(prints).toHaveLength(2);
    expect(new Set(prints).size).toBe(2);
  });

  it('reports suppressed findings with a suppression and problems as notifications', () => {
    const text = workflow(`      - uses: dawidd6/action-send-mail@v3
        with:
          server_address: email-smtp.us-east-2.amazonaws.com
          username: \${{ secrets.AWS_ACCESS_KEY_ID }}
          # ses-credential-hygiene: ignore[secret-key-as-smtp-password] tracked in OPS-12
          password: \${{ secrets.AWS_SECRET_ACCESS_KEY }}
`);
    const log = toSarif(
      scanFiles({
        '.github/workflows/a.yml': text,
        '.github/workflows/b.yml': 'env:\n  K: ${{ secrets.K }}\njobs: [unclosed',
      }),
    );
    const suppressed = log.runs[0]?.results?.filter((r) => r.suppressions?.length);
    expect(suppressed?.map((r) => [r.ruleId, r.suppressions?.[0]?.kind])).toEqual([
      ['secret-key-as-smtp-password', 'inSource'],
    ]);
    const notes = log.runs[0]?.invocations?.[0]?.toolExecutionNotifications ?? [];
    expect(notes.map((n) => n.locations?.[0]?.physicalLocation?.artifactLocation?.uri)).toContain(
      '.github/workflows/b.yml',
    );
  });

  it('percent-encodes artifact URIs', () => {
    const log = toSarif(
      scanFiles({
        '.github/workflows/a b#c.yml': workflow(
          '      - run: echo\n        env:\n          AWS_ACCESS_KEY_ID: ${{ secrets.ROOT_AWS_ACCESS_KEY_ID }}\n',
        ),
      }),
    );
    expect(log.runs[0]?.results?.[0]?.locations?.[0]?.physicalLocation?.artifactLocation?.uri).toBe(
      '.github/workflows/a%20b%23c.yml',
    );
  });
});
