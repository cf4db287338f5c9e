import { describe, expect, it } from '@jest/globals';
import { decodeSecretData } from '../../src/formats/kubernetes.js';
import { parseAsScanned as parse } from '../helpers/parse.js';
import { fake } from '../helpers/scan.js';
const places = (model: ReturnType<typeof parse>) =>
  model.references.map(
    (r) =>
      `${r.span.startLine}:${r.span.startColumn} ${r.source.type === 'literal' ? r.source.value.slice(0, 4) : r.source.type === 'variable' ? r.source.name : ''} ${r.sink.name}`,
  );

describe('kubernetes adapter', () => {
  it('reads Secret data (base64) and stringData, multi-document', () => {
    const key = fake.accessKeyId();
    const text = `apiVersion: v1
kind: Secret
metadata:
  name: a
data:
  SMTP_USERNAME: ${Buffer.from(key).toString('base64')}
---
apiVersion: v1
kind: Secret
metadata:
  name: b
stringData:
  SMTP_PASSWORD: ${fake.smtpPasswordV4()}
`;
    expect(places(parse('deploy/k8s/secret.yaml', text))).toEqual([
      '6:18 AKIA SMTP_USERNAME',
      '13:18 BMxh SMTP_PASSWORD',
    ]);
  });

  it('reads container env, with the key of a secretKeyRef as the value name', () => {
    const text = `apiVersion: apps/v1
kind: Deployment
spec:
  template:
    spec:
      containers:
        - name: app
          env:
            - name: SMTP_PASSWORD
              valueFrom:
                secretKeyRef:
                  name: aws
                  key: aws_secret_access_key
`;
    const model = parse('k8s/deploy.yaml', text);
    expect(places(model)).toEqual(['13:24 aws_secret_access_key SMTP_PASSWORD']);
    expect(model.uses.map((u) => u.destination.smtp?.target)).toEqual(['unknown']);
  });

  it('skips Helm templates and reads Helm values as keyed values', () => {
    expect(parse('charts/app/templates/secret.yaml', 'password: {{ .Values.password }}\n').references).toEqual([]);
    expect(places(parse('charts/app/values.yaml', `smtp:\n  password: ${fake.smtpPasswordV4()}\n`))).toEqual([
      '2:13 BMxh password',
    ]);
  });

  it('decodes only base64 of printable text', () => {
    expect(decodeSecretData(Buffer.from('hello').toString('base64'))).toBe('hello');
    expect(decodeSecretData('not base64!')).toBeUndefined();
    expect(decodeSecretData(Buffer.from([0, 1, 2, 255]).toString('base64'))).toBeUndefined();
  });
});
