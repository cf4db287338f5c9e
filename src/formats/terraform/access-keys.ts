import type { CredentialKind } from '../../model/kinds.js';
import { keyOf } from './source.js';
import type { ResourceYield } from './yields.js';

/** What each attribute of `aws_iam_access_key` is. */
const attributeKinds = new Map<string, CredentialKind>([
  ['id', 'access-key-id'],
  ['secret', 'secret-access-key'],
  ['ses_smtp_password_v4', 'smtp-password'],
  ['ses_smtp_password', 'smtp-password-v2'],
]);

/** An access key's value a yield reaches (`aws_iam_access_key.k.secret`): its kind; undefined for anything else. */
export function accessKeyValueKind(item: ResourceYield): CredentialKind | undefined {
  return item.type === 'aws_iam_access_key' && item.attribute !== undefined
    ? attributeKinds.get(item.attribute)
    : undefined;
}

/** The secret an access key's value holds: the whole object holds its secret; the key ID is no secret. */
export function accessKeySecretKind(item: ResourceYield): CredentialKind | undefined {
  if (item.type !== 'aws_iam_access_key') return undefined;
  if (item.attribute === undefined) return 'secret-access-key';
  return item.attribute === 'id' ? undefined : attributeKinds.get(item.attribute);
}

/** The access key a yield reaches, keyed as the IAM facts key it. */
export function accessKeyKeyOf(item: ResourceYield): string {
  return keyOf(item.scope, `aws_iam_access_key.${item.name}`);
}
