import { describe, expect, it } from '@jest/globals';
import { classifyName } from '../../src/credentials/names.js';
import { dockerComposeAdapter, isComposeFile } from '../../src/formats/docker-compose.js';
import { YamlSource } from '../../src/formats/shared/yaml.js';
import { dotenvAdapter } from '../../src/formats/dotenv.js';
import { serverlessAdapter } from '../../src/formats/serverless.js';
import type { FormatAdapter } from '../../src/formats/types.js';
import { parseAsScanned } from '../helpers/parse.js';
import { fake, locate } from '../helpers/scan.js';

const parse = (adapter: FormatAdapter, file: string, text: string) =>
  adapter.parse(file, text, { classifyName: (name) => classifyName(name) });
const places = (model: ReturnType<typeof parse>) =>
  model.references.map((r) => `${r.file}:${r.span.startLine}:${r.span.startColumn} ${r.source.type} ${r.sink.name}`);

describe('docker-compose adapter', () => {
  it('reads environment maps and lists, and ${VAR} interpolation', () => {
    const key = fake.accessKeyId();
    const text = `services:
  app:
    environment:
      SMTP_HOST: email-smtp.us-east-1.amazonaws.com
      AWS_ACCESS_KEY_ID: ${key}
      SMTP_PASSWORD: \${AWS_SECRET_ACCESS_KEY}
      DATABASE_URL: postgres://app:app@db:5432/app
  worker:
    environment:
      - SMTP_USERNAME=\${SES_SMTP_USERNAME:-}
`;
    const file = 'docker-compose.yml';
    const model = parseAsScanned(file, text);
    expect(places(model)).toEqual([
      `${locate(text, key, 1, file)} literal AWS_ACCESS_KEY_ID`,
      `${locate(text, '${AWS_SECRET_ACCESS_KEY}', 1, file)} variable SMTP_PASSWORD`,
      `${locate(text, '${SES_SMTP_USERNAME', 1, file)} variable SMTP_USERNAME`,
    ]);
    expect(model.uses.map((u) => [u.label, u.destination.smtp?.target])).toEqual([
      ['service app', 'ses'],
      ['service worker', 'ses'],
    ]);
  });

  it('recognises a Compose file by its services, whatever its name', () => {
    expect(dockerComposeAdapter.matches('docker-compose.override.yml')).toBe(true);
    expect(dockerComposeAdapter.matches('svc/stack.yaml')).toBe(true);
    expect(isComposeFile(new YamlSource('a.yml', 'services:\n  app:\n    image: x\n').documents[0]?.contents)).toBe(
      true,
    );
    expect(isComposeFile(new YamlSource('a.yml', 'services: [a, b]\n').documents[0]?.contents)).toBe(false);
    expect(isComposeFile(new YamlSource('a.yml', 'services:\n  app: nginx\n').documents[0]?.contents)).toBe(false);
  });
});

describe('dotenv adapter', () => {
  it('reads assignments with quotes, export, comments and CRLF, positions exact', () => {
    const key = fake.accessKeyId();
    const text = `# comment\r\nexport AWS_ACCESS_KEY_ID="${key}"\r\nSMTP_PASSWORD=\${AWS_SECRET_ACCESS_KEY} # wrong\r\nEMPTY=\r\nPLACEHOLDER=your-secret-here\r\n`;
    const file = 'svc/.env';
    expect(places(parse(dotenvAdapter, file, text))).toEqual([
      `${locate(text, key, 1, file)} literal AWS_ACCESS_KEY_ID`,
      `${locate(text, '${AWS', 1, file)} variable SMTP_PASSWORD`,
    ]);
  });

  it('matches the names dotenv files go by, and no other', () => {
    for (const path of [
      '.env',
      'svc/.env.production',
      'deploy/prod.env',
      'env.example',
      'svc/env.sample',
      '.dev.vars',
      'worker/.dev.vars.example',
      '.envrc',
    ])
      expect([path, dotenvAdapter.matches(path)]).toEqual([path, true]);
    for (const path of ['svc/env.txt', 'environment.ts', '.env/config.yaml', 'docs/dotenv.md', 'src/env.ts'])
      expect([path, dotenvAdapter.matches(path)]).toEqual([path, false]);
  });
});

describe('serverless adapter', () => {
  it('reads provider and function environments, ${env:} variables and role statements', () => {
    const text = `service: mail
provider:
  name: aws
  environment:
    SMTP_HOST: email-smtp.\${aws:region}.amazonaws.com
    SMTP_PASSWORD: \${env:AWS_SECRET_ACCESS_KEY}
    REGION: \${opt:region, 'eu-west-1'}
  iam:
    role:
      statements:
        - Effect: Allow
          Action: [ses:SendRawEmail]
          Resource: '*'
functions:
  send:
    handler: send.handler
    environment:
      SMTP_USERNAME: \${self:custom.smtpUser}
`;
    const model = parseAsScanned('svc/serverless.yml', text);
    expect(model.format).toBe(serverlessAdapter.id);
    expect(places(model)).toEqual(['svc/serverless.yml:6:20 variable SMTP_PASSWORD']);
    expect(model.uses.map((u) => u.label)).toEqual(['function send']);
    expect(model.iam?.statements.map((s) => [s.actions, s.span.startLine])).toEqual([[['ses:SendRawEmail'], 12]]);
  });
});
