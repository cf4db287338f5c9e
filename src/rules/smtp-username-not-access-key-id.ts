import { accessKeyIdPattern, isPlaceholder } from '../credentials/values.js';
import type { CredentialReference } from '../model/references.js';
import { atReference, describeSource, smtpUses, uniqueReferences } from './helpers.js';
import type { Rule, RuleFinding } from './types.js';
import type { Fix } from '../model/findings.js';
import type { IamFacts, WrongSmtpSlotValue } from '../model/iam.js';
import { accessKeyAttributeFix, accessKeyRepetition, iamUserNameAt } from './fixes/terraform.js';
import { HclStructures } from './fixes/hcl.js';
import { edit, fixOf, FixTexts } from './fixes/text.js';

/**
 * The key's `.id` where an IAM user's name is written: `aws_iam_access_key.K.user` becomes `.id`, and
 * `aws_iam_user.U.name` the `.id` of the one access key of that user in the same module (with the
 * user's index when the key is repeated by `count` as the user is; none for `for_each`).
 */
function accessKeyIdFix(
  texts: FixTexts,
  structures: HclStructures,
  iam: IamFacts,
  wrong: WrongSmtpSlotValue,
): Fix | undefined {
  // Local, not module-level: npm run mutation left a module constant's (static) mutant untested.
  const idDescription = "use the access key's ID, the SES SMTP user name";
  const swapped = accessKeyAttributeFix(texts, wrong.file, wrong.span, 'user', 'id', idDescription);
  if (swapped) return swapped;
  const user = iamUserNameAt(texts, wrong.file, wrong.span);
  if (!user) return undefined;
  // Keyed as the Terraform reader keys declarations: the module folder, `.` at the root.
  const folder = wrong.file.includes('/') ? wrong.file.slice(0, wrong.file.lastIndexOf('/')) : '.';
  const prefix = `${folder}::aws_iam_access_key.`;
  const [key, other] = iam.accessKeys.filter(
    (key) => key.userKey === `${folder}::aws_iam_user.${user.user}` && key.key.startsWith(prefix),
  );
  if (!key || other) return undefined;
  const name = key.key.slice(prefix.length);
  // A key repeated by `count` takes the user's index (none written: which key is unknown); by `for_each`, none.
  const repetition = accessKeyRepetition(texts, structures, key.file, name);
  const index = repetition === 'single' ? '' : repetition === 'count' && user.index !== '' ? user.index : undefined;
  if (index === undefined) return undefined;
  const replacement = `aws_iam_access_key.${name}${index}.id`;
  return fixOf(`${idDescription}: \`${replacement}\``, [edit(user.source, user.start, user.end, replacement)]);
}

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
  // A literal's value comes trimmed from its reader.
  if (source.type === 'literal')
    return !accessKeyIdPattern.test(source.value) && (source.value.includes('@') || !isPlaceholder(source.value));
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
  check: (model, context) => {
    const texts = new FixTexts(context.texts);
    const structures = new HclStructures();
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
        fix: accessKeyIdFix(texts, structures, model.iam, wrong),
      });
    }
    return findings;
  },
};
