import type { CredentialKind } from '../../model/kinds.js';

/** What an action's input is for. */
export interface InputRole {
  expects?: CredentialKind;
  smtpHost?: boolean;
  smtpUrl?: boolean;
  /** A command line the action runs (`args: ses send-email …` of an AWS CLI action): read as a script. */
  script?: boolean;
}

export interface ActionProfile {
  purpose: 'mail' | 'aws-credentials' | 'registry-login' | 'unknown';
  inputs: (input: string) => InputRole | undefined;
  /** The action itself calls the SES API (sends mail, uploads templates) with the AWS credentials it is given. */
  sesApi?: true;
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

/** AWS credential inputs as SES actions spell them: `aws-access-key-id`, `AWS_SECRET_ACCESS_KEY`, `accessKeyId`, `secret_key`. */
function awsKeyInput(input: string): InputRole | undefined {
  const name = input
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_');
  if (/^(?:aws_)?(?:secret_access_key|secret_key|access_key_secret)$/.test(name))
    return { expects: 'secret-access-key' };
  if (/^(?:aws_)?(?:access_key_id|access_key|key_id)$/.test(name)) return { expects: 'access-key-id' };
  if (/^(?:aws_)?session_token$/.test(name)) return { expects: 'session-token' };
  return undefined;
}

/**
 * Actions that send through SES themselves (`…/aws-ses-send-email`, `…/action-aws-ses-template-uploader`):
 * AWS keys given to them, or configured before them, call the SES API.
 */
const sesApiAction: ActionProfile = { purpose: 'aws-credentials', inputs: awsKeyInput, sesApi: true };

/** `ses` or `sesv2` as a word of the action's name: `aws-ses-send-email`, `ses_mailer`, `amazon-ses`. */
const sesWord = /(?:^|[/_.-])(?:amazon-|aws-)?sesv?2?(?:[/_.-]|$)/;

const registryLogin: ActionProfile = { purpose: 'registry-login', inputs: () => undefined };
/** Inputs that hold a command line the action runs: an AWS CLI action's `args: ses send-email …`. */
const commandInput = /^(?:args|arguments|command|commands|cmd|script|run)$/i;
const unknownAction: ActionProfile = {
  purpose: 'unknown',
  inputs: (input) => (commandInput.test(input) ? { script: true } : undefined),
};

/** Picks the profile from `uses:`, ignoring the ref and any sub-path. */
export function actionProfile(uses: string): ActionProfile {
  const repo = uses.split('@')[0]?.toLowerCase() ?? '';
  if (repo.startsWith('aws-actions/configure-aws-credentials')) return configureAwsCredentials;
  if (repo.startsWith('docker/login-action') || repo.startsWith('aws-actions/amazon-ecr-login')) return registryLogin;
  if (sesWord.test(repo) && !repo.includes('smtp')) return sesApiAction;
  if (/(?:^|[/-])(?:send-?mail|mail|email|smtp)|mail(?:er)?(?:[/-]|$)/.test(repo)) return genericMail;
  return unknownAction;
}
