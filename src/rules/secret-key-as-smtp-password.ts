import { isSmtpPasswordKind } from '../model/kinds.js';
import { atReference, atValue, describeSource, isSmtpPasswordSlot, smtpUses, uniqueReferences } from './helpers.js';
import type { Rule } from './types.js';
import type { Span } from '../model/references.js';
import { accessKeyAttributeFix } from './fixes/terraform.js';
import { FixTexts } from './fixes/text.js';

/** The derived SMTP password of the same key, where the raw secret is written as `aws_iam_access_key.NAME.secret`. */
function derivedPasswordFix(texts: FixTexts, file: string, span: Span) {
  return accessKeyAttributeFix(
    texts,
    file,
    span,
    'secret',
    'ses_smtp_password_v4',
    "use the key's SMTP password `ses_smtp_password_v4` (derived for the provider's region) instead of its raw secret",
  );
}

export const secretKeyAsSmtpPassword: Rule = {
  meta: {
    id: 'secret-key-as-smtp-password',
    title: 'Secret access key used as SES SMTP password',
    defaultSeverity: 'error',
    securitySeverity: 7.5,
    precision: 'medium',
    wrongKind: true,
    help: 'The SES SMTP interface does not accept a secret access key as the password. The SMTP password is derived from the secret access key with a region-specific SigV4 HMAC (the console shows it once when it creates SMTP credentials, Terraform exposes it as `ses_smtp_password_v4`). Using the raw key fails authentication and spreads a key that also signs API calls. Store the derived SMTP password as its own secret and use that.',
    tags: ['security', 'aws', 'ses', 'smtp', 'correctness'],
  },
  check: (model, context) => {
    const texts = new FixTexts(context.texts);
    return [
      ...uniqueReferences(model, smtpUses(model, ['ses', 'unknown']))
        .filter((reference) => isSmtpPasswordSlot(reference) && reference.supplied?.kind === 'secret-access-key')
        .map((reference) => ({
          ...atReference(
            reference,
            `${describeSource(reference)} is a secret access key used as the SES SMTP password. SES needs the SMTP password derived from the key for the endpoint's region, never the raw secret.`,
          ),
          // Only where the text at the place is `aws_iam_access_key.NAME.secret` in a `.tf` file (derivedPasswordFix checks).
          fix: derivedPasswordFix(texts, reference.file, reference.span),
        })),
      // Values the step was given (check-values): the name says SMTP password, the value is a 40-character secret key.
      ...model.repository.values
        .filter((value) => isSmtpPasswordKind(value.nameKind) && value.shapeKind === 'secret-access-key')
        .map((value) =>
          atValue(
            model,
            value.name,
            `The value of \`${value.name}\` is a 40-character secret access key, not an SMTP password. SES needs the SMTP password derived from the key for the endpoint's region.`,
            'secret-access-key',
          ),
        ),
      // IaC: an access key's raw secret evaluated into a slot named for the SMTP password (an output, a parameter, an object key).
      ...model.iam.secretsAsSmtpPasswords.map((wrong) => ({
        file: wrong.file,
        span: wrong.span,
        message: `${wrong.value} is given to \`${wrong.slot}\`, an SES SMTP password. SES needs the SMTP password derived from the key for the endpoint's region: \`aws_iam_access_key.<name>.ses_smtp_password_v4\`.`,
        credential: { name: wrong.slot, kind: 'secret-access-key' as const },
        key: `iac|${wrong.slot}|${wrong.value}`,
        fix: derivedPasswordFix(texts, wrong.file, wrong.span),
      })),
    ];
  },
};
