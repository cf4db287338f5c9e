import { describe, expect, it } from '@jest/globals';
import { actionMatches, grantsOf } from '../../src/credentials/iam.js';
import { emptyIam, type IamStatement } from '../../src/model/iam.js';

const span = (line: number) => ({ startLine: line, startColumn: 1, endLine: line, endColumn: 2 });

const statement = (ownerKey: string, line: number, actions: string[]): IamStatement => ({
  file: 'iam.tf',
  span: span(line),
  ownerKey,
  effect: 'Allow',
  actions,
  notAction: false,
  resources: ['*'],
});

describe('grantsOf', () => {
  it("gives a principal's grants in the order of its bindings, each owner's statements in theirs", () => {
    const iam = emptyIam();
    iam.statements.push(
      statement('policy.b', 1, ['ses:SendRawEmail']),
      statement('policy.a', 2, ['iam:CreateUser']),
      statement('policy.b', 3, ['iam:CreateAccessKey']),
    );
    iam.bindings.push(
      { file: 'iam.tf', span: span(10), principalKey: 'user.mailer', ownerKey: 'policy.b' },
      { file: 'iam.tf', span: span(11), principalKey: 'user.other', ownerKey: 'policy.a' },
      { file: 'iam.tf', span: span(12), principalKey: 'user.mailer', ownerKey: 'policy.a' },
    );
    expect(grantsOf(iam, 'user.mailer').map((grant) => grant.span.startLine)).toEqual([1, 3, 2]);
    expect(grantsOf(iam, 'user.other').map((grant) => grant.statement.actions)).toEqual([['iam:CreateUser']]);
    expect(grantsOf(iam, 'user.nobody')).toEqual([]);
  });

  it('sees bindings and statements added to the facts after it was first asked', () => {
    const iam = emptyIam();
    iam.statements.push(statement('policy.a', 1, ['ses:SendEmail']));
    expect(grantsOf(iam, 'user.mailer')).toEqual([]);
    iam.bindings.push({ file: 'iam.tf', span: span(5), principalKey: 'user.mailer', ownerKey: 'policy.a' });
    expect(grantsOf(iam, 'user.mailer').map((grant) => grant.via)).toEqual(['policy']);
    iam.statements.push(statement('policy.a', 2, ['ses:SendRawEmail']));
    expect(grantsOf(iam, 'user.mailer')).toHaveLength(2);
    const other = { ...iam, bindings: [] };
    expect(grantsOf(other, 'user.mailer')).toEqual([]);
  });
});

describe('actionMatches', () => {
  it('matches case-insensitively with * and ? wildcards, each pattern on its own', () => {
    expect(actionMatches('iam:Create*', 'iam:CreateAccessKey')).toBe(true);
    expect(actionMatches('IAM:createaccesskey', 'iam:CreateAccessKey')).toBe(true);
    expect(actionMatches('iam:Create?ser', 'iam:CreateUser')).toBe(true);
    expect(actionMatches('iam:Create?ser', 'iam:CreateAccessKey')).toBe(false);
    // Asked again, the same answers; a pattern's dots and brackets stay literal.
    expect(actionMatches('iam:Create*', 'iam:CreateAccessKey')).toBe(true);
    expect(actionMatches('iam:Create*', 'ses:SendEmail')).toBe(false);
    expect(actionMatches('iam:Create.', 'iam:CreateX')).toBe(false);
    expect(actionMatches('iam:[C]reate*', 'iam:CreateUser')).toBe(false);
  });
});
