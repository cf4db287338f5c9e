import { describe, expect, it } from '@jest/globals';
import { capReferences, nodeEstimate } from '../../../src/formats/shared/limits.js';
import type { CredentialReference } from '../../../src/model/references.js';
import type { FileModel } from '../../../src/model/scan-model.js';
import { fake } from '../../helpers/scan.js';

describe('nodeEstimate', () => {
  it('counts commas, list items and keys without parsing', () => {
    expect(nodeEstimate('a: [1, 2, 3]\n- x\n- y: z\n', 1000)).toBe(6);
  });

  it('stops counting just past the limit', () => {
    expect(nodeEstimate('a,'.repeat(1000), 10)).toBe(11);
  });
});

describe('capReferences', () => {
  const reference = (index: number, value: string): CredentialReference => ({
    id: `r${index}`,
    file: 'ci.yml',
    span: { startLine: index + 1, startColumn: 1, endLine: index + 1, endColumn: 2 },
    source: { type: 'literal', value },
    sink: { type: 'env', name: 'SMTP_USER' },
  });

  it('keeps credential-shaped values when a flood of cheap literals comes first, in file order', () => {
    const references = [...Array.from({ length: 5 }, (_, i) => reference(i, 'a')), reference(5, fake.accessKeyId())];
    const model: FileModel = { file: 'ci.yml', format: 'github-workflow', references, uses: [], problems: [] };
    const capped = capReferences(model, 3);
    expect(capped.references.map((kept) => kept.id)).toEqual(['r0', 'r1', 'r5']);
    expect(capped.problems.map((problem) => problem.message)).toEqual([
      '6 credential values in one file; only 3 are reported, credential-shaped ones first (treat every value in it as leaked)',
    ]);
  });

  it('leaves a file within the cap as it is', () => {
    const model: FileModel = { file: 'ci.yml', format: 'x', references: [reference(0, 'a')], uses: [], problems: [] };
    expect(capReferences(model, 3)).toBe(model);
  });
});
