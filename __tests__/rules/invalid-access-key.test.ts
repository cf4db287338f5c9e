import { describe, expect, it } from '@jest/globals';
import { defaultConfig } from '../../src/config/config.js';
import type { ValueFacts } from '../../src/model/repository.js';
import { parseText } from '../../src/scan/parse-files.js';
import { analyze } from '../../src/scan/scan.js';
import { workflow } from '../helpers/scan.js';

const rule = 'invalid-access-key';
const text = workflow(`      - uses: aws-actions/configure-aws-credentials@v4
        with:
          aws-access-key-id: \${{ secrets.AWS_ACCESS_KEY_ID }}
          aws-secret-access-key: \${{ secrets.AWS_SECRET_ACCESS_KEY }}
`);

function findings(values: ValueFacts[]) {
  const config = defaultConfig();
  return analyze([parseText('.github/workflows/ci.yml', text, config)], config, [], '.', () => ({
    values,
  })).findings.map((f) => `${f.ruleId} ${f.file}:${f.span.startLine}:${f.span.startColumn}`);
}

describe(rule, () => {
  it('fires on a pair AWS rejects, where the workflows use that secret', () => {
    expect(
      findings([
        {
          name: 'AWS_ACCESS_KEY_ID',
          nameKind: 'access-key-id',
          shapeKind: 'access-key-id',
          verification: { status: 'rejected', reason: 'InvalidClientTokenId' },
        },
      ]),
    ).toContain(`${rule} .github/workflows/ci.yml:9:34`);
  });

  it('stays quiet on a valid IAM key, on unverified keys and on network errors; a root ARN goes to root-credentials', () => {
    const ok = findings([
      {
        name: 'AWS_ACCESS_KEY_ID',
        nameKind: 'access-key-id',
        shapeKind: 'access-key-id',
        verification: { status: 'iam', arnKind: 'user' },
      },
    ]);
    expect(ok.filter((f) => f.startsWith(rule))).toEqual([]);
    expect(
      findings([
        {
          name: 'AWS_ACCESS_KEY_ID',
          nameKind: 'access-key-id',
          shapeKind: 'access-key-id',
          verification: { status: 'error', reason: 'ECONNREFUSED' },
        },
      ]).filter((f) => f.startsWith(rule)),
    ).toEqual([]);
    expect(
      findings([
        {
          name: 'AWS_ACCESS_KEY_ID',
          nameKind: 'access-key-id',
          shapeKind: 'access-key-id',
          verification: { status: 'root', arnKind: 'root' },
        },
      ]),
    ).toContain('root-credentials .github/workflows/ci.yml:9:34');
  });
});
