/** The kinds of value that reach SES, plus the look-alikes the classifiers must tell apart. */
export const credentialKinds = [
  'access-key-id',
  'secret-access-key',
  'session-token',
  'smtp-username',
  'smtp-password',
  'smtp-password-v2',
  'console-password',
  'console-username',
  'account-email',
  'ambiguous',
] as const;

export type CredentialKind = (typeof credentialKinds)[number];

export const kindLabels: Record<CredentialKind, string> = {
  'access-key-id': 'access key ID',
  'secret-access-key': 'secret access key',
  'session-token': 'session token',
  'smtp-username': 'SMTP user name',
  'smtp-password': 'SMTP password',
  'smtp-password-v2': 'SMTP password (version 2)',
  'console-password': 'console password',
  'console-username': 'console user name',
  'account-email': 'account e-mail',
  ambiguous: 'unclear kind',
};

/** The way into SES (or elsewhere) that a credential is used for. */
export type Channel = 'ses-smtp' | 'smtp' | 'smtp-unknown' | 'ses-api' | 'aws-api' | 'console' | 'registry' | 'other';

export const channelLabels: Record<Channel, string> = {
  'ses-smtp': 'SES SMTP',
  smtp: 'SMTP (not SES)',
  'smtp-unknown': 'SMTP (provider unknown)',
  'ses-api': 'SES API',
  'aws-api': 'AWS API',
  console: 'console',
  registry: 'container registry',
  other: 'other',
};

export function isSmtpPasswordKind(kind: CredentialKind | undefined): boolean {
  return kind === 'smtp-password' || kind === 'smtp-password-v2';
}

export function isConsoleKind(kind: CredentialKind | undefined): boolean {
  return kind === 'console-password' || kind === 'console-username' || kind === 'account-email';
}
