export interface SmtpHost {
  host: string;
  /** Undefined when the host is an SMTP server that is not SES. */
  sesRegion: string | undefined;
}

/** An SES SMTP endpoint's fixed part, from `email-smtp` on, with its region as group 1: one text for both searches below. */
const sesSmtpTail = String.raw`email-smtp(?:-fips)?\.([a-z]{2}(?:-[a-z]+)+-\d)\.(?:vpce\.)?amazonaws\.com`;
const sesSmtpHost = new RegExp(`^(?:[a-z0-9-]+\\.)*${sesSmtpTail}$`);
const sesApiHost = /^email(?:-fips)?\.([a-z]{2}(?:-[a-z]+)+-\d)\.(?:amazonaws\.com|api\.aws)$/;

export function classifySmtpHost(host: string): SmtpHost {
  const normalized = host.trim().toLowerCase().replace(/\.$/, '');
  const match = sesSmtpHost.exec(normalized);
  return { host: normalized, sesRegion: match?.[1] };
}

export function sesApiRegion(host: string): string | undefined {
  return sesApiHost.exec(host.trim().toLowerCase())?.[1];
}

const hostTail = new RegExp(sesSmtpTail, 'iy');

/**
 * Finds SES SMTP hosts mentioned anywhere in a piece of text, with their offsets. It searches for the
 * fixed `email-smtp` and widens to the left by hand: a leading `(?:[a-z0-9-]+\.)*` in an unanchored
 * regex is quadratic on long runs of letters, which a hostile file can supply.
 *
 * Linear also in a chain of hosts (`email-smtp.….amazonaws.com.email-smtp.…`), where each host widens over
 * all those before it: a walk to the left stops where an earlier one passed, and takes its end; a host and
 * its region are the text's own (all ASCII: labels and the tail), not `classifySmtpHost` run on each host
 * again, which says the same of such a host (the test compares them).
 */
export function findSesSmtpHosts(text: string): Array<{ host: string; region: string; offset: number }> {
  const found: Array<{ host: string; region: string; offset: number }> = [];
  // Lower-cased with the text's offsets: `İ` (U+0130), the one code unit whose lower case is two, is taken as a NUL
  // (no host holds either). Lower-cased whole, an `İ` moved every later `email-smtp` one place on, and the hosts
  // after it were missed.
  const lower = (text.includes('\u0130') ? text.replaceAll('\u0130', '\0') : text).toLowerCase();
  /** Where a walk to the left from a label's start ended. */
  let walked: Map<number, number> | undefined;
  for (let at = lower.indexOf('email-smtp'); at >= 0; at = lower.indexOf('email-smtp', at + 1)) {
    hostTail.lastIndex = at;
    const tail = hostTail.exec(text);
    if (!tail) continue;
    let start = at;
    let passed: number[] | undefined;
    while (start > 0 && text[start - 1] === '.') {
      const known = walked?.get(start);
      if (known !== undefined) {
        start = known;
        break;
      }
      let label = start - 1;
      while (label > 0 && /[a-z0-9-]/i.test(text[label - 1] ?? '')) label--;
      if (label === start - 1) break;
      (passed ??= []).push(start);
      start = label;
    }
    if (passed) {
      walked ??= new Map();
      for (let index = 0; index < passed.length; index++) walked.set(passed[index]!, start);
    }
    found.push({
      host: lower.slice(start, at + tail[0].length),
      region: tail[1]!.toLowerCase(),
      offset: start,
    });
  }
  return found;
}

/**
 * Mail providers other than SES, by the domains of their SMTP hosts. A slot beside one of these hosts is
 * that provider's, whatever its user name or password look like.
 */
const otherProviders: ReadonlyArray<{ provider: string; domains: readonly string[] }> = [
  { provider: 'Mailgun', domains: ['mailgun.org'] },
  { provider: 'SendGrid', domains: ['sendgrid.net'] },
  { provider: 'Gmail', domains: ['gmail.com', 'googlemail.com'] },
  { provider: 'Postmark', domains: ['postmarkapp.com'] },
  { provider: 'Mailtrap', domains: ['mailtrap.io'] },
  { provider: 'Microsoft 365', domains: ['office365.com', 'outlook.com'] },
  { provider: 'Mailjet', domains: ['mailjet.com'] },
  { provider: 'Brevo', domains: ['sendinblue.com', 'brevo.com'] },
  { provider: 'SparkPost', domains: ['sparkpostmail.com'] },
  { provider: 'Zoho', domains: ['zoho.com', 'zoho.eu', 'zoho.in', 'zoho.com.au', 'zoho.jp'] },
  { provider: 'Mandrill', domains: ['mandrillapp.com'] },
  { provider: 'Yahoo', domains: ['yahoo.com'] },
  { provider: 'iCloud', domains: ['mail.me.com'] },
  { provider: 'Fastmail', domains: ['fastmail.com'] },
  { provider: 'Resend', domains: ['resend.com'] },
  { provider: 'Elastic Email', domains: ['elasticemail.com'] },
  { provider: 'MailerSend', domains: ['mailersend.net'] },
  { provider: 'SMTP2GO', domains: ['smtp2go.com'] },
  { provider: 'SendPulse', domains: ['sendpulse.com'] },
  { provider: 'SocketLabs', domains: ['socketlabs.com'] },
  { provider: 'MailChannels', domains: ['mailchannels.net'] },
];

/**
 * The provider whose SMTP server `host` is: a host under one of the domains above, never the bare domain
 * (`gmail.com` names a mailbox's domain as often as a server).
 */
export function otherSmtpProvider(host: string): string | undefined {
  const normalized = host.trim().toLowerCase().replace(/\.$/, '');
  return providerSuffixes.find(({ suffix }) => normalized.endsWith(suffix))?.provider;
}

/** Each provider's domains with their leading dot, in the order above (the first provider to match wins). */
const providerSuffixes = otherProviders.flatMap(({ provider, domains }) =>
  domains.map((domain) => ({ provider, suffix: `.${domain}` })),
);

/**
 * The first other provider's SMTP host named anywhere in `text` (`[smtp.sendgrid.net]:587`,
 * `smtps://apikey:…@smtp.sendgrid.net:465`). A host-shaped run after `@` is a mailbox's domain
 * (`postmaster@mg.mailgun.org`), not a server, unless a URL came before it.
 */
export function findOtherSmtpProvider(text: string): string | undefined {
  const firstUrl = text.indexOf('://');
  for (const match of text.matchAll(/[A-Za-z0-9.-]+/g)) {
    // A run without a dot is under no domain: most are words, not worth the domains' comparison.
    if (!match[0].includes('.')) continue;
    if (text[match.index - 1] === '@' && (firstUrl < 0 || firstUrl > match.index)) continue;
    const provider = otherSmtpProvider(match[0]);
    if (provider) return provider;
  }
  return undefined;
}

/** Regions where an SMTP password may have been derived, for telling a wrong region from a wrong key. */
export const awsRegions: readonly string[] = [
  'us-east-1',
  'us-east-2',
  'us-west-1',
  'us-west-2',
  'ca-central-1',
  'ca-west-1',
  'sa-east-1',
  'mx-central-1',
  'eu-west-1',
  'eu-west-2',
  'eu-west-3',
  'eu-central-1',
  'eu-central-2',
  'eu-north-1',
  'eu-south-1',
  'eu-south-2',
  'ap-south-1',
  'ap-south-2',
  'ap-northeast-1',
  'ap-northeast-2',
  'ap-northeast-3',
  'ap-southeast-1',
  'ap-southeast-2',
  'ap-southeast-3',
  'ap-southeast-4',
  'ap-southeast-5',
  'ap-southeast-7',
  'ap-east-1',
  'af-south-1',
  'me-south-1',
  'me-central-1',
  'il-central-1',
  'us-gov-west-1',
  'us-gov-east-1',
  'cn-north-1',
  'cn-northwest-1',
];
