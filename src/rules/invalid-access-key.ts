import { atValue } from './helpers.js';
import type { Rule } from './types.js';

export const invalidAccessKey: Rule = {
  meta: {
    id: 'invalid-access-key',
    title: 'Access key rejected by AWS',
    defaultSeverity: 'warning',
    securitySeverity: 2.0,
    precision: 'high',
    help: 'With `verify-with-aws: true` the action calls STS `GetCallerIdentity` (which needs no permission) with each access key pair the step was given. When AWS rejects the pair (an unknown or deactivated key, or a secret that does not belong to the key ID), every SES call made with it will fail. Replace the secret with an active key, or better, an OIDC role.',
    tags: ['aws', 'correctness'],
  },
  check: (model) =>
    model.repository.values
      .filter((value) => value.verification?.status === 'rejected')
      .map((value) =>
        atValue(
          model,
          value.name,
          `AWS rejects the access key pair of \`${value.name}\` (${value.verification?.status === 'rejected' ? value.verification.reason : ''}): the key is unknown or inactive, or its secret does not match. SES calls made with it will fail.`,
          'access-key-id',
        ),
      ),
};
