import { isSmtpPasswordKind } from '../model/kinds.js';
import { atReference, atValue, describeSource } from './helpers.js';
import type { Rule } from './types.js';
import type { Fix } from '../model/findings.js';
import type { ScanModel } from '../model/scan-model.js';
import { HclStructures } from './fixes/hcl.js';
import type { CredentialReference } from '../model/references.js';
import { accessKeyAttributeFix, providerRegion } from './fixes/terraform.js';
import { FixTexts } from './fixes/text.js';

/**
 * Terraform's `ses_smtp_password` (removed from the provider) becomes `ses_smtp_password_v4`. The new
 * password is derived for the provider's region: the description says so when the endpoint beside it
 * is in another region, where the password still will not work.
 */
function v4Fix(
  texts: FixTexts,
  structures: HclStructures,
  model: ScanModel,
  reference: CredentialReference,
): Fix | undefined {
  if (reference.source.type !== 'attribute' || !reference.source.name.endsWith('.ses_smtp_password')) return undefined;
  const region = providerRegion(texts, structures, reference.file);
  const endpoints = (model.usesByReference.get(reference.id) ?? []).flatMap(
    (use) => use.destination.smtp?.regions ?? [],
  );
  const others = [...new Set(endpoints.filter((endpoint) => endpoint !== region))];
  const note =
    region && others.length > 0
      ? ` (derived for the provider's region ${region}, not for the endpoint's ${others.join(', ')}: use a provider of that region)`
      : '';
  return accessKeyAttributeFix(
    texts,
    reference.file,
    reference.span,
    'ses_smtp_password',
    'ses_smtp_password_v4',
    `use the version-4 SMTP password \`ses_smtp_password_v4\`${note}`,
  );
}

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
  check: (model, context) => {
    const texts = new FixTexts(context.texts);
    const structures = new HclStructures();
    return [
      ...model.references
        .filter(
          (reference) =>
            reference.supplied?.kind === 'smtp-password-v2' &&
            (reference.source.type !== 'literal' ||
              reference.sink.expects !== undefined ||
              reference.sink.type === 'url-userinfo'),
        )
        .map((reference) => ({
          ...atReference(
            reference,
            `${describeSource(reference)} is a version-2 SES SMTP password, which SES no longer accepts. Derive a version-4 password for the endpoint's region.`,
          ),
          fix: v4Fix(texts, structures, model, reference),
        })),
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
    ];
  },
};
