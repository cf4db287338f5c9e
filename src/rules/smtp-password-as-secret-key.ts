import { isSmtpPasswordKind } from '../model/kinds.js';
import { atReference, atValue, describeSink, describeSource } from './helpers.js';
import type { Rule } from './types.js';

export const smtpPasswordAsSecretKey: Rule = {
  meta: {
    id: 'smtp-password-as-secret-key',
    title: 'SES SMTP password used as secret access key',
    defaultSeverity: 'error',
    securitySeverity: 6.5,
    precision: 'medium',
    wrongKind: true,
    help: "An SES SMTP password is a one-way derivation of a secret access key; it cannot sign AWS API requests, so an SDK, the CLI or configure-aws-credentials fed with it fails. Pass the IAM user's secret access key (or better, assume a role with OIDC) where a secret access key is expected, and keep the SMTP password for SMTP.",
    tags: ['aws', 'ses', 'smtp', 'correctness'],
  },
  check: (model) => [
    ...model.references
      .filter(
        (reference) => reference.sink.expects === 'secret-access-key' && isSmtpPasswordKind(reference.supplied?.kind),
      )
      .map((reference) =>
        atReference(
          reference,
          `${describeSource(reference)} is an SES SMTP password, but ${describeSink(reference)} expects a secret access key. SMTP passwords cannot sign AWS API requests.`,
        ),
      ),
    ...model.repository.values
      .filter((value) => value.nameKind === 'secret-access-key' && isSmtpPasswordKind(value.shapeKind))
      .map((value) =>
        atValue(
          model,
          value.name,
          `The value of \`${value.name}\` is an SES SMTP password, not a secret access key. SMTP passwords cannot sign AWS API requests.`,
          // Stryker disable next-line StringLiteral: unreachable, the filter admits only values of an SMTP password's shape
          value.shapeKind ?? 'smtp-password',
        ),
      ),
  ],
};
