import { isSmtpPasswordKind } from '../model/kinds.js';
import { atReference, atValue, describeSink, describeSource } from './helpers.js';
import type { Rule } from './types.js';
import type { CredentialReference } from '../model/references.js';
import { accessKeyAttributeFix } from './fixes/terraform.js';
import { FixTexts } from './fixes/text.js';

/** The key's own secret where its SMTP password (either version) is written as `aws_iam_access_key.NAME.ses_smtp_password…`. */
function secretFix(texts: FixTexts, reference: CredentialReference) {
  const description = "use the key's secret access key `.secret` where a secret access key is expected";
  const swap = (attribute: string) =>
    accessKeyAttributeFix(texts, reference.file, reference.span, attribute, 'secret', description);
  return swap('ses_smtp_password_v4') ?? swap('ses_smtp_password');
}

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
  check: (model, context) => {
    const texts = new FixTexts(context.texts);
    return [
      ...model.references
        .filter(
          (reference) => reference.sink.expects === 'secret-access-key' && isSmtpPasswordKind(reference.supplied?.kind),
        )
        .map((reference) => ({
          ...atReference(
            reference,
            `${describeSource(reference)} is an SES SMTP password, but ${describeSink(reference)} expects a secret access key. SMTP passwords cannot sign AWS API requests.`,
          ),
          fix: secretFix(texts, reference),
        })),
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
    ];
  },
};
