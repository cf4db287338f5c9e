import { describe, expect, it } from '@jest/globals';
import { fake, placesOf, workflow } from '../helpers/scan.js';

const rule = 'smtp-username-not-access-key-id';

const sendMail = (username: string) =>
  workflow(`      - uses: dawidd6/action-send-mail@v3
        with:
          server_address: email-smtp.eu-west-1.amazonaws.com
          username: ${username}
          password: \${{ secrets.SES_SMTP_PASSWORD }}
`);

describe(rule, () => {
  it('fires on an e-mail address as the SES SMTP user name', () => {
    expect(placesOf(rule, sendMail('ci@mail.example.com'))).toEqual(['.github/workflows/ci.yml:10:21']);
  });

  it('fires on an IAM user name', () => {
    expect(placesOf(rule, sendMail('ses-smtp-user'))).toEqual(['.github/workflows/ci.yml:10:21']);
  });

  it('fires on a secret whose name says it holds an e-mail address', () => {
    expect(placesOf(rule, sendMail('${{ secrets.SES_SENDER_EMAIL }}'))).toEqual(['.github/workflows/ci.yml:10:25']);
  });

  it('stays quiet on an access key ID, literal or secret, and on placeholders', () => {
    expect(placesOf(rule, sendMail(fake.accessKeyId()))).toEqual([]);
    expect(placesOf(rule, sendMail('AKIA...'))).toEqual([]);
    expect(placesOf(rule, sendMail('<smtp-username>'))).toEqual([]);
    expect(placesOf(rule, sendMail('${{ secrets.SES_SMTP_USERNAME }}'))).toEqual([]);
  });

  it('stays quiet on an e-mail user name for an SMTP server that is not SES', () => {
    const text = workflow(`      - uses: dawidd6/action-send-mail@v3
        with:
          server_address: smtp.gmail.com
          username: ci@example.com
          password: \${{ secrets.GMAIL_APP_PASSWORD }}
`);
    expect(placesOf(rule, text)).toEqual([]);
  });
});

describe(`${rule} in Kubernetes, with the SMTP host in a ConfigMap of another file`, () => {
  const deployment = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: mailer
spec:
  template:
    spec:
      containers:
        - name: mailer
          envFrom:
            - configMapRef:
                name: mailer-config
          env:
            - name: SMTP_USERNAME
              value: mailer@example.com
`;
  const configMap = (host: string) =>
    `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: mailer-config\ndata:\n  SMTP_HOST: ${host}\n`;

  it('fires once envFrom ties the container to the SES endpoint', () => {
    expect(
      placesOf(rule, {
        'deploy/k8s/deployment.yaml': deployment,
        'deploy/k8s/configmap.yaml': configMap('email-smtp.eu-west-1.amazonaws.com'),
      }),
    ).toEqual(['deploy/k8s/deployment.yaml:15:22']);
  });

  it('stays quiet when the imported host is not SES, or nothing is imported', () => {
    expect(
      placesOf(rule, {
        'deploy/k8s/deployment.yaml': deployment,
        'deploy/k8s/configmap.yaml': configMap('smtp.sendgrid.net'),
      }),
    ).toEqual([]);
    expect(placesOf(rule, { 'deploy/k8s/deployment.yaml': deployment })).toEqual([]);
  });
});
