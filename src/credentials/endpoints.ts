/** Regions with no SES SMTP endpoint, at the last count in DOMAIN.md. */
export const regionsWithoutSmtp: ReadonlySet<string> = new Set(['af-south-1', 'ap-southeast-3', 'eu-south-1', 'il-central-1', 'me-south-1']);

export interface SmtpHost {
  host: string;
  /** Undefined when the host is an SMTP server that is not SES. */
  sesRegion: string | undefined;
}

const sesSmtpHost = /^(?:[a-z0-9-]+\.)*email-smtp(?:-fips)?\.([a-z]{2}(?:-[a-z]+)+-\d)\.(?:vpce\.)?amazonaws\.com$/;
const sesApiHost = /^email(?:-fips)?\.([a-z]{2}(?:-[a-z]+)+-\d)\.(?:amazonaws\.com|api\.aws)$/;

export function classifySmtpHost(host: string): SmtpHost {
  const normalized = host.trim().toLowerCase().replace(/\.$/, '');
  const match = sesSmtpHost.exec(normalized);
  return { host: normalized, sesRegion: match?.[1] };
}

export function sesApiRegion(host: string): string | undefined {
  return sesApiHost.exec(host.trim().toLowerCase())?.[1];
}

/** Finds SES SMTP hosts mentioned anywhere in a piece of text, with their offsets. */
export function findSesSmtpHosts(text: string): Array<{ host: string; region: string; offset: number }> {
  const found: Array<{ host: string; region: string; offset: number }> = [];
  for (const match of text.matchAll(/(?:[a-z0-9-]+\.)*email-smtp(?:-fips)?\.[a-z]{2}(?:-[a-z]+)+-\d\.(?:vpce\.)?amazonaws\.com/gi)) {
    const classified = classifySmtpHost(match[0]);
    if (classified.sesRegion) found.push({ host: classified.host, region: classified.sesRegion, offset: match.index });
  }
  return found;
}
