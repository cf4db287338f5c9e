import { atValue } from './helpers.js';
import type { Rule } from './types.js';

export const smtpPasswordMismatch: Rule = {
  meta: {
    id: 'smtp-password-mismatch',
    title: 'SMTP password not derived from the access key beside it',
    defaultSeverity: 'error',
    securitySeverity: 3.0,
    precision: 'high',
    help: 'With `check-values: true` the action derives the SES SMTP password from the secret access key the step was given, for every region, and compares it with the SMTP password it was given (inside the runner; no value is printed). When none matches, the password belongs to another key (often a rotated or deleted one) and SES will refuse it. Create new SMTP credentials from the current key and update the secret.',
    tags: ['aws', 'ses', 'smtp', 'correctness'],
  },
  check: (model) =>
    model.repository.values
      .filter((value) => value.derivation?.status === 'mismatch')
      .map((value) =>
        atValue(
          model,
          value.name,
          `The value of \`${value.name}\` is not the SMTP password of \`${value.derivation?.secretName ?? 'the secret access key'}\` in any region: it was derived from another key. SES will refuse it; create SMTP credentials from the current key.`,
          'smtp-password',
        ),
      ),
};
