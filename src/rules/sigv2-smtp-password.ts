import { isSmtpPasswordKind } from '../model/kinds.js';
import { atReference, atValue, describeSource } from './helpers.js';
import type { Rule } from './types.js';

export const sigv2SmtpPassword: Rule = {
  meta: {
    id: 'sigv2-smtp-password',
    title: 'Version-2 SES SMTP password',
    defaultSeverity: 'error',
    securitySeverity: 4.0,
    precision: 'high',
    help: "SMTP passwords made with the old, region-free version-2 algorithm (44 characters starting with `A`; Terraform's removed `ses_smtp_password` attribute) are no longer accepted by SES. Derive a version-4 password for the region of the SMTP endpoint (Terraform: `ses_smtp_password_v4`) and replace the secret.",
    tags: ['aws', 'ses', 'smtp', 'correctness'],
  },
  check: (model) => [
    ...model.references
      .filter(
        (reference) =>
          reference.supplied?.kind === 'smtp-password-v2' &&
          (reference.source.type !== 'literal' ||
            reference.sink.expects !== undefined ||
            reference.sink.type === 'url-userinfo'),
      )
      .map((reference) =>
        atReference(
          reference,
          `${describeSource(reference)} is a version-2 SES SMTP password, which SES no longer accepts. Derive a version-4 password for the endpoint's region.`,
        ),
      ),
    ...model.repository.values
      .filter((value) => value.shapeKind === 'smtp-password-v2' && isSmtpPasswordKind(value.nameKind))
      .map((value) =>
        atValue(
          model,
          value.name,
          `The value of \`${value.name}\` is a version-2 SES SMTP password, which SES no longer accepts. Derive a version-4 password for the endpoint's region.`,
          'smtp-password-v2',
        ),
      ),
  ],
};
