import { describe, expect, it } from '@jest/globals';
import { renderJson, toJsonReport } from '../../src/report/json.js';
import { scan } from '../../src/scan/scan.js';
import { matchesGolden } from '../helpers/golden.js';

describe('JSON report', () => {
  it('matches the golden file for examples/', async () => {
    const { expected, actual } = matchesGolden(
      '__tests__/report/golden/examples.json',
      renderJson(await scan({ root: 'examples' })),
    );
    expect(actual).toBe(expected);
  });

  it('keeps the version-1 contract', async () => {
    const report = toJsonReport(await scan({ root: 'examples' }));
    expect(report.version).toBe(1);
    expect(Object.keys(report).sort()).toEqual([
      'findings',
      'iacCredentials',
      'inventory',
      'problems',
      'stats',
      'suppressed',
      'version',
    ]);
    for (const finding of report.findings) {
      // `fix` is the one optional key: added in version 1 without breaking readers, present only where a fix is known.
      const { fix, ...required } = finding;
      if (fix !== undefined) {
        expect(typeof fix.description).toBe('string');
        expect(fix.edits.length).toBeGreaterThan(0);
      }
      expect(Object.keys(required).sort()).toEqual(
        [
          'column',
          'credential',
          'endColumn',
          'endLine',
          'file',
          'fingerprint',
          'line',
          'message',
          'ruleId',
          'severity',
        ].sort(),
      );
      expect(['error', 'warning', 'notice']).toContain(finding.severity);
      expect(finding.file).not.toMatch(/^\/|\\/);
      expect(finding.line).toBeGreaterThanOrEqual(1);
      expect(finding.column).toBeGreaterThanOrEqual(1);
    }
  });

  it('lists the access keys IaC creates, their users and where their parts go', async () => {
    const report = toJsonReport(await scan({ root: 'examples' }));
    const smtp = report.iacCredentials.find(
      (entry) => entry.key === 'infra/terraform/ses-smtp::aws_iam_access_key.smtp',
    );
    expect(smtp).toMatchObject({
      user: 'aws_iam_user.smtp',
      consoleAccess: true,
      file: 'infra/terraform/ses-smtp/main.tf',
      line: 8,
    });
    expect(smtp?.flows.map((flow) => `${flow.part} → ${flow.to}`)).toEqual(
      expect.arrayContaining([
        'smtp-password → password in aws_secretsmanager_secret_version.smtp',
        'smtp-password → SSM String parameter: value in aws_ssm_parameter.smtp_password',
        'smtp-password → Terraform output: output.smtp_password',
        // Named by what holds them (issue 22), not "the `value` attribute".
        'access-key-id → output.smtp_username',
        'smtp-password → output.smtp_password_protected',
      ]),
    );
  });

  it('lists the inventory with kinds and channels', async () => {
    const report = toJsonReport(await scan({ root: 'examples' }));
    const byName = new Map(report.inventory.map((entry) => [entry.name, entry]));
    expect(byName.get('SES_SMTP_PASSWORD')).toMatchObject({ kind: 'smtp-password', root: false });
    expect(byName.get('SES_SMTP_PASSWORD')?.channels).toContain('ses-smtp');
    expect(byName.get('ROOT_AWS_ACCESS_KEY_ID')).toMatchObject({
      kind: 'access-key-id',
      root: true,
      channels: ['ses-api'],
    });
    expect(byName.get('ECR_AWS_SECRET_ACCESS_KEY')?.channels).toEqual(['registry']);
    expect(byName.get('OPS_CONSOLE_PASSWORD')?.channels).toEqual(['console']);
  });
});
