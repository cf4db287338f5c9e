import { describe, expect, it } from '@jest/globals';
import { classifyName } from '../../src/credentials/names.js';
import { adapterFor } from '../../src/formats/index.js';
import { parseText } from '../../src/scan/parse-files.js';
import { defaultParseLimits } from '../../src/formats/shared/limits.js';
import { fake, placesOf, scanFiles } from '../helpers/scan.js';

const base64 = (text: string) => Buffer.from(text).toString('base64');
const secret = (body: string) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: aws\n${body}`;
const parse = (path: string, text: string) =>
  parseText(path, text, { nameRules: [], limits: defaultParseLimits }).model;

describe('formats recognised by content, wherever the file is', () => {
  it('reads a Kubernetes Secret at the repository root and outside any manifest folder', () => {
    const text = secret(`data:\n  AWS_ACCESS_KEY_ID: ${base64(fake.accessKeyId())}\n`);
    expect(placesOf('hardcoded-access-key', { 'secret.yaml': text, 'app/config/aws.yml': text })).toEqual([
      'app/config/aws.yml:6:22',
      'secret.yaml:6:22',
    ]);
  });

  it('decides kind after parsing: `!!str Secret` and a flow-style document', () => {
    const key = base64(fake.accessKeyId());
    const tagged = `apiVersion: v1\nkind: !!str Secret\nmetadata: {name: a}\ndata:\n  KEY_ID: ${key}\n`;
    const flow = `{apiVersion: v1, kind: Secret, metadata: {name: b}, data: {KEY_ID: ${key}}}\n`;
    expect(parse('tagged.yaml', tagged)?.format).toBe('kubernetes');
    expect(parse('flow.yaml', flow)?.format).toBe('kubernetes');
    expect(placesOf('hardcoded-access-key', { 'tagged.yaml': tagged, 'flow.yaml': flow })).toEqual([
      'flow.yaml:1:68',
      'tagged.yaml:5:11',
    ]);
  });

  it('a `{{ .Values.x }}` comment does not make a manifest that parses a Go template', () => {
    const text = `# rendered from {{ .Values.aws }}\n${secret(`data:\n  AWS_ACCESS_KEY_ID: ${base64(fake.accessKeyId())}\n`)}`;
    const result = scanFiles({ 'deploy/secret.yaml': text });
    expect(result.findings.filter((f) => f.ruleId === 'hardcoded-access-key').map((f) => f.span.startLine)).toEqual([
      7,
    ]);
    expect(result.problems).toEqual([]);
  });

  it('a Go template that is not YAML is read as text only, and says so', () => {
    const text = `apiVersion: v1\nkind: Secret\n{{- if .Values.aws }}\nstringData:\n  AWS_ACCESS_KEY_ID: ${fake.accessKeyId()}\n{{- end }}\n`;
    const result = scanFiles({ 'charts/app/templates/secret.yaml': text });
    expect(result.findings.filter((f) => f.ruleId === 'hardcoded-access-key').map((f) => f.span.startLine)).toEqual([
      5,
    ]);
    expect(result.problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/^a Go template .*read as text only/),
    ]);
  });

  it('reads each document of a multi-document file as its own format, with ids unique in the file', () => {
    const text = [
      secret(`stringData:\n  SMTP_PASSWORD: ${fake.smtpPasswordV4()}\n`),
      `services:\n  mailer:\n    environment:\n      AWS_ACCESS_KEY_ID: ${fake.accessKeyId()}\n`,
      `service: mail\nprovider:\n  name: aws\n  environment:\n    AWS_ACCESS_KEY_ID: ${fake.accessKeyId('B')}\n`,
    ].join('---\n');
    const model = parse('stack/all.yml', text);
    expect(model?.format).toBe('yaml');
    const ids = model?.references.map((reference) => reference.id) ?? [];
    expect(new Set(ids).size).toBe(ids.length);
    expect(model?.uses.map((use) => use.label)).toEqual(['Secret aws', 'service mailer', 'provider']);
  });

  it('recognises Compose and Serverless by content under any name, and leaves other YAML alone', () => {
    expect(adapterFor('ops/stack.yml')?.id).toBe('yaml');
    const compose = `services:\n  app:\n    environment:\n      - AWS_ACCESS_KEY_ID=${fake.accessKeyId()}\n`;
    expect(parse('ops/stack.yml', compose)?.format).toBe('docker-compose');
    expect(parse('ops/fn.yml', `service: x\nprovider: aws\n`)?.format).toBe('serverless');
    expect(parse('docs/openapi.yaml', 'openapi: 3.0.0\npaths: [unclosed\n')?.problems).toEqual([]);
  });

  it('does not decode YAML or JSON whose bytes hold no word of a format', () => {
    const mayMatter = (path: string, text: string) => adapterFor(path)?.mayMatter?.(Buffer.from(text)) ?? true;
    expect(mayMatter('docs/site.yml', 'title: docs\nnav: []\n')).toBe(false);
    expect(mayMatter('docs/site.yml', 'services:\n  a: {}\n')).toBe(true);
    expect(mayMatter('data/big.json', '{"services": {"a": {}}, "provider": 1}')).toBe(false);
    expect(mayMatter('data/log.json', `{"k": "${fake.accessKeyId()}"}`)).toBe(false);
    expect(mayMatter('data/pod.json', '{"apiVersion": "v1", "kind": "Pod"}')).toBe(true);
    expect(mayMatter('charts/app/values.yaml', 'password: x\n')).toBe(true);
    expect(classifyName('AWS_SECRET_ACCESS_KEY')?.kind).toBe('secret-access-key');
  });
});

describe('env maps and Helm values outside manifest folders', () => {
  it('reads a top-level env map of a YAML file anywhere (a Helm values file committed at the root)', () => {
    const text = `deployTimestamp: "1"\nenv:\n  SMTP_HOST: email-smtp.us-east-1.amazonaws.com\n  APP_SMTP_PASSWORD: "${fake.smtpPasswordV4()}"\n  AWS_ACCESS_KEY_ID: ${fake.accessKeyId()}\n`;
    expect(placesOf('hardcoded-smtp-password', { 'tmp.yaml': text })).toEqual(['tmp.yaml:4:23']);
    expect(placesOf('hardcoded-access-key', { 'tmp.yaml': text })).toEqual(['tmp.yaml:5:22']);
  });

  it('reads a chart values file by its name wherever the chart is', () => {
    const text = `mail:\n  smtp:\n    password: "${fake.smtpPasswordV4()}"\n`;
    expect(placesOf('hardcoded-smtp-password', { 'values.yaml': text, 'mychart/values-prod.yaml': text })).toEqual([
      'mychart/values-prod.yaml:3:16',
      'values.yaml:3:16',
    ]);
  });

  it('does not decode a YAML file with no format word and no top-level env map (a nested env: is not one)', () => {
    const text = `settings:\n  env:\n    AWS_ACCESS_KEY_ID: ${fake.accessKeyId()}\n`;
    expect(adapterFor('config/app.yaml')?.mayMatter?.(Buffer.from(text))).toBe(false);
    expect(adapterFor('config/app.yaml')?.mayMatter?.(Buffer.from(`a: 1\n${text.replace('  env:', 'env:')}`))).toBe(
      true,
    );
  });
});
