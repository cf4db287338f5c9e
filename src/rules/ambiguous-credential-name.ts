import { atReference, describeSink, describeSource } from './helpers.js';
import type { Rule } from './types.js';

export const ambiguousCredentialName: Rule = {
  meta: {
    id: 'ambiguous-credential-name',
    title: 'Credential name does not tell its kind',
    defaultSeverity: 'notice',
    securitySeverity: 2.0,
    precision: 'medium',
    help: 'SES takes three kinds of credential (access keys, SMTP credentials, console sign-in) that look alike and are easy to swap. A secret called `SES_KEY` or `MAIL_SECRET` hides which one it holds, and that is how a secret access key ends up as an SMTP password. Name secrets by kind: `SES_SMTP_USERNAME`/`SES_SMTP_PASSWORD`, `AWS_ACCESS_KEY_ID`/`AWS_SECRET_ACCESS_KEY`. Teams with their own convention can teach it to the classifier with `names:` in the config file.',
    tags: ['maintainability', 'aws', 'ses'],
  },
  check: (model) => {
    const flagged = new Map<string, ReturnType<typeof atReference>>();
    for (const use of model.uses) {
      const sesContext = use.destination.smtp?.target === 'ses' || (use.destination.sesApi && use.destination.awsApi);
      if (!sesContext) continue;
      for (const id of use.referenceIds) {
        const reference = model.referenceById.get(id);
        if (!reference || reference.source.type !== 'secret') continue;
        const unclear = !reference.supplied || reference.supplied.kind === 'ambiguous';
        const credentialSlot = reference.sink.expects !== undefined && reference.sink.expects !== 'ambiguous';
        const ambiguousName = reference.supplied?.kind === 'ambiguous';
        if (unclear && (credentialSlot || ambiguousName)) {
          flagged.set(
            reference.id,
            atReference(
              reference,
              `The name of ${describeSource(reference)}, used for ${describeSink(reference)}, does not say which kind of SES credential it holds. Name it by kind (e.g. \`SES_SMTP_PASSWORD\`, \`AWS_SECRET_ACCESS_KEY\`).`,
              'ambiguous',
            ),
          );
        }
      }
    }
    return [...flagged.values()];
  },
};
