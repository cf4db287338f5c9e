// Places in a case's text around the model's positions: the block that holds a value (a Terraform
// block, the YAML key above it), the lines a use covers, the SES hosts written there and the forms a host
// can be rewritten into. Plain text reading: the formats are `terraform fmt`-ed HCL and indented YAML.
import type { CredentialUse } from '../../src/model/references.js';
import { findSesSmtpHosts } from '../../src/credentials/endpoints.js';
import type { Edit, LoadedCase, MutantKind } from './mutant-scan.js';

export interface Block {
  /** `output`, `resource aws_ssm_parameter`, `module`, `locals` … (Terraform), the holding key (YAML), or `file`. */
  type: string;
  name: string;
  startLine: number;
  endLine: number;
}

const blockHeader = /^([a-z_]+)((?:\s+"[^"]*")*)\s*\{/;

/** The top-level Terraform block around a line (files are `terraform fmt`-ed: blocks open and close at column 0). */
function terraformBlock(lines: readonly string[], line: number): Block | undefined {
  let start = line - 1;
  while (start >= 0 && !blockHeader.test(lines[start] ?? '')) start--;
  const header = blockHeader.exec(lines[start] ?? '');
  if (!header) return undefined;
  let end = line - 1;
  while (end < lines.length && !/^\}/.test(lines[end] ?? '')) end++;
  const labels = [...(header[2] ?? '').matchAll(/"([^"]*)"/g)].map((label) => label[1] ?? '');
  const type = header[1] === 'resource' || header[1] === 'data' ? `${header[1]} ${labels[0] ?? ''}` : (header[1] ?? '');
  return { type, name: labels.at(-1) ?? header[1] ?? '', startLine: start + 1, endLine: end + 1 };
}

const indentOf = (text: string) => text.length - text.trimStart().length;
const blank = (text: string) => text.trim() === '' || text.trimStart().startsWith('#');

/** The last line of the YAML section a line opens: up to the next line indented no deeper. */
function yamlSectionEnd(lines: readonly string[], line: number): number {
  const own = indentOf(lines[line - 1] ?? '');
  let end = line;
  while (end < lines.length && (blank(lines[end] ?? '') || indentOf(lines[end] ?? '') > own)) end++;
  return end;
}

/** The YAML key that holds a line's key (`SMTPPassword:` above `Value: !GetAtt …`), with its section. */
function yamlBlock(lines: readonly string[], line: number): Block | undefined {
  const own = indentOf(lines[line - 1] ?? '');
  for (let at = line - 2; at >= 0; at--) {
    const text = lines[at] ?? '';
    if (blank(text) || indentOf(text) >= own) continue;
    const key = /^\s*(?:-\s+)?["']?([\w.-]+)["']?\s*:/.exec(text);
    return key?.[1]
      ? { type: 'key', name: key[1], startLine: at + 1, endLine: yamlSectionEnd(lines, at + 1) }
      : undefined;
  }
  return undefined;
}

const isYaml = (file: string) => /\.ya?ml$/i.test(file);

export function blockOf(loaded: LoadedCase, file: string, line: number): Block {
  const lines = loaded.lines(file);
  const whole = { type: 'file', name: '', startLine: 1, endLine: lines.length };
  if (file.endsWith('.tf')) return terraformBlock(lines, line) ?? whole;
  return isYaml(file) ? (yamlBlock(lines, line) ?? whole) : whole;
}

/** The lines a use covers: a step's own span, a service's or container's YAML section, a whole env file. */
export function useRegion(
  loaded: LoadedCase,
  use: CredentialUse,
): { file: string; startLine: number; endLine: number } {
  const { file, span } = use;
  const lines = loaded.lines(file);
  if (span.endLine > span.startLine) return { file, startLine: span.startLine, endLine: span.endLine };
  if (!isYaml(file)) return { file, startLine: 1, endLine: lines.length };
  return { file, startLine: span.startLine, endLine: yamlSectionEnd(lines, span.startLine) };
}

export interface Host {
  file: string;
  line: number;
  start: number;
  end: number;
  region: string | undefined;
  /** Inside a URL (`smtp://user:pass@host`): only the bare forms fit there. */
  inUrl: boolean;
}

/** `email-smtp.<region from an expression>.amazonaws.com`, which `findSesSmtpHosts` (literal regions) leaves out. */
const hostWithExpression =
  /email-smtp\.(?:\$\{\{[^}\n]{1,80}\}\}|\$\{[^}\n]{1,80}\}|%s|\$\([A-Za-z_]{1,40}\))\.amazonaws\.com/g;
const portAfter = /^:\d{2,4}/;

export function hostsIn(loaded: LoadedCase, file: string): Host[] {
  const text = loaded.text(file);
  const found = [
    ...findSesSmtpHosts(text).map((host) => ({
      offset: host.offset,
      length: host.host.length,
      region: host.region as string | undefined,
    })),
    ...[...text.matchAll(hostWithExpression)].map((match) => ({
      offset: match.index,
      length: match[0].length,
      region: undefined,
    })),
  ];
  return found.map(({ offset, length, region }) => {
    const before = text.slice(0, offset);
    const lineStart = before.lastIndexOf('\n') + 1;
    const port = portAfter.exec(text.slice(offset + length))?.[0] ?? '';
    return {
      file,
      line: before.split('\n').length,
      start: offset - lineStart,
      end: offset - lineStart + length + port.length,
      region,
      inUrl: before.endsWith('@') || before.endsWith('//'),
    };
  });
}

/** How each format writes the region inside a host from a variable, a data source, an expression. */
const regionForms: Record<string, Partial<Record<MutantKind, string>>> = {
  terraform: {
    'host-region-variable': '${var.region}',
    'host-region-data-source': '${data.aws_region.current.name}',
    'host-region-expression': '${local.ses_region}',
  },
  'github-workflow': {
    'host-region-variable': '${{ vars.AWS_REGION }}',
    'host-region-expression': "${{ inputs.region || 'eu-west-1' }}",
  },
  'docker-compose': { 'host-region-variable': '${AWS_REGION}', 'host-region-expression': '${AWS_REGION:-eu-west-1}' },
  dotenv: { 'host-region-variable': '${AWS_REGION}' },
};

export function hostForms(host: Host, format: string): Array<{ kind: MutantKind; text: string }> {
  const literal = `email-smtp.${host.region ?? 'us-east-1'}.amazonaws.com`;
  const forms: Array<{ kind: MutantKind; text: string }> = [{ kind: 'host-literal', text: literal }];
  if (!host.inUrl)
    forms.push(
      { kind: 'host-port', text: `${literal}:587` },
      { kind: 'host-bracket-port', text: `[${literal}]:587` },
      { kind: 'host-smtp-url', text: `smtp://${literal}:587` },
      { kind: 'host-smtps-url', text: `smtps://${literal}:465` },
    );
  for (const [kind, region] of Object.entries(regionForms[format] ?? {}))
    forms.push({ kind: kind as MutantKind, text: `email-smtp.${region}.amazonaws.com` });
  return forms;
}

const yamlFormats = new Set([
  'github-workflow',
  'docker-compose',
  'kubernetes',
  'serverless',
  'cloudformation',
  'yaml',
]);

/** A flow sequence must not open a plain YAML scalar: `key: [host]:587` is quoted. */
export function hostEdit(loaded: LoadedCase, host: Host, text: string, format: string): Edit {
  const line = loaded.lines(host.file)[host.line - 1] ?? '';
  const opensScalar = /(?:^|[:-])\s+$/.test(line.slice(0, host.start));
  const replacement = yamlFormats.has(format) && opensScalar && text.startsWith('[') ? `"${text}"` : text;
  return { file: host.file, line: host.line, start: host.start, end: host.end, replacement };
}
