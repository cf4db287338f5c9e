import { atValue } from './helpers.js';
import type { Rule, RuleFinding } from './types.js';

export const smtpRegionMismatch: Rule = {
  meta: {
    id: 'smtp-region-mismatch',
    title: 'SMTP password derived for another region',
    defaultSeverity: 'error',
    securitySeverity: 3.0,
    precision: 'high',
    help: "An SES SMTP password (version 4) is derived with the region in the signing key, so a password made for `us-east-1` fails on `email-smtp.eu-west-1.amazonaws.com`. Terraform derives `ses_smtp_password_v4` for the provider's region. Use the SMTP endpoint of that region, or derive the password with a provider for the endpoint's region.",
    tags: ['aws', 'ses', 'smtp', 'correctness'],
  },
  check: (model) => {
    const findings: RuleFinding[] = [];
    for (const use of model.iam.smtpPasswordUses) {
      const derivedRegion = use.derivedRegion;
      if (!derivedRegion) continue;
      const other = use.endpointRegions.filter((region) => region !== derivedRegion);
      if (other.length === 0) continue;
      findings.push({
        file: use.file,
        span: use.span,
        message: `This SMTP password is derived for ${derivedRegion} (the provider's region) but used with the SES SMTP endpoint of ${other.join(', ')}. SES will refuse it; derive it for the endpoint's region.`,
        key: `${use.accessKeyKey}|${derivedRegion}|${other.join(',')}`,
      });
    }
    for (const value of model.repository.values) {
      const derivation = value.derivation;
      if (derivation?.status !== 'region-mismatch') continue;
      findings.push(
        atValue(
          model,
          value.name,
          `The value of \`${value.name}\` is the SMTP password of \`${derivation.secretName}\` for ${derivation.region}, but the workflows send through the SES SMTP endpoint of ${derivation.expectedRegions.join(', ')}. Derive it for the endpoint's region.`,
          'smtp-password',
        ),
      );
    }
    return findings;
  },
};
