import { accessKeyIdPattern, isPlaceholder } from '../credentials/values.js';
import type { CredentialReference } from '../model/references.js';
import { atReference, describeSource, smtpUses, uniqueReferences } from './helpers.js';
import type { Rule, RuleFinding } from './types.js';

const wrongKinds = new Set([
  'account-email',
  'console-username',
  'console-password',
  'secret-access-key',
  'smtp-password',
  'smtp-password-v2',
]);

function isWrongUserName(reference: CredentialReference): boolean {
  const { source, supplied } = reference;
  // An e-mail address is wrong even at example.com; other placeholders are left to the people who fill them in.
  if (source.type === 'literal')
    return (
      !accessKeyIdPattern.test(source.value.trim()) && (source.value.includes('@') || !isPlaceholder(source.value))
    );
  if (source.type === 'secret' || source.type === 'variable') {
    if (supplied && wrongKinds.has(supplied.kind)) return true;
    return !supplied && /E_?MAIL|ADDRESS/i.test(source.name);
  }
  return false;
}

export const smtpUsernameNotAccessKeyId: Rule = {
  meta: {
    id: 'smtp-username-not-access-key-id',
    title: 'SES SMTP user name is not an access key ID',
    defaultSeverity: 'warning',
    securitySeverity: 3.0,
    precision: 'medium',
    wrongKind: true,
    help: 'The SES SMTP user name is the access key ID of the IAM user whose key the SMTP password was derived from (20 characters starting with AKIA). An e-mail address, an IAM user name or the account e-mail is refused by SES. Use the SMTP user name the console showed, or `aws_iam_access_key.<name>.id` in Terraform.',
    tags: ['aws', 'ses', 'smtp', 'correctness'],
  },
  check: (model) => {
    const findings: RuleFinding[] = uniqueReferences(model, smtpUses(model, ['ses']))
      .filter((reference) => reference.sink.expects === 'smtp-username' && isWrongUserName(reference))
      .map((reference) =>
        atReference(
          reference,
          `${describeSource(reference)} is used as the SES SMTP user name but is not an access key ID. SES expects the access key ID of the IAM user the SMTP password was derived from.`,
          reference.supplied?.kind ?? 'smtp-username',
        ),
      );
    // IaC values evaluated into an SMTP user name slot beside an SES host or SMTP password (Terraform).
    // Two findings at one place are one: the engine keeps the first.
    for (const wrong of model.iam.wrongSmtpUserNames) {
      findings.push({
        file: wrong.file,
        span: wrong.span,
        message: `${wrong.value} is set as the SES SMTP user name (\`${wrong.slot}\`) but is not an access key ID. SES expects the access key ID of the IAM user the SMTP password was derived from: \`aws_iam_access_key.<name>.id\`.`,
        credential: { name: wrong.slot, kind: 'smtp-username' },
        key: `iac|${wrong.slot}|${wrong.value}`,
      });
    }
    return findings;
  },
};
