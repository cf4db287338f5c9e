import { ambiguousCredentialName } from './ambiguous-credential-name.js';
import { consoleAccessOnServiceUser } from './console-access-on-service-user.js';
import { consoleCredentialsInAutomation } from './console-credentials-in-automation.js';
import { credentialAsWorkflowInput } from './credential-as-workflow-input.js';
import { credentialExposedInOutput } from './credential-exposed-in-output.js';
import { credentialMintingPermissions } from './credential-minting-permissions.js';
import { hardcodedAccessKey } from './hardcoded-access-key.js';
import { hardcodedSmtpPassword } from './hardcoded-smtp-password.js';
import { incompleteCredentialPair } from './incomplete-credential-pair.js';
import { invalidAccessKey } from './invalid-access-key.js';
import { longLivedAccessKey } from './long-lived-access-key.js';
import { overbroadSecretsAccess } from './overbroad-secrets-access.js';
import { overprivilegedSmtpUser } from './overprivileged-smtp-user.js';
import { rootCredentials } from './root-credentials.js';
import { secretKeyAsSmtpPassword } from './secret-key-as-smtp-password.js';
import { sigv2SmtpPassword } from './sigv2-smtp-password.js';
import { smtpPasswordAsSecretKey } from './smtp-password-as-secret-key.js';
import { smtpPasswordMismatch } from './smtp-password-mismatch.js';
import { smtpRegionMismatch } from './smtp-region-mismatch.js';
import { smtpUsernameNotAccessKeyId } from './smtp-username-not-access-key-id.js';
import { undefinedSecret } from './undefined-secret.js';
import type { Rule } from './types.js';

/** One line per rule. The order is the order of the docs and of SARIF's rule list. */
export const rules: readonly Rule[] = [
  rootCredentials,
  consoleCredentialsInAutomation,
  secretKeyAsSmtpPassword,
  smtpPasswordAsSecretKey,
  smtpUsernameNotAccessKeyId,
  hardcodedAccessKey,
  hardcodedSmtpPassword,
  credentialAsWorkflowInput,
  sigv2SmtpPassword,
  longLivedAccessKey,
  ambiguousCredentialName,
  incompleteCredentialPair,
  overbroadSecretsAccess,
  overprivilegedSmtpUser,
  credentialExposedInOutput,
  credentialMintingPermissions,
  consoleAccessOnServiceUser,
  smtpRegionMismatch,
  smtpPasswordMismatch,
  undefinedSecret,
  invalidAccessKey,
];

export const ruleIds: readonly string[] = rules.map((rule) => rule.meta.id);
