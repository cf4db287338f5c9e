import { literalFits } from '../credentials/values.js';
import { atReference, atValue, describeSink, describeSource, label } from './helpers.js';
import type { Rule } from './types.js';

export const rootCredentials: Rule = {
  meta: {
    id: 'root-credentials',
    title: 'Root user credentials in automation',
    defaultSeverity: 'error',
    securitySeverity: 9.8,
    precision: 'medium',
    help: 'The account root user has unrestricted access to every resource in the account, and its keys cannot be limited by any policy. No repository or pipeline should hold root credentials. Create an IAM user (or, for the SES API, an OIDC role) allowed only what it needs, and delete the root access keys.',
    tags: ['security', 'aws', 'root'],
  },
  check: (model) => [
    // STS says so (verify-with-aws): the strongest evidence there is, so it comes first and wins over a name at the same place.
    ...model.repository.values
      .filter((value) => value.verification?.status === 'root')
      .map((value) =>
        atValue(
          model,
          value.name,
          `AWS STS GetCallerIdentity says the access key in \`${value.name}\` belongs to the account root user. Root credentials give unrestricted access to the whole AWS account: delete this key and use an IAM user limited to SES, or an OIDC role.`,
          'access-key-id',
        ),
      ),
    ...model.references
      .filter((reference) => {
        const kind = reference.supplied?.kind ?? reference.sink.expects;
        const root = reference.supplied?.root === true || reference.sink.root === true;
        if (!root || kind === undefined || kind === 'ambiguous') return false;
        return reference.source.type !== 'literal' || literalFits(kind, reference.source.value);
      })
      .map((reference) => {
        // Stryker disable next-line StringLiteral: unreachable, the filter admits only references of a known kind
        const kind = reference.supplied?.kind ?? reference.sink.expects ?? 'ambiguous';
        return atReference(
          reference,
          `${describeSource(reference)} in ${describeSink(reference)} is the account root user's ${label(kind)}. Root credentials give unrestricted access to the whole AWS account; use an IAM user limited to SES instead.`,
          kind,
        );
      }),
    // A defined secret named as the root user's is a finding on the repository, used or not.
    // Stryker disable next-line ArrayDeclaration: an item put in the empty list is no root secret, so it gives nothing
    ...(model.repository.definedSecrets ?? []).flatMap(({ name, scope, kind, root }) =>
      root && kind !== undefined && kind !== 'ambiguous'
        ? [
            atValue(
              model,
              name,
              `The ${scope} secret \`${name}\` is named as the account root user's ${label(kind)}. Root credentials belong in no repository: delete the secret and the root access keys.`,
              kind,
            ),
          ]
        : [],
    ),
  ],
};
