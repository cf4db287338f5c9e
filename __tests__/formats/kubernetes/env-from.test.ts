import { describe, expect, it } from '@jest/globals';
import { joinEnvFrom, type EnvSources } from '../../../src/formats/kubernetes/env-from.js';
import type { CredentialUse } from '../../../src/model/references.js';
import type { FileModel } from '../../../src/model/scan-model.js';
import { classifyName } from '../../../src/credentials/names.js';

const use = (id: string): CredentialUse => ({
  id,
  file: 'deploy.yaml',
  label: id,
  span: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 },
  referenceIds: [],
  destination: { sesApi: false, awsApi: false, registry: false },
});

const file = (name: string, kubernetes: EnvSources): FileModel => ({
  file: name,
  format: 'kubernetes',
  references: [],
  uses: [],
  problems: [],
  formatFacts: { kubernetes },
});

const source = (kind: string, name: string, sesRegions: string[], otherHosts: string[] = []) => ({
  kind,
  name,
  sesRegions,
  otherHosts,
  smtp: true,
});

function joined(files: FileModel[], uses: CredentialUse[]): CredentialUse[] {
  return joinEnvFrom(files, { references: [], uses, iam: {} as never }, { classifyName: (name) => classifyName(name) })
    .uses;
}

describe('the envFrom join', () => {
  it('gives a use the hosts of the sources it imports, from any file, by kind and name', () => {
    const files = [
      file('a.yaml', {
        sources: [source('ConfigMap', 'mail', ['eu-west-1']), source('Secret', 'mail', ['us-east-1'])],
        imports: [{ useId: 'u1', kind: 'ConfigMap', name: 'mail' }],
      }),
      file('b.yaml', {
        sources: [source('ConfigMap', 'mail', ['ap-south-1']), source('ConfigMap', 'other', [], ['smtp.example.com'])],
        imports: [
          { useId: 'u2', kind: 'Secret', name: 'mail' },
          { useId: 'u3', kind: 'ConfigMap', name: 'other' },
        ],
      }),
    ];
    const [u1, u2, u3, u4] = joined(files, [use('u1'), use('u2'), use('u3'), use('u4')]);
    expect(u1?.destination.smtp).toEqual({ target: 'ses', regions: ['ap-south-1', 'eu-west-1'] });
    expect(u2?.destination.smtp).toEqual({ target: 'ses', regions: ['us-east-1'] });
    expect(u3?.destination.smtp).toEqual({ target: 'other', regions: [] });
    expect(u4?.destination.smtp).toBeUndefined();
  });

  it('does not take a kind and name for another whose parts join to the same text', () => {
    const files = [
      file('a.yaml', {
        sources: [source('Config\0Map', 'mail', ['eu-west-1'])],
        imports: [{ useId: 'u1', kind: 'Config', name: 'Map\0mail' }],
      }),
    ];
    const [u1] = joined(files, [use('u1')]);
    expect(u1?.destination.smtp).toBeUndefined();
  });
});
