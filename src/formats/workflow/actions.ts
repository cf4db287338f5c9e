import type { CredentialKind } from '../../model/kinds.js';

/** What an action's input is for. */
export interface InputRole {
  expects?: CredentialKind;
  smtpHost?: boolean;
  smtpUrl?: boolean;
}

export interface ActionProfile {
  purpose: 'mail' | 'aws-credentials' | 'registry-login' | 'unknown';
  inputs: (input: string) => InputRole | undefined;
}

const table = (roles: Record<string, InputRole>) => (input: string) => roles[input.toLowerCase()];

const configureAwsCredentials: ActionProfile = {
  purpose: 'aws-credentials',
  inputs: table({
    'aws-access-key-id': { expects: 'access-key-id' },
    'aws-secret-access-key': { expects: 'secret-access-key' },
    'aws-session-token': { expects: 'session-token' },
  }),
};

/** Mail actions we know by name; their inputs differ a little, so the roles are read from the input name. */
const genericMail: ActionProfile = {
  purpose: 'mail',
  inputs: (input) => {
    const name = input.toLowerCase().replace(/[-_]/g, '');
    if (/^(?:connectionurl|smtpurl|url)$/.test(name)) return { smtpUrl: true };
    if (/^(?:serveraddress|server|host|smtphost|smtpserver|mailserver)$/.test(name)) return { smtpHost: true };
    if (/^(?:username|user|smtpuser|smtpusername|login)$/.test(name)) return { expects: 'smtp-username' };
    if (/^(?:password|pass|smtppassword|smtppass)$/.test(name)) return { expects: 'smtp-password' };
    return undefined;
  },
};

const registryLogin: ActionProfile = { purpose: 'registry-login', inputs: () => undefined };
const unknownAction: ActionProfile = { purpose: 'unknown', inputs: () => undefined };

/** Picks the profile from `uses:`, ignoring the ref and any sub-path. */
export function actionProfile(uses: string): ActionProfile {
  const repo = uses.split('@')[0]?.toLowerCase() ?? '';
  if (repo.startsWith('aws-actions/configure-aws-credentials')) return configureAwsCredentials;
  if (repo.startsWith('docker/login-action') || repo.startsWith('aws-actions/amazon-ecr-login')) return registryLogin;
  if (/(?:^|[/-])(?:send-?mail|mail|email|smtp)|mail(?:er)?(?:[/-]|$)/.test(repo)) return genericMail;
  return unknownAction;
}
